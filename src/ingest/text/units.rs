//! Lines -> units. A unit is one line of page chrome or one paragraph of text. Blank lines
//! separate blocks; inside a block, lines hard-wrapped at a fixed width (mail and wire-copy
//! style, ~70–80 columns) are re-joined, while lists of short lines (menus, link lists, bylines)
//! stay one unit per line.
//!
//! The wrap width is measured, not assumed: lines that are certainly wrapped (the next line
//! continues in lowercase and this one has no closing punctuation) give the width, and a line
//! is joined to the next when the next line's first word would not have fitted after it.

/// One paragraph or one line of chrome, with where it sat in the dump.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub text: String,
    /// Index of the blank-line-separated block it came from.
    pub block: usize,
    /// Number of units in that block (1 = the unit stood alone between blank lines).
    pub block_units: usize,
    /// Position inside the block.
    pub pos: usize,
}

/// Widest line width treated as hard wrapping; longer lines are whole paragraphs.
const MAX_WRAP: usize = 110;
/// Narrowest: below this a "wrapped" line is more likely a list item.
const MIN_WRAP: usize = 30;

/// Whitespace to trim at line ends; no-break spaces are kept because French typography puts
/// them before `:` and inside `« »`, and a wrap right after one must not add a space.
fn is_trim_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Length of the first word as a line breaker sees it: no-break spaces do not break, so
/// `«\u{a0}sponsors` is one word.
fn first_word_len(s: &str) -> usize {
    s.split(is_trim_space)
        .find(|w| !w.is_empty())
        .map(chars)
        .unwrap_or(0)
}

/// The first letter (after opening quotes or brackets) is lowercase: the line continues a
/// sentence.
fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// Ends like a sentence, ignoring closing quotes and brackets.
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '»' | '”' | '"' | '\'' | '’' | ')' | ']' | '“' | '›' | '*' | '«' | '‹'
            )
    });
    t.ends_with(['.', '!', '?', '…'])
}

/// Splits a dump into units. `standalone` tells which lines never join their neighbours
/// (bylines, dates, widgets, list headings), whatever their width.
pub fn build(text: &str, standalone: impl Fn(&str) -> bool) -> Vec<Unit> {
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for raw in text.split('\n') {
        let line = raw.trim_matches(is_trim_space);
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }

    let width = wrap_width(&blocks);
    let mut units = Vec::new();
    for (b, lines) in blocks.iter().enumerate() {
        let standalone_flags: Vec<bool> = match width {
            Some(_) if lines.len() > 1 => lines.iter().map(|l| standalone(l)).collect(),
            _ => vec![false; lines.len()],
        };
        let mut texts: Vec<String> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let join = match (width, i.checked_sub(1)) {
                (Some(w), Some(prev)) => {
                    !standalone_flags[prev]
                        && !standalone_flags[i]
                        && is_wrapped(lines[prev], line, w)
                }
                _ => false,
            };
            match texts.last_mut() {
                Some(last) if join => {
                    if !(last.ends_with(['\u{a0}', '\u{202f}']) || ends_with_hyphen(last)) {
                        last.push(' ');
                    }
                    last.push_str(line);
                }
                _ => texts.push(line.to_string()),
            }
        }
        let n = texts.len();
        units.extend(texts.into_iter().enumerate().map(|(pos, text)| Unit {
            text,
            block: b,
            block_units: n,
            pos,
        }));
    }
    units
}

/// A compound split at its hyphen (`Royaume-` / `Uni`) is re-joined without a space.
fn ends_with_hyphen(s: &str) -> bool {
    let mut rev = s.chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(char::is_alphabetic)
}

/// The wrap width of the dump, if some lines are certainly hard-wrapped.
fn wrap_width(blocks: &[Vec<&str>]) -> Option<usize> {
    let mut widths: Vec<usize> = blocks
        .iter()
        .flat_map(|b| b.windows(2))
        .filter(|pair| {
            let n = chars(pair[0]);
            (MIN_WRAP..=MAX_WRAP).contains(&n)
                && starts_lowercase(pair[1])
                && !ends_sentence(pair[0])
        })
        .map(|pair| chars(pair[0]))
        .collect();
    if widths.len() < 2 {
        return None;
    }
    widths.sort_unstable();
    widths.last().copied()
}

/// Whether `a` was broken only because the next word of `b` did not fit in `width` columns.
fn is_wrapped(a: &str, b: &str, width: usize) -> bool {
    let la = chars(a);
    if la > width + 2 || la < MIN_WRAP {
        return false;
    }
    let fill = la + 1 + first_word_len(b);
    if starts_lowercase(b) {
        return la * 2 >= width;
    }
    if ends_sentence(a) {
        // A full sentence followed by a capital: joined only if the next word truly did not fit.
        fill > width
    } else {
        la + 20 >= width && fill + 3 > width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_closing_guillemets_end_a_sentence() {
        // German quotes open with » and close with «: a paragraph that ends inside one is prose.
        assert!(ends_sentence(
            "»Wir sind nicht naiv«, sagte die Polin, »aber wir haben bewiesen.«"
        ));
        assert!(ends_sentence("Er sagte: ›Nein.‹"));
        assert!(!ends_sentence("Le ministre a salué «"));
    }

    #[test]
    fn joins_wrapped_paragraphs_and_keeps_breaks() {
        let text = "Title line\n\nThe first paragraph is wrapped at a fixed width so that\n\
                    every line stops before the margin and the next one goes on in\n\
                    lowercase until the end.\n\nSecond paragraph is short.\n";
        let units = build(text, |_| false);
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Title line",
                "The first paragraph is wrapped at a fixed width so that every line stops before the margin and the next one goes on in lowercase until the end.",
                "Second paragraph is short."
            ]
        );
    }

    #[test]
    fn lists_of_short_lines_stay_apart() {
        let units = build("Menu\nWorld\nBusiness\nSport\n", |_| false);
        assert_eq!(units.len(), 4);
        assert!(units.iter().all(|u| u.block_units == 4));
    }

    #[test]
    fn no_break_space_at_wrap_is_kept() {
        let text = "Le ministre letton des Affaires étrangères a salué, hier soir, «\u{a0}\n\
                    un pas important\u{a0}» tout en réclamant d'aller plus loin sur le gaz\n\
                    naturel liquéfié russe, selon un communiqué publié à Riga.";
        let units = build(text, |_| false);
        assert_eq!(units.len(), 1);
        assert!(
            units[0].text.contains("«\u{a0}un pas"),
            "{:?}",
            units[0].text
        );
    }
}
