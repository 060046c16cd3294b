//! Content-derived identity. The id makes ingest idempotent (same story, same id, whatever the
//! file name); the SimHash fingerprint spots a republished wire story whose chrome differs.

use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// 16 hex digits from the normalised source, title and body. Whitespace, case and punctuation
/// differences do not change the id, so a re-saved page maps to the same article.
pub fn article_id(source: Option<&str>, title: &str, paragraphs: &[String]) -> String {
    let mut canonical = String::new();
    canonical.push_str(&normalize(source.unwrap_or("")));
    canonical.push('\u{1f}');
    canonical.push_str(&normalize(title));
    for p in paragraphs {
        canonical.push('\u{1f}');
        canonical.push_str(&normalize(p));
    }
    format!("{:016x}", (xxh3_128(canonical.as_bytes()) >> 64) as u64)
}

fn normalize(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// 64-bit SimHash over word trigrams of the body. Two texts whose fingerprints differ in few
/// bits (see [`is_near_duplicate`]) share most of their wording.
pub fn simhash(paragraphs: &[String]) -> u64 {
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
    let shingle_len = words.len().min(3);
    for window in words.windows(shingle_len) {
        let h = xxh3_64(window.join(" ").as_bytes());
        for (bit, w) in weights.iter_mut().enumerate() {
            if h >> bit & 1 == 1 {
                *w += 1;
            } else {
                *w -= 1;
            }
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
