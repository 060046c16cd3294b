//! A tiny probabilistic set in front of the lexicon and gazetteer hash maps.
//!
//! Analysis asks each word of an article several tables (keywords, gazetteer names, demonyms,
//! role nouns), and nearly every answer is "no". A hash look-up costs a full hash and a string
//! compare; this filter answers most of those "no"s from one bit.

/// A 65,536-bit set of word fingerprints: "no" is certain, "yes" means look it up.
#[derive(Debug, Clone)]
pub struct WordFilter(Vec<u64>);

impl WordFilter {
    pub fn new() -> WordFilter {
        WordFilter(vec![0; 1024])
    }

    /// Length plus first and last two bytes: distinct enough, and free of a full hash.
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let n = b.len();
        let (f0, f1) = (
            b.first().copied().unwrap_or(0),
            b.get(1).copied().unwrap_or(0),
        );
        let (l0, l1) = (
            b[n.saturating_sub(1)..].first().copied().unwrap_or(0),
            b[n.saturating_sub(2)..].first().copied().unwrap_or(0),
        );
        let h = (n as u32).wrapping_mul(0x9E37_79B1)
            ^ u32::from_le_bytes([f0, f1, l0, l1]).wrapping_mul(0x85EB_CA6B);
        (h >> 16) as usize
    }

    pub fn insert(&mut self, word: &str) {
        let s = Self::slot(word);
        self.0[s >> 6] |= 1 << (s & 63);
    }

    pub fn may_contain(&self, word: &str) -> bool {
        let s = Self::slot(word);
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter::new()
    }
}

impl<'a> FromIterator<&'a str> for WordFilter {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> WordFilter {
        let mut f = WordFilter::new();
        for w in words {
            f.insert(w);
        }
        f
    }
}

/// A fixed word set behind a [`WordFilter`]: the small closed lists (prepositions, organisation
/// heads) are asked about nearly every word, and most answers are "no".
#[derive(Debug)]
pub struct WordSet {
    filter: WordFilter,
    set: crate::analyze::quotes::lexicon::HashSet<&'static str>,
}

impl WordSet {
    pub fn new(words: &[&'static str]) -> WordSet {
        WordSet {
            filter: words.iter().copied().collect(),
            set: words.iter().copied().collect(),
        }
    }

    /// A set read from a word-list data file: one word per line, blank lines and `#` comments
    /// skipped, so linguists can edit the lists without touching code.
    pub fn from_list_file(text: &'static str) -> WordSet {
        let words: Vec<&'static str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        WordSet::new(&words)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word) && self.set.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserted_words_are_found_and_most_others_are_not() {
        let f: WordFilter = ["sanctions", "otan", "nato", "a"].into_iter().collect();
        for w in ["sanctions", "otan", "nato", "a"] {
            assert!(f.may_contain(w));
        }
        let others = [
            "the",
            "le",
            "minister",
            "déclaré",
            "said",
            "gipfel",
            "cumbre",
            "x",
        ];
        let false_hits = others.iter().filter(|w| f.may_contain(w)).count();
        assert!(false_hits <= 1, "{false_hits}");
        assert!(!WordFilter::new().may_contain(""));
    }
}
