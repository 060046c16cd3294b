//! Re-attaching notes to article text that changed since they were written (a better parser,
//! an updated story, an export imported into another store).
//!
//! An anchor remembers its paragraph or quote index, the exact text and up to 32 characters of
//! context on each side (`notes::anchor_for`). [`place`] first checks whether the anchor still
//! holds; if not, [`locate`] searches, in order:
//! 1. **exact**: the quote list for the same quote text, then every occurrence of the exact text
//!    in the body, the occurrence whose surroundings best agree with prefix/suffix winning
//!    (then the one nearest the old position);
//! 2. **context**: the text between an occurrence of the prefix and the next occurrence of the
//!    suffix (the quoted words were edited, their surroundings were not), if it still resembles
//!    the exact text;
//! 3. **fuzzy**: the best-scoring quote, paragraph or window of words by similarity (Dice over
//!    folded word tokens, or Levenshtein for short texts) at or above [`FUZZY_THRESHOLD`].
//!
//! Whatever cannot be placed is reported as an orphan by the caller and kept, never dropped.
//!
//! The search works on the body text (paragraphs joined by a blank line, as in the Web
//! Annotation export) and ignores whitespace when comparing context, so the same code serves
//! our own anchors (whose paragraph context is the neighbouring paragraph) and Web Annotation
//! selectors (whose context runs across the blank line).

use super::PARAGRAPH_SEPARATOR;
use crate::fold::fold;
use crate::model::{Anchor, Article};
use crate::notes::{anchor_for, Target, CONTEXT_CHARS};
use std::collections::HashMap;

/// Minimum similarity (0..1) for a fuzzy match.
pub const FUZZY_THRESHOLD: f64 = 0.6;
/// Minimum similarity for text found between matching prefix and suffix: lower, because the
/// context already vouches for the place.
pub const CONTEXT_THRESHOLD: f64 = 0.3;

/// The outcome of checking an anchor against the current article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// The anchor still points at its text.
    Kept,
    /// The text was found elsewhere; here is the new anchor.
    Moved(Anchor),
    /// The text could not be found.
    Orphan,
}

/// What kind of thing a selection was attached to, when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Paragraph,
    Quote,
    /// A Web Annotation selector: any text of the body.
    Unknown,
}

/// Text to find again, with its context and hints about where it was.
#[derive(Debug, Clone, Copy)]
pub struct Selection<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
    pub kind: Kind,
    /// Old paragraph index (for `Kind::Quote`, the old quote index).
    pub index: Option<usize>,
    /// Old character offset in the body text (Web Annotation `TextPositionSelector`).
    pub position: Option<usize>,
}

/// Checks `anchor` against `article`, re-anchoring it when its text moved.
pub fn place(article: &Article, anchor: &Anchor) -> Placement {
    match anchor {
        Anchor::Article => Placement::Kept,
        Anchor::Paragraph {
            index,
            exact,
            prefix,
            suffix,
        } => {
            let holds = article
                .paragraphs
                .get(*index)
                .is_some_and(|p| exact.is_empty() || p.contains(exact.as_str()));
            if holds {
                return Placement::Kept;
            }
            if exact.is_empty() {
                return Placement::Orphan;
            }
            found(locate(
                article,
                &Selection {
                    exact,
                    prefix,
                    suffix,
                    kind: Kind::Paragraph,
                    index: Some(*index),
                    position: None,
                },
            ))
        }
        Anchor::Quote {
            index,
            exact,
            prefix,
            suffix,
        } => {
            let holds = article
                .quotes
                .get(*index)
                .is_some_and(|q| exact.is_empty() || q.text == *exact);
            if holds {
                return Placement::Kept;
            }
            if exact.is_empty() {
                return Placement::Orphan;
            }
            found(locate(
                article,
                &Selection {
                    exact,
                    prefix,
                    suffix,
                    kind: Kind::Quote,
                    index: Some(*index),
                    position: None,
                },
            ))
        }
    }
}

fn found(anchor: Option<Anchor>) -> Placement {
    anchor.map_or(Placement::Orphan, Placement::Moved)
}

/// The article body with paragraph boundaries, in bytes.
struct Body<'a> {
    article: &'a Article,
    text: String,
    starts: Vec<usize>,
}

