//! The shared scorer's quote-matching rules (`../shared/bench/parse/score.py`), ported once for
//! the test harnesses that score extraction on gold paragraphs.
#![allow(dead_code)]

use std::collections::HashSet;

/// score.py's tokens: fold case and accents, then runs of word characters.
pub fn qtokens(s: &str) -> Vec<String> {
    attache::fold::fold(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Jaccard of the token sets when the quotes match (≥ 0.6, or one contains the other and is at
/// least 4 tokens long), else `None`.
pub fn quote_score(g: &[String], p: &[String]) -> Option<f64> {
    if g.is_empty() || p.is_empty() {
        return None;
    }
    let sg: HashSet<&String> = g.iter().collect();
    let sp: HashSet<&String> = p.iter().collect();
    let jac = sg.intersection(&sp).count() as f64 / sg.union(&sp).count() as f64;
    if jac >= 0.6 {
        return Some(jac);
    }
    let (short, long) = if g.len() <= p.len() { (g, p) } else { (p, g) };
    let contains = short.len() <= long.len() && long.windows(short.len()).any(|w| w == short);
    (short.len() >= 4 && contains).then_some(jac)
}

/// One-to-one greedy matching, best score first: (gold index, predicted index) pairs.
pub fn match_pairs(gold: &[String], pred: &[String]) -> Vec<(usize, usize)> {
    let gt: Vec<Vec<String>> = gold.iter().map(|t| qtokens(t)).collect();
    let pt: Vec<Vec<String>> = pred.iter().map(|t| qtokens(t)).collect();
    let mut cands = Vec::new();
    for (i, g) in gt.iter().enumerate() {
        for (j, p) in pt.iter().enumerate() {
            if let Some(s) = quote_score(g, p) {
                cands.push((-s, i, j));
            }
        }
    }
    cands.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let (mut used_g, mut used_p, mut pairs) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, i, j) in cands {
        if !used_g.contains(&i) && !used_p.contains(&j) {
            used_g.insert(i);
            used_p.insert(j);
            pairs.push((i, j));
        }
    }
    pairs
}
