//! Content-derived identity. The id makes ingest idempotent (same story, same id, whatever the
//! file name); the SimHash fingerprint spots a republished wire story whose chrome differs.

use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// 16 hex digits from the normalised source, title and body. Whitespace, case and punctuation
/// differences do not change the id, so a re-saved page maps to the same article.
pub fn article_id(source: Option<&str>, title: &str, paragraphs: &[String]) -> String {
    let capacity = paragraphs.iter().map(|p| p.len() + 1).sum::<usize>() + title.len() + 64;
    let mut canonical = String::with_capacity(capacity);
    push_normalized(&mut canonical, source.unwrap_or(""), &mut |_, _| {});
    canonical.push('\u{1f}');
    push_normalized(&mut canonical, title, &mut |_, _| {});
    for p in paragraphs {
        canonical.push('\u{1f}');
        push_normalized(&mut canonical, p, &mut |_, _| {});
    }
    format!("{:016x}", (xxh3_128(canonical.as_bytes()) >> 64) as u64)
}

/// Appends the words of `text` (runs of alphanumeric characters), lowercased and joined by
/// single spaces, to `out`; `word` is told each word's byte range in `out`. Written straight
/// into one buffer: a `String` per word was most of the cost of the id and the fingerprint.
fn push_normalized(out: &mut String, text: &str, word: &mut dyn FnMut(usize, usize)) {
    let mut first = true;
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if !first {
            out.push(' ');
        }
        first = false;
        let start = out.len();
        push_lowercase(out, w);
        word(start, out.len());
    }
}

/// `out.push_str(&w.to_lowercase())` without the allocation. Per character lowercasing is what
/// `str::to_lowercase` does, except for a capital sigma, whose form depends on its neighbours:
/// words holding one still go through `str::to_lowercase`.
fn push_lowercase(out: &mut String, w: &str) {
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        out[start..].make_ascii_lowercase();
    } else if w.contains('Σ') {
        out.push_str(&w.to_lowercase());
    } else {
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
}

/// 64-bit SimHash over word trigrams of the body. Two texts whose fingerprints differ in few
/// bits (see [`is_near_duplicate`]) share most of their wording.
pub fn simhash(paragraphs: &[String]) -> u64 {
    // All words lowercased in one buffer, single-space separated, so that a shingle of
    // consecutive words ("w1 w2 w3") is one slice of it rather than a newly joined string.
    let mut text = String::with_capacity(paragraphs.iter().map(|p| p.len() + 1).sum());
    let mut words: Vec<(usize, usize)> = Vec::new();
    for p in paragraphs {
        if !words.is_empty() {
            text.push(' ');
        }
        let before = words.len();
        push_normalized(&mut text, p, &mut |s, e| words.push((s, e)));
        if words.len() == before && !words.is_empty() {
            // A paragraph without words: drop the separator pushed for it.
            text.pop();
        }
    }
    if words.is_empty() {
        return 0;
    }
    let mut weights = [0i32; 64];
    let shingle_len = words.len().min(3);
    for window in words.windows(shingle_len) {
        let h = xxh3_64(&text.as_bytes()[window[0].0..window[shingle_len - 1].1]);
        for (bit, w) in weights.iter_mut().enumerate() {
            *w += ((h >> bit & 1) as i32) * 2 - 1;
        }
    }
    weights.iter().enumerate().fold(
        0u64,
        |acc, (bit, &w)| if w > 0 { acc | 1 << bit } else { acc },
    )
}

/// Hamming distance at or below which two bodies are treated as the same story republished.
pub const NEAR_DUPLICATE_BITS: u32 = 6;