impl<'a> Body<'a> {
    fn new(article: &'a Article) -> Body<'a> {
        let mut starts = Vec::with_capacity(article.paragraphs.len());
        let mut text = String::new();
        for (i, p) in article.paragraphs.iter().enumerate() {
            if i > 0 {
                text.push_str(PARAGRAPH_SEPARATOR);
            }
            starts.push(text.len());
            text.push_str(p);
        }
        Body {
            article,
            text,
            starts,
        }
    }

    /// The paragraph holding byte `at` of the body (separators count towards the next one).
    fn paragraph_at(&self, at: usize) -> usize {
        match self.starts.binary_search(&at) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    fn paragraph_end(&self, p: usize) -> usize {
        self.starts[p] + self.article.paragraphs[p].len()
    }

    /// The paragraph containing the whole span, with the span local to it.
    fn local(&self, start: usize, end: usize) -> Option<(usize, usize, usize)> {
        let p = self.paragraph_at(start);
        (start >= self.starts[p] && end <= self.paragraph_end(p))
            .then(|| (p, start - self.starts[p], end - self.starts[p]))
    }

    /// Byte offset of character offset `chars`.
    fn byte_of_char(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(b, _)| b)
    }
}

/// Finds `sel` in `article`; `None` when every stage fails.
pub fn locate(article: &Article, sel: &Selection) -> Option<Anchor> {
    if sel.exact.trim().is_empty() || article.paragraphs.is_empty() && article.quotes.is_empty() {
        return None;
    }
    let body = Body::new(article);
    let hint = hint_paragraph(&body, sel);
    exact_stage(&body, sel, hint)
        .or_else(|| context_stage(&body, sel, hint))
        .or_else(|| fuzzy_stage(&body, sel, hint))
}

/// The paragraph the selection used to be in, as far as we can tell.
fn hint_paragraph(body: &Body, sel: &Selection) -> Option<usize> {
    if let Some(pos) = sel.position {
        return Some(body.paragraph_at(body.byte_of_char(pos)));
    }
    match sel.kind {
        Kind::Quote => sel
            .index
            .and_then(|i| body.article.quotes.get(i))
            .map(|q| q.paragraph),
        _ => sel.index,
    }
}

fn distance(p: usize, hint: Option<usize>) -> usize {
    hint.map_or(0, |h| p.abs_diff(h))
}

fn exact_stage(body: &Body, sel: &Selection, hint: Option<usize>) -> Option<Anchor> {
    let article = body.article;
    if sel.kind != Kind::Paragraph {
        // The quote list first: the parser's quote text may differ from the body's letters.
        let best = article
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.text == sel.exact)
            .max_by_key(|(i, q)| {
                let (before, after) = quote_surroundings(body, *i);
                (
                    context_score(sel, &before, &after),
                    std::cmp::Reverse(distance(q.paragraph, hint)),
                    std::cmp::Reverse(*i),
                )
            });
        if let Some((i, _)) = best {
            return anchor_for(article, Target::Quote(i)).ok();
        }
    }
    let best = body
        .text
        .match_indices(sel.exact)
        .map(|(start, m)| (start, start + m.len()))
        .filter(|&(s, e)| body.local(s, e).is_some())
        .max_by_key(|&(s, e)| {
            let p = body.paragraph_at(s);
            (
                context_score(sel, &body.text[..s], &body.text[e..]),
                std::cmp::Reverse(distance(p, hint)),
                std::cmp::Reverse(s),
            )
        })?;
    span_anchor(body, sel.kind, best.0, best.1)
}

