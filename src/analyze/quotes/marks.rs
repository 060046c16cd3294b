//! Quote-mark scanning. One left-to-right pass with a stack of open marks: every mark is pushed
//! and popped at most once, and a closing mark only searches the stack when a mark of its family
//! is open (per-family counters), so the scan is linear even for hostile input.
//!
//! Only top-level spans are returned: a quote nested in another belongs to the outer one. A mark
//! left open at the end of a paragraph becomes a span to the end of the paragraph only when the
//! caller says so (the quote continues in the next paragraph, or the paragraph opens with it);
//! otherwise it is dropped and whatever it enclosed is promoted, so one stray mark cannot swallow
//! the rest of the text.

/// The pairing style of a quote: which mark opens and which closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// « … »
    Guillemet,
    /// » … « (German)
    GuillemetRev,
    /// “ … ”
    Curly,
    /// „ … “ or „ … ”
    Low,
    /// ‘ … ’
    Single,
    /// ‚ … ‘
    LowSingle,
    /// ‹ … ›
    Angle,
    /// › … ‹
    AngleRev,
    /// " … "
    Straight,
    /// 「 … 」
    Corner,
    /// 『 … 』
    WhiteCorner,
}

const NFAM: usize = 11;

impl Family {
    fn idx(self) -> usize {
        self as usize
    }
}

/// A top-level quoted span of one paragraph, in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Offset of the opening mark.
    pub open: usize,
    /// Inner text, marks and surrounding spaces excluded.
    pub inner_start: usize,
    pub inner_end: usize,
    /// Offset just after the closing mark (or the end of the paragraph for an open tail).
    pub end: usize,
    /// False when the quote runs on to the end of the paragraph without a closing mark.
    pub closed: bool,
    pub family: Family,
}

#[derive(Debug, Clone)]
struct Op {
    family: Family,
    open: usize,
    inner: usize,
    parent: Option<usize>,
    close: Option<(usize, usize)>,
}

/// Result of scanning one paragraph; turn it into spans with [`Scan::spans`].
#[derive(Debug, Clone, Default)]
pub struct Scan {
    ops: Vec<Op>,
    /// Index of the outermost mark still open at the end of the paragraph.
    tail: Option<usize>,
    len: usize,
}

/// Characters that can open a quote, used to recognise a paragraph that continues a quotation.
pub fn is_opening_char(c: char) -> bool {
    matches!(
        c,
        '«' | '“' | '„' | '‘' | '»' | '"' | '‹' | '「' | '『' | '‚'
    )
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

fn left_context_open(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | ':'
                        | '«'
                        | '“'
                        | '„'
                        | '‘'
                        | '‚'
                        | '‹'
                        | '»'
                        | '¡'
                        | '¿'
                )
        }
    }
}

/// Scans one paragraph.
// Each mark's arm reads as "close if possible, else open"; folding those `if`s into match guards
// would send unmatched marks to the catch-all arm and hide that rule.
#[allow(clippy::collapsible_match)]
pub fn scan(text: &str) -> Scan {
    let mut ops: Vec<Op> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut counts = [0u32; NFAM];

    fn open(
        ops: &mut Vec<Op>,
        stack: &mut Vec<usize>,
        counts: &mut [u32; NFAM],
        family: Family,
        at: usize,
        len: usize,
    ) {
        ops.push(Op {
            family,
            open: at,
            inner: at + len,
            parent: stack.last().copied(),
            close: None,
        });
        stack.push(ops.len() - 1);
        counts[family.idx()] += 1;
    }
    fn close(
        ops: &mut [Op],
        stack: &mut Vec<usize>,
        counts: &mut [u32; NFAM],
        family: Family,
        at: usize,
        len: usize,
    ) -> bool {
        if counts[family.idx()] == 0 {
            return false;
        }
        while let Some(top) = stack.pop() {
            let f = ops[top].family;
            counts[f.idx()] -= 1;
            if f == family {
                ops[top].close = Some((at, at + len));
                return true;
            }
        }
        false
    }

    // Every mark is '"' or starts with one of three UTF-8 lead bytes, so the scan jumps from
    // candidate to candidate instead of decoding every character of the paragraph.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(off) = bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'"' | 0xC2 | 0xE2 | 0xE3))
    {
        let i = from + off;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let l = c.len_utf8();
        from = i + l;
        let prev = text[..i].chars().next_back();
        let next = text[i + l..].chars().next();
        let (o, s, k) = (&mut ops, &mut stack, &mut counts);
        match c {
            '«' => {
                if !close(o, s, k, Family::GuillemetRev, i, l) {
                    open(o, s, k, Family::Guillemet, i, l);
                }
            }
            '»' => {
                if !close(o, s, k, Family::Guillemet, i, l) && !is_space(next) {
                    open(o, s, k, Family::GuillemetRev, i, l);
                }
            }
            '‹' => {
                if !close(o, s, k, Family::AngleRev, i, l) {
                    open(o, s, k, Family::Angle, i, l);
                }
            }
            '›' => {
                if !close(o, s, k, Family::Angle, i, l) && !is_space(next) {
                    open(o, s, k, Family::AngleRev, i, l);
                }
            }
            '„' => open(o, s, k, Family::Low, i, l),
            '“' => {
                let closes_curly = k[Family::Curly.idx()] > 0
                    && !is_space(prev)
                    && (is_space(next) || next.is_some_and(|n| !n.is_alphanumeric()));
                if !(close(o, s, k, Family::Low, i, l)
                    || closes_curly && close(o, s, k, Family::Curly, i, l))
                {
                    open(o, s, k, Family::Curly, i, l);
                }
            }
            '”' => {
                if !close(o, s, k, Family::Curly, i, l) {
                    close(o, s, k, Family::Low, i, l);
                }
            }
            '‚' => {
                if left_context_open(prev) && next.is_some_and(char::is_alphanumeric) {
                    open(o, s, k, Family::LowSingle, i, l);
                }
            }
            '‘' => {
                if !close(o, s, k, Family::LowSingle, i, l)
                    && left_context_open(prev)
                    && !is_space(next)
                {
                    open(o, s, k, Family::Single, i, l);
                }
            }
            '’' => {
                // An apostrophe unless it closes an open ‘ and no letter follows.
                if k[Family::Single.idx()] > 0
                    && !is_space(prev)
                    && !next.is_some_and(char::is_alphanumeric)
                    && !plural_possessive(text, o, s, i, l)
                {
                    close(o, s, k, Family::Single, i, l);
                }
            }
            '"' => {
                let can_open = left_context_open(prev) && !is_space(next);
                let can_close = !is_space(prev);
                let open_now = k[Family::Straight.idx()] > 0;
                if open_now && (can_close || !can_open) {
                    close(o, s, k, Family::Straight, i, l);
                } else if can_open {
                    open(o, s, k, Family::Straight, i, l);
                }
            }
            '「' => open(o, s, k, Family::Corner, i, l),
            '」' => {
                close(o, s, k, Family::Corner, i, l);
            }
            '『' => open(o, s, k, Family::WhiteCorner, i, l),
            '』' => {
                close(o, s, k, Family::WhiteCorner, i, l);
            }
            _ => {}
        }
    }
    Scan {
        ops,
        tail: stack.first().copied(),
        len: text.len(),
    }
}