pub fn is_near_duplicate(a: u64, b: u64) -> bool {
    a != 0 && b != 0 && (a ^ b).count_ones() <= NEAR_DUPLICATE_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(s: &str) -> Vec<String> {
        s.split("\n\n").map(str::to_string).collect()
    }

    /// The allocation-free id and fingerprint equal the straightforward definitions (a `String`
    /// per word, joined), which stored ids were computed with.
    #[test]
    fn same_values_as_the_reference_definitions() {
        fn normalize(text: &str) -> String {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
        }
        fn reference_id(source: Option<&str>, title: &str, paragraphs: &[String]) -> String {
            let mut canonical = normalize(source.unwrap_or(""));
            canonical.push('\u{1f}');
            canonical.push_str(&normalize(title));
            for p in paragraphs {
                canonical.push('\u{1f}');
                canonical.push_str(&normalize(p));
            }
            format!("{:016x}", (xxh3_128(canonical.as_bytes()) >> 64) as u64)
        }
        fn reference_simhash(paragraphs: &[String]) -> u64 {
            let words: Vec<String> = paragraphs
                .iter()
                .flat_map(|p| p.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(|w| w.to_lowercase())
                .collect();
            if words.is_empty() {
                return 0;
            }
            let mut weights = [0i32; 64];
            for window in words.windows(words.len().min(3)) {
                let h = xxh3_64(window.join(" ").as_bytes());
                for (bit, w) in weights.iter_mut().enumerate() {
                    *w += if h >> bit & 1 == 1 { 1 } else { -1 };
                }
            }
            (0..64)
                .filter(|&b| weights[b] > 0)
                .fold(0, |acc, b| acc | 1 << b)
        }
        let cases: Vec<Vec<String>> = vec![
            vec![],
            vec!["".into()],
            vec!["—".into(), "...".into()],
            vec!["One".into()],
            vec!["One two".into(), "".into(), "!!".into(), "Three".into()],
            paras("ΟΔΟΣ Σ ΣΑΣ İstanbul ÉTÉ Straße\n\n«Le ministre» a dit : 42 fois.\n\n  \n\nFin"),
            paras("Der Minister sagte, die Zusammenarbeit sei notwendig.\n\n— ?\n\nEnde gut."),
        ];
        for c in &cases {
            assert_eq!(simhash(c), reference_simhash(c), "{c:?}");
            assert_eq!(
                article_id(Some("ÀFP Σ"), "Ti-tle ΣΑΣ", c),
                reference_id(Some("ÀFP Σ"), "Ti-tle ΣΑΣ", c)
            );
            assert_eq!(article_id(None, "", c), reference_id(None, "", c));
        }
    }

    #[test]
    fn id_ignores_spacing_case_and_punctuation() {
        let a = article_id(
            Some("Xinhua"),
            "Title here",
            &paras("Body one.\n\nBody two."),
        );
        let b = article_id(
            Some("XINHUA "),
            "Title  here",
            &paras("Body one\n\nbody two"),
        );
        assert_eq!(a, b);
        assert_eq!(a.len(), 16);
        assert_ne!(
            a,
            article_id(Some("Xinhua"), "Title here", &paras("Body one."))
        );
    }

    #[test]
    fn republished_story_is_near_duplicate_but_other_story_is_not() {
        let text = "Le ministre russe des Affaires étrangères Sergueï Lavrov et le secrétaire d'Etat américain Antony Blinken se sont rencontrés à Reykjavik pour la première fois mercredi, en marge d'une réunion du Conseil de l'Arctique. Ils ont exprimé leur volonté de coopérer mais ont admis de sérieuses différences sur une série de questions, de l'Ukraine à la cybersécurité.";
        let republished = format!("{text} (AFP)");
        let other = "Les ministres des Finances du G7 se sont réunis à Tokyo pour discuter de la dette des pays pauvres, de la fiscalité minimale des multinationales et de la régulation des cryptomonnaies, sans parvenir à un accord sur un calendrier.";
        let a = simhash(&paras(text));
        assert!(is_near_duplicate(a, simhash(&paras(&republished))));
        assert!(!is_near_duplicate(a, simhash(&paras(other))));
    }
}