fn context_stage(body: &Body, sel: &Selection, hint: Option<usize>) -> Option<Anchor> {
    let prefix = sel.prefix.trim();
    let suffix = sel.suffix.trim();
    if prefix.is_empty() && suffix.is_empty() {
        return None;
    }
    let text = &body.text;
    let max_len = sel.exact.len() * 2 + 40;
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    let skip_ws_forward = |mut at: usize| {
        while let Some(c) = text[at..].chars().next().filter(|c| c.is_whitespace()) {
            at += c.len_utf8();
        }
        at
    };
    let skip_ws_back = |mut at: usize| {
        while let Some(c) = text[..at].chars().next_back().filter(|c| c.is_whitespace()) {
            at -= c.len_utf8();
        }
        at
    };
    if !prefix.is_empty() {
        for (at, m) in text.match_indices(prefix) {
            let start = skip_ws_forward(at + m.len());
            let end = if suffix.is_empty() {
                // No suffix: the selection ran to the end of its paragraph.
                body.paragraph_end(body.paragraph_at(start))
            } else {
                match text[start..].find(suffix) {
                    Some(off) if off <= max_len => skip_ws_back(start + off),
                    _ => continue,
                }
            };
            candidates.push((start, end));
        }
    } else {
        for (at, _) in text.match_indices(suffix) {
            let end = skip_ws_back(at);
            if end == 0 {
                continue;
            }
            // No prefix: the selection started its paragraph.
            let start = body.starts[body.paragraph_at(end - 1)];
            candidates.push((start, end));
        }
    }
    let best = candidates
        .into_iter()
        .filter(|&(s, e)| s < e && e - s <= max_len && body.local(s, e).is_some())
        .map(|(s, e)| (similarity(sel.exact, &text[s..e]), s, e))
        .filter(|(score, _, _)| *score >= CONTEXT_THRESHOLD)
        .max_by(|a, b| {
            a.0.total_cmp(&b.0).then_with(|| {
                distance(body.paragraph_at(b.1), hint).cmp(&distance(body.paragraph_at(a.1), hint))
            })
        })?;
    span_anchor(body, sel.kind, best.1, best.2)
}

fn fuzzy_stage(body: &Body, sel: &Selection, hint: Option<usize>) -> Option<Anchor> {
    let article = body.article;
    // (score, -distance) ordering: highest score, then nearest.
    let better = |a: (f64, usize), b: (f64, usize)| {
        a.0 > b.0 + 1e-9 || ((a.0 - b.0).abs() <= 1e-9 && a.1 < b.1)
    };
    if sel.kind != Kind::Paragraph {
        let mut best: Option<(f64, usize, usize)> = None;
        for (i, q) in article.quotes.iter().enumerate() {
            let score = similarity(sel.exact, &q.text);
            let d = distance(q.paragraph, hint);
            if score >= FUZZY_THRESHOLD && best.is_none_or(|b| better((score, d), (b.0, b.1))) {
                best = Some((score, d, i));
            }
        }
        if let Some((_, _, i)) = best {
            return anchor_for(article, Target::Quote(i)).ok();
        }
    }
    let wanted = tokens(sel.exact);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(f64, usize, usize, usize)> = None; // score, distance, start, end
    for (p, para) in article.paragraphs.iter().enumerate() {
        let have = tokens(para);
        if have.is_empty() {
            continue;
        }
        let d = distance(p, hint);
        let whole = (wanted.len() as f64) >= 0.6 * have.len() as f64;
        let (score, s, e) = if whole {
            (similarity(sel.exact, para), 0, para.len())
        } else {
            best_window(&wanted, &have)
        };
        if score >= FUZZY_THRESHOLD && best.is_none_or(|b| better((score, d), (b.0, b.1))) {
            let base = body.starts[p];
            best = Some((score, d, base + s, base + e));
        }
    }
    let (_, _, s, e) = best?;
    span_anchor(body, sel.kind, s, e)
}

/// Turns a body span into the anchor that best fits the kind of selection.
fn span_anchor(body: &Body, kind: Kind, start: usize, end: usize) -> Option<Anchor> {
    let article = body.article;
    let (p, ls, le) = body.local(start, end)?;
    let para = &article.paragraphs[p];
    let whole = ls == 0 && le == para.len();
    if whole && kind != Kind::Quote {
        return anchor_for(article, Target::Paragraph(p)).ok();
    }
    if kind != Kind::Paragraph {
        let quote = article.quotes.iter().enumerate().find(|(_, q)| {
            q.paragraph == p
                && para.find(q.text.as_str()).is_some_and(|qs| {
                    let qe = qs + q.text.len();
                    let overlap = qe.min(le).saturating_sub(qs.max(ls));
                    overlap * 2 > (qe - qs).max(le - ls)
                })
        });
        if let Some((i, _)) = quote {
            return anchor_for(article, Target::Quote(i)).ok();
        }
    }
    if whole {
        return anchor_for(article, Target::Paragraph(p)).ok();
    }
    Some(Anchor::Paragraph {
        index: p,
        exact: para[ls..le].to_string(),
        prefix: tail(&para[..ls], CONTEXT_CHARS),
        suffix: head(&para[le..], CONTEXT_CHARS),
    })
}