/// "‘Some of our donors’ families were upset.": after a plural "s" and before a lower-case
/// word, ’ is a possessive when the open ‘ began a sentence. A quoted sentence does not stop
/// mid-phrase, while a quoted name may ("the ‘Open Skies’ talks").
fn plural_possessive(text: &str, ops: &[Op], stack: &[usize], at: usize, len: usize) -> bool {
    let after = &text[at + len..];
    let lower_word_follows = after
        .strip_prefix(' ')
        .is_some_and(|a| a.chars().next().is_some_and(char::is_lowercase));
    if !text[..at].ends_with('s') || !lower_word_follows {
        return false;
    }
    let Some(&top) = stack
        .iter()
        .rev()
        .find(|&&o| ops[o].family == Family::Single)
    else {
        return false;
    };
    let before = text[..ops[top].open].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':'])
}

impl Scan {
    /// Byte offset of the outermost mark left open at the end of the paragraph, if any.
    pub fn open_tail(&self) -> Option<usize> {
        self.tail.map(|t| self.ops[t].open)
    }

    /// Top-level spans in order. With `keep_tail`, the outermost unclosed mark yields a span to
    /// the end of the paragraph; other unclosed marks are ignored and their content promoted.
    pub fn spans(&self, text: &str, keep_tail: bool) -> Vec<Span> {
        let n = self.ops.len();
        let mut effective = vec![false; n];
        let mut covered = vec![false; n];
        let mut out = Vec::new();
        for i in 0..n {
            let op = &self.ops[i];
            effective[i] = op.close.is_some() || (keep_tail && self.tail == Some(i));
            let anc = op.parent.is_some_and(|p| effective[p] || covered[p]);
            covered[i] = anc;
            if effective[i] && !anc {
                let (ie, end, closed) = match op.close {
                    Some((a, b)) => (a, b, true),
                    None => (self.len, self.len, false),
                };
                let inner = &text[op.inner..ie];
                let lead = inner.len() - inner.trim_start().len();
                let trail = inner.len() - inner.trim_end().len();
                let (is, ie2) = if lead + trail >= inner.len() {
                    (op.inner, op.inner)
                } else {
                    (op.inner + lead, ie - trail)
                };
                out.push(Span {
                    open: op.open,
                    inner_start: is,
                    inner_end: ie2,
                    end,
                    closed,
                    family: op.family,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str, keep: bool) -> Vec<&str> {
        scan(text)
            .spans(text, keep)
            .iter()
            .map(|s| &text[s.inner_start..s.inner_end])
            .collect()
    }

    #[test]
    fn pairs_every_style() {
        assert_eq!(inner("a « b\u{a0}» c", false), ["b"]);
        assert_eq!(inner("a «\u{202f}b\u{202f}» c", false), ["b"]);
        assert_eq!(inner("er sagte: „Ja“ und »Nein«.", false), ["Ja", "Nein"]);
        assert_eq!(
            inner("“one” and ‘two’ and \"three\"", false),
            ["one", "two", "three"]
        );
        assert_eq!(
            inner("「四」 ‹ cinq › ‚sechs‘", false),
            ["四", "cinq", "sechs"]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            inner(
                "« Nous entendons parler de ‹ nouvelles idées › ici »",
                false
            ),
            ["Nous entendons parler de ‹ nouvelles idées › ici"]
        );
        assert_eq!(
            inner("„Das Wort ‚Nein‘ zählt“", false),
            ["Das Wort ‚Nein‘ zählt"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            inner("l’Arctique and Russia’s ‘don’t go’ now", false),
            ["don’t go"]
        );
        assert_eq!(
            inner("‘We don’t take this step lightly.’", false),
            ["We don’t take this step lightly."]
        );
    }

    #[test]
    fn open_tail_only_when_asked() {
        let t = "Il a dit : « Nous ne cherchons à punir personne.";
        assert_eq!(inner(t, false), Vec::<&str>::new());
        assert_eq!(inner(t, true), ["Nous ne cherchons à punir personne."]);
        // A stray opener does not hide later quotes.
        assert_eq!(
            inner("the ‘90s and “real quote” here", false),
            ["real quote"]
        );
    }
}
