//! Word and punctuation tokens with byte offsets, so every later stage can point back into the
//! paragraph (quote spans, mentions and speech tags are all byte ranges of the same text).

use crate::fold::{fold, fold_each};
use std::fmt;
use std::ops::Deref;

/// Bytes a folded word can hold without a heap allocation; longer words (rare) are boxed.
const INLINE: usize = 22;

/// A folded word stored inline: tokenising a paragraph must not allocate once per word, which
/// was the largest single cost of the analysis (malloc + free on every token).
#[derive(Clone)]
pub struct Folded(Repr);

/// Private so that an inline buffer is only ever filled in this module, by copying whole `&str`s
/// end to end: that is the invariant [`Folded::as_str`] relies on.
#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl Folded {
    /// The empty word (punctuation tokens).
    pub const EMPTY: Folded = Folded(Repr::Inline {
        len: 0,
        buf: [0; INLINE],
    });

    /// Folds `s` (see [`crate::fold::fold`]); ASCII words take a copy-and-lowercase fast path.
    pub fn new(s: &str) -> Folded {
        if s.len() <= INLINE && s.is_ascii() {
            let mut buf = [0u8; INLINE];
            let lower = &mut buf[..s.len()];
            lower.copy_from_slice(s.as_bytes());
            lower.make_ascii_lowercase();
            // ASCII lowercasing of a `&str` is still that `&str`'s length of valid UTF-8.
            return Folded(Repr::Inline {
                len: s.len() as u8,
                buf,
            });
        }
        // Fold straight into the inline buffer; only a word that outgrows it takes a `String`.
        let mut buf = [0u8; INLINE];
        let mut len = 0;
        let mut fits = true;
        fold_each(s, |piece| {
            let b = piece.as_bytes();
            if fits && len + b.len() <= INLINE {
                buf[len..len + b.len()].copy_from_slice(b);
                len += b.len();
            } else {
                fits = false;
            }
        });
        if fits {
            // `buf[..len]` is whole `&str` pieces laid end to end, so it is valid UTF-8.
            return Folded(Repr::Inline {
                len: len as u8,
                buf,
            });
        }
        Folded::from_str_folded(&fold(s))
    }

    fn from_str_folded(f: &str) -> Folded {
        if f.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..f.len()].copy_from_slice(f.as_bytes());
            Folded(Repr::Inline {
                len: f.len() as u8,
                buf,
            })
        } else {
            Folded(Repr::Heap(f.into()))
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                debug_assert!(std::str::from_utf8(bytes).is_ok());
                // SAFETY: `buf[..len]` is always a copy of a whole `&str` (see `Repr`), so it is
                // valid UTF-8. Checking it again on every look-up cost a quarter of the run time.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Repr::Heap(b) => b,
        }
    }
}

impl Deref for Folded {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Folded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Folded {
    fn eq(&self, other: &Folded) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for Folded {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Folded {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Folded {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

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
    pub folded: Folded,
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
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Combining marks belong to the letter before them: "Adébáyọ̀" writes its tone marks so.
    c.is_alphanumeric() || ('\u{0300}'..='\u{036f}').contains(&c)
}

/// The character at byte `j` (a char boundary) and its length; ASCII, nearly all of an article's
/// text, skips UTF-8 decoding.
#[inline]
fn char_at(text: &str, j: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(j)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[j..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits `text` into tokens in one pass (linear time).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if is_word_char(c) {
            let mut end = i + len;
            while let Some((d, dlen)) = char_at(text, end) {
                let j = end;
                let apostrophe_in_name = || {
                    (d == '\'' || d == '’') && name_apostrophe(text, i, end, j + dlen)
                        || d == '‘' && okina(text, i, end, j + dlen)
                };
                if is_word_char(d) || apostrophe_in_name() {
                    end = j + dlen;
                } else if d == '-' || d == '\u{2011}' || d == '.' {
                    // A hyphen or a dot joins only when a letter follows ("Kassym-Jomart",
                    // "U.S."); dots only between single letters.
                    let joins = match char_at(text, j + dlen) {
                        Some((n, _)) if is_word_char(n) => {
                            d != '.' || (end - i <= 2 && single_letter_tail(text, i, end))
                        }
                        _ => false,
                    };
                    if !joins {
                        // "U.S." keeps its final dot when it closes a run of initials.
                        if d == '.' && end - i >= 3 && text[i..end].contains('.') {
                            end = j + 1;
                        }
                        break;
                    }
                    end = j + dlen;
                } else {
                    break;
                }
            }
            let s = &text[i..end];
            let cap = if c.is_ascii() {
                c.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            } || arabic_article_name(s);
            out.push(Token {
                start: i,
                end,
                kind: Kind::Word,
                cap,
                folded: Folded::new(s),
                ch: '\0',
            });
            i = end;
        } else {
            if !c.is_whitespace() {
                out.push(Token {
                    start: i,
                    end: i + len,
                    kind: Kind::Punct,
                    cap: false,
                    folded: Folded::EMPTY,
                    ch: c,
                });
            }
            i += len;
        }
    }
    out
}

/// An apostrophe inside a capitalised name ("Ma'afu-Vea", "O'Brien", "N'Djamena") joins it;
/// French elisions ("l'Europe", "Qu'il"), possessives ("Putin's") and contractions ("They're")
/// do not.
fn name_apostrophe(text: &str, start: usize, end: usize, after: usize) -> bool {
    let head = &text[start..end];
    if !head.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let elision = matches!(
        head.to_lowercase().as_str(),
        "l" | "d" | "qu" | "j" | "m" | "n" | "s" | "c" | "t" | "jusqu" | "lorsqu" | "puisqu"
    );
    let tail: String = text[after..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let contraction = matches!(tail.as_str(), "s" | "re" | "ll" | "ve" | "d" | "m" | "t");
    let first = tail.chars().next();
    // "Fusitu'a-Hopoate": a one-letter part is a name's when a hyphen joins another part to it.
    let hyphen_joined = text[after + tail.len()..]
        .strip_prefix('-')
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    let tail_long = tail.chars().count() >= 2 || hyphen_joined;
    // "N'Djamena", "D'Souza-Mehta" keep their capital; "l'Europe" is an elision whatever
    // follows, and so is a lower-case "d'Europe".
    // "Ng'ang'a": a name already holding an apostrophe keeps a one-letter part after another.
    let second = head.contains(['\'', '’']);
    !elision && !contraction && (tail_long || second) && first.is_some()
        || matches!(head, "N" | "D") && first.is_some_and(char::is_uppercase) && tail_long
}

/// A Polynesian glottal stop typed as an opening quote inside a name ("Viliami Tu‘ipulotu",
/// "Havili-Fusitu‘a"): a quotation never opens between two letters, so the mark joins the name,
/// whatever the length of the part after it.
fn okina(text: &str, start: usize, end: usize, after: usize) -> bool {
    text[start..end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && text[after..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

/// Arabic surnames written with a lower-case article ("al-Tayeb", "el-Sisi", "ash-Shami") are
/// names all the same.
fn arabic_article_name(s: &str) -> bool {
    // Asked of every lower-case word: most have no hyphen in third or fourth place.
    let b = s.as_bytes();
    if !(b.get(2) == Some(&b'-') || b.get(3) == Some(&b'-')) {
        return false;
    }
    [
        "al-", "el-", "ad-", "ash-", "as-", "az-", "an-", "ar-", "at-",
    ]
    .iter()
    .any(|p| {
        s.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
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
