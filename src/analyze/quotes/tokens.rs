//! Word and punctuation tokens with byte offsets, so every later stage can point back into the
//! paragraph (quote spans, mentions and speech tags are all byte ranges of the same text).

use crate::fold::fold;

/// Whether a token is a word (letters/digits, internal hyphens, dotted initials) or one
/// punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
}

/// One token of a paragraph. `folded` is the case- and accent-folded word (empty for
/// punctuation) so that lexicon look-ups never allocate again.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// First character is an uppercase letter.
    pub cap: bool,
    pub folded: String,
    /// The punctuation character, or '\0' for words.
    pub ch: char,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{0301}' || c == '\u{0308}'
}

/// Splits `text` into tokens in one pass (linear time).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            loop {
                match it.peek() {
                    Some(&(j, d)) if is_word_char(d) => {
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some(&(j, d)) if d == '-' || d == '\u{2011}' || d == '.' => {
                        // A hyphen or a dot joins only when a letter follows ("Kassym-Jomart",
                        // "U.S."); dots only between single letters.
                        let next = text[j + d.len_utf8()..].chars().next();
                        let joins = match next {
                            Some(n) if is_word_char(n) => {
                                d != '.' || (end - i <= 2 && single_letter_tail(text, i, end))
                            }
                            _ => false,
                        };
                        if !joins {
                            // "U.S." keeps its final dot when it closes a run of initials.
                            if d == '.' && end - i >= 3 && text[i..end].contains('.') {
                                end = j + 1;
                                it.next();
                            }
                            break;
                        }
                        it.next();
                        end = j + d.len_utf8();
                    }
                    _ => break,
                }
            }
            let s = &text[i..end];
            let cap = s.chars().next().is_some_and(char::is_uppercase);
            out.push(Token {
                start: i,
                end,
                kind: Kind::Word,
                cap,
                folded: fold(s),
                ch: '\0',
            });
        } else if !c.is_whitespace() {
            let _ = bytes;
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: Kind::Punct,
                cap: false,
                folded: String::new(),
                ch: c,
            });
        }
    }
    out
}

fn single_letter_tail(text: &str, start: usize, end: usize) -> bool {
    // The part after the last dot is one letter: "U" or "U.S".
    let s = &text[start..end];
    let last = s.rsplit('.').next().unwrap_or(s);
    last.chars().count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).iter().map(|t| t.text(s).to_string()).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(
            words("M. Lavrov a dit: « l'Arctique »"),
            ["M", ".", "Lavrov", "a", "dit", ":", "«", "l", "'", "Arctique", "»"]
        );
        assert_eq!(words("the U.S. side"), ["the", "U.S.", "side"]);
        assert_eq!(words("Kassym-Jomart Tokayev"), ["Kassym-Jomart", "Tokayev"]);
        assert_eq!(words("a-t-il noté"), ["a-t-il", "noté"]);
    }
}