/// Text just before and after quote `i` in the body (empty when its text is not there).
fn quote_surroundings(body: &Body, i: usize) -> (String, String) {
    let q = &body.article.quotes[i];
    let Some(para) = body.article.paragraphs.get(q.paragraph) else {
        return (String::new(), String::new());
    };
    match para.find(q.text.as_str()) {
        Some(at) => {
            let start = body.starts[q.paragraph] + at;
            let end = start + q.text.len();
            (body.text[..start].to_string(), body.text[end..].to_string())
        }
        None => (String::new(), String::new()),
    }
}

/// How many non-space characters of context agree: the prefix against what precedes, the
/// suffix against what follows. Whitespace is ignored so a paragraph break and a space count
/// alike.
fn context_score(sel: &Selection, before: &str, after: &str) -> usize {
    let prefix: Vec<char> = sel.prefix.chars().filter(|c| !c.is_whitespace()).collect();
    let suffix: Vec<char> = sel.suffix.chars().filter(|c| !c.is_whitespace()).collect();
    let before = before
        .chars()
        .rev()
        .filter(|c| !c.is_whitespace())
        .take(prefix.len());
    let after = after
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(suffix.len());
    let p = prefix
        .iter()
        .rev()
        .zip(before)
        .take_while(|(a, b)| *a == b)
        .count();
    let s = suffix
        .iter()
        .zip(after)
        .take_while(|(a, b)| *a == b)
        .count();
    p + s
}

/// A folded word with its byte span in the original text.
struct Token {
    word: String,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token {
                    word: fold(&text[s..i]),
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Token {
            word: fold(&text[s..]),
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Dice coefficient over word multisets: 2·|A∩B| / (|A|+|B|).
fn dice(a: &[Token], b: &[Token]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for t in a {
        *counts.entry(&t.word).or_default() += 1;
    }
    let mut common = 0;
    for t in b {
        if let Some(n) = counts.get_mut(t.word.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Similarity in 0..1: the better of word overlap and, for short texts, the Levenshtein ratio
/// over folded characters (which forgives typos and inflections that word overlap does not).
pub fn similarity(a: &str, b: &str) -> f64 {
    let word = dice(&tokens(a), &tokens(b));
    if a.len() <= 300 && b.len() <= 300 {
        let (fa, fb): (Vec<char>, Vec<char>) =
            (fold(a).chars().collect(), fold(b).chars().collect());
        let longest = fa.len().max(fb.len());
        if longest == 0 {
            return 1.0;
        }
        let chars = 1.0 - levenshtein(&fa, &fb) as f64 / longest as f64;
        return word.max(chars);
    }
    word
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The run of words in `have` that best matches `wanted` (windows of the same length, give or
/// take a quarter): (score, byte start, byte end) in the paragraph.
fn best_window(wanted: &[Token], have: &[Token]) -> (f64, usize, usize) {
    let n = wanted.len();
    let slack = (n / 4).max(1);
    let mut best = (0.0, 0, 0);
    for len in n.saturating_sub(slack).max(1)..=(n + slack).min(have.len()) {
        for start in 0..=(have.len() - len) {
            let window = &have[start..start + len];
            let score = dice(wanted, window);
            if score > best.0 {
                best = (score, window[0].start, window[len - 1].end);
            }
        }
    }
    best
}

fn head(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

fn tail(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;

    fn article(paragraphs: &[&str], quotes: &[(&str, usize)]) -> Article {
        Article {
            id: "a".into(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            quotes: quotes
                .iter()
                .map(|(t, p)| Quote {
                    text: t.to_string(),
                    paragraph: *p,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    const P0: &str = "Foreign ministers met in Geneva on Monday.";
    const P1: &str = "Lavrov said \"we are ready to talk\" before the session opened.";
    const P2: &str = "Blinken said the talks were frank and useful for both sides.";

    #[test]
    fn unchanged_anchors_are_kept() {
        let a = article(&[P0, P1, P2], &[("we are ready to talk", 1)]);
        for t in [Target::Paragraph(2), Target::Quote(0), Target::Article] {
            let anchor = anchor_for(&a, t).unwrap();
            assert_eq!(place(&a, &anchor), Placement::Kept);
        }
    }

    #[test]
    fn moved_paragraph_is_found_by_exact_text() {
        let old = article(&[P0, P1, P2], &[]);
        let anchor = anchor_for(&old, Target::Paragraph(2)).unwrap();
        let new = article(&["Breaking:", P0, P1, P2], &[]);
        assert_eq!(
            place(&new, &anchor),
            Placement::Moved(anchor_for(&new, Target::Paragraph(3)).unwrap())
        );
    }

    #[test]
    fn moved_quote_is_found_in_the_quote_list() {
        let old = article(&[P0, P1], &[("Geneva", 0), ("we are ready to talk", 1)]);
        let anchor = anchor_for(&old, Target::Quote(1)).unwrap();
        let new = article(&[P0, P1], &[("we are ready to talk", 1)]);
        match place(&new, &anchor) {
            Placement::Moved(Anchor::Quote { index, exact, .. }) => {
                assert_eq!(index, 0);
                assert_eq!(exact, "we are ready to talk");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn repeated_text_is_disambiguated_by_context() {
        let old = article(&["Intro.", "Yes.", "Second part.", "Yes.", "End."], &[]);
        let anchor = anchor_for(&old, Target::Paragraph(3)).unwrap();
        // Paragraph 3 becomes 2; both "Yes." survive, context says the second one.
        let new = article(&["Yes.", "Second part.", "Yes.", "End."], &[]);
        match place(&new, &anchor) {
            Placement::Moved(Anchor::Paragraph { index, .. }) => assert_eq!(index, 2),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn edited_quote_is_found_between_its_context() {
        let old = article(&[P0, P1], &[("we are ready to talk", 1)]);
        let anchor = anchor_for(&old, Target::Quote(0)).unwrap();
        // The parser no longer lists the quote and its wording changed slightly.
        let new = article(
            &[
                P0,
                "Lavrov said \"we are ready to hold talks\" before the session opened.",
            ],
            &[],
        );
        match place(&new, &anchor) {
            Placement::Moved(Anchor::Paragraph { index, exact, .. }) => {
                assert_eq!(index, 1);
                assert_eq!(exact, "we are ready to hold talks");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn edited_paragraph_is_found_by_fuzzy_match() {
        let old = article(&[P0, P1, P2], &[]);
        let anchor = anchor_for(&old, Target::Paragraph(2)).unwrap();
        let new = article(
            &[
                "Updated intro with other words entirely.",
                "Something else happened here too.",
                P1,
                "U.S. Secretary Blinken said the talks were frank and useful for both parties.",
            ],
            &[],
        );
        match place(&new, &anchor) {
            Placement::Moved(Anchor::Paragraph { index, exact, .. }) => {
                assert_eq!(index, 3);
                assert!(exact.starts_with("U.S. Secretary"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn vanished_text_is_an_orphan() {
        let old = article(&[P0, P1, P2], &[]);
        let anchor = anchor_for(&old, Target::Paragraph(2)).unwrap();
        let new = article(&["Completely different story about fisheries quotas."], &[]);
        assert_eq!(place(&new, &anchor), Placement::Orphan);
    }

    #[test]
    fn web_selection_maps_to_quote_or_substring() {
        let a = article(&[P0, P1], &[("we are ready to talk", 1)]);
        let sel = Selection {
            exact: "we are ready to talk",
            prefix: "",
            suffix: "",
            kind: Kind::Unknown,
            index: None,
            position: None,
        };
        assert!(matches!(
            locate(&a, &sel),
            Some(Anchor::Quote { index: 0, .. })
        ));
        let sel = Selection {
            exact: "met in Geneva",
            ..sel
        };
        match locate(&a, &sel) {
            Some(Anchor::Paragraph {
                index,
                exact,
                prefix,
                suffix,
            }) => {
                assert_eq!((index, exact.as_str()), (0, "met in Geneva"));
                assert_eq!(prefix, "Foreign ministers ");
                assert_eq!(suffix, " on Monday.");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn similarity_scores() {
        assert!(similarity("we are ready", "We are ready") > 0.99);
        assert!(similarity("négociations", "negociation") > 0.8);
        assert!(similarity("the talks were frank", "fish quotas rose") < 0.3);
    }
}
