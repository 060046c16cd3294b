//! Topic suggestions from a taxonomy of diplomatic topics.
//!
//! The default taxonomy (`data/topics.toml`, ~25 topics) pairs each topic with multilingual
//! keywords and entity rules, so a French article about "la péninsule coréenne" and a German one
//! about "Pjöngjang" land on the same "Korean peninsula" topic. Users can override or extend it
//! with a `topics.toml` of the same shape in attache's config directory. Suggestions are ranked
//! and carry the words or entities that triggered them, so an analyst can see why a topic was
//! proposed.

use crate::analyze::quotes::lexicon::HashMap;
use crate::analyze::quotes::lexicon::HashSet;
use crate::analyze::quotes::tokens::{tokenize, Token};
use crate::analyze::wordfilter::WordFilter;
use crate::fold::fold;
use crate::model::Entities;
use serde::Deserialize;
use std::path::Path;
use std::sync::LazyLock;

const DEFAULT: &str = include_str!("../../data/topics.toml");

/// One topic as written in a taxonomy file.
#[derive(Debug, Clone, Deserialize)]
pub struct TopicRule {
    pub name: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub entities: Vec<String>,
    #[serde(default)]
    pub requires: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct File {
    threshold: Option<f32>,
    #[serde(default)]
    topic: Vec<TopicRule>,
}

/// Exact keywords by first folded word: (topic, keyword index, folded words, last word is a prefix).
type ExactIndex = HashMap<String, Vec<(usize, usize, Vec<String>, bool)>>;
/// Single-word prefix keywords by their first three characters: (topic, keyword index, stem).
type PrefixIndex = HashMap<String, Vec<(usize, usize, String)>>;

/// A compiled taxonomy: rules plus keyword indexes built once.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub threshold: f32,
    pub topics: Vec<TopicRule>,
    exact: ExactIndex,
    prefix: PrefixIndex,
    /// Cheap first checks before each index look-up: nearly every word of an article is no
    /// keyword, and two hash look-ups per word were most of the topic pass.
    exact_filter: WordFilter,
    prefix_filter: WordFilter,
    /// Each rule entity and requirement folded once here, not once per article and topic.
    folded: HashMap<String, String>,
}

/// A ranked topic suggestion and what triggered it.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicSuggestion {
    pub name: String,
    pub score: f32,
    pub triggers: Vec<String>,
}

fn key3(s: &str) -> &str {
    let end = s.char_indices().nth(3).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

impl Taxonomy {
    /// Parses a taxonomy from TOML text.
    pub fn parse(text: &str) -> Result<Taxonomy, toml::de::Error> {
        let f: File = toml::from_str(text)?;
        Ok(Taxonomy::build(f.threshold.unwrap_or(1.0), f.topic))
    }

    fn build(threshold: f32, topics: Vec<TopicRule>) -> Taxonomy {
        let mut exact = ExactIndex::default();
        let mut prefix = PrefixIndex::default();
        for (ti, t) in topics.iter().enumerate() {
            for (ki, kw) in t.keywords.iter().enumerate() {
                let star = kw.ends_with('*');
                let words: Vec<String> = tokenize(kw.trim_end_matches('*'))
                    .into_iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.folded.to_string())
                    .collect();
                if words.is_empty() {
                    continue;
                }
                if star && words.len() == 1 && words[0].chars().count() >= 3 {
                    prefix
                        .entry(key3(&words[0]).to_string())
                        .or_default()
                        .push((ti, ki, words[0].clone()));
                } else {
                    exact
                        .entry(words[0].clone())
                        .or_default()
                        .push((ti, ki, words, star));
                }
            }
        }
        let exact_filter = exact.keys().map(String::as_str).collect();
        let prefix_filter = prefix.keys().map(String::as_str).collect();
        let folded = topics
            .iter()
            .flat_map(|t| t.entities.iter().chain(&t.requires))
            .map(|e| (e.clone(), fold(e)))
            .collect();
        Taxonomy {
            threshold,
            topics,
            exact,
            prefix,
            exact_filter,
            prefix_filter,
            folded,
        }
    }

    /// The taxonomy with `user`'s topics replacing same-named ones and the others appended.
    pub fn merged(&self, user: &Taxonomy) -> Taxonomy {
        let mut topics = self.topics.clone();
        for t in &user.topics {
            match topics.iter_mut().find(|x| x.name == t.name) {
                Some(x) => *x = t.clone(),
                None => topics.push(t.clone()),
            }
        }
        Taxonomy::build(user.threshold, topics)
    }
}

/// The built-in taxonomy (`data/topics.toml`).
pub fn default_taxonomy() -> Taxonomy {
    Taxonomy::parse(DEFAULT).expect("data/topics.toml is valid")
}

/// Path of the user's taxonomy file, if a config directory exists on this system.
pub fn user_taxonomy_path() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "attache").map(|d| d.config_dir().join("topics.toml"))
}

/// Loads a user taxonomy file and merges it over the default one.
pub fn load_with_user(path: &Path) -> Result<Taxonomy, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{e} ({})", path.display()))?;
    let user = Taxonomy::parse(&text).map_err(|e| format!("{e} ({})", path.display()))?;
    let mut user = user;
    if !text
        .lines()
        .any(|l| l.trim_start().starts_with("threshold"))
    {
        user.threshold = default_taxonomy().threshold;
    }
    Ok(default_taxonomy().merged(&user))
}

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    // Parsing is a pure function of the input plus configuration: the user file is part of the
    // configuration. A broken user file falls back to the default rather than failing every parse.
    match user_taxonomy_path().filter(|p| p.is_file()) {
        Some(p) => load_with_user(&p).unwrap_or_else(|_| default_taxonomy()),
        None => default_taxonomy(),
    }
});

/// The taxonomy in effect (default plus the user's file), loaded once.
pub fn taxonomy() -> &'static Taxonomy {
    &TAXONOMY
}

/// Ranks the taxonomy's topics for one article. `entity_keys` are gazetteer keys such as
/// "place:RU" found by [`crate::analyze::entities`].
pub fn suggest(
    title: &str,
    paragraphs: &[String],
    entities: &Entities,
    entity_keys: &HashSet<String>,
    tax: &Taxonomy,
) -> Vec<TopicSuggestion> {
    let toks: Vec<Vec<Token>> = paragraphs.iter().map(|p| tokenize(p)).collect();
    suggest_tokenized(title, &toks, entities, entity_keys, tax)
}

/// [`suggest`] over body paragraphs already tokenised (shared with the quote extractor); only the
/// title is tokenised here.
pub fn suggest_tokenized(
    title: &str,
    paragraphs: &[Vec<Token>],
    entities: &Entities,
    entity_keys: &HashSet<String>,
    tax: &Taxonomy,
) -> Vec<TopicSuggestion> {
    // Keyword hits in one flat table, topic `ti`'s keywords from `first_kw[ti]`: a map per
    // topic and a fresh word list per paragraph were a third of the topic pass.
    let mut first_kw = Vec::with_capacity(tax.topics.len());
    let mut total = 0;
    for t in &tax.topics {
        first_kw.push(total);
        total += t.keywords.len();
    }
    let mut hits = vec![0u32; total];
    let mut word_at: Vec<usize> = Vec::new();
    let mut scan = |toks: &[Token], word_at: &mut Vec<usize>| {
        word_at.clear();
        word_at.extend((0..toks.len()).filter(|&k| toks[k].is_word()));
        let n_words = word_at.len();
        let word = |i: usize| toks[word_at[i]].folded.as_str();
        for i in 0..n_words {
            let w = word(i);
            if let Some(list) = tax
                .exact_filter
                .may_contain(w)
                .then(|| tax.exact.get(w))
                .flatten()
            {
                for (ti, ki, kw, star) in list {
                    let m = kw.len();
                    if i + m > n_words {
                        continue;
                    }
                    let ok = kw.iter().enumerate().all(|(j, k)| {
                        if j + 1 == m && *star {
                            word(i + j).starts_with(k.as_str())
                        } else {
                            word(i + j) == k.as_str()
                        }
                    });
                    if ok {
                        hits[first_kw[*ti] + *ki] += 1;
                    }
                }
            }
            let k3 = key3(w);
            if k3.len() >= 3 && k3.chars().count() == 3 && tax.prefix_filter.may_contain(k3) {
                if let Some(list) = tax.prefix.get(k3) {
                    for (ti, ki, stem) in list {
                        if w.starts_with(stem.as_str()) {
                            hits[first_kw[*ti] + *ki] += 1;
                        }
                    }
                }
            }
        }
    };
    let title_toks = tokenize(title);
    scan(&title_toks, &mut word_at);
    for p in paragraphs {
        scan(p, &mut word_at);
    }
    let names: HashSet<String> = entities
        .people
        .iter()
        .chain(&entities.places)
        .chain(&entities.organizations)
        .map(|s| fold(s))
        .collect();
    let has = |e: &str| {
        entity_keys.contains(e)
            || tax
                .folded
                .get(e)
                .map_or_else(|| names.contains(&fold(e)), |f| names.contains(f))
    };
    let mut out = Vec::new();
    for (ti, t) in tax.topics.iter().enumerate() {
        if !t.requires.iter().all(|r| has(r)) {
            continue;
        }
        let mut score = 0.0f32;
        let mut triggers = Vec::new();
        let own = &hits[first_kw[ti]..first_kw[ti] + t.keywords.len()];
        for (ki, &c) in own.iter().enumerate().filter(|(_, &c)| c > 0) {
            score += c.min(3) as f32;
            triggers.push(t.keywords[ki].trim_end_matches('*').to_string());
        }
        for e in &t.entities {
            if has(e) {
                score += 2.0;
                triggers.push(e.clone());
            }
        }
        if !t.requires.is_empty() && score > 0.0 {
            score += 1.0;
            triggers.extend(t.requires.iter().cloned());
        }
        if score >= tax.threshold && score > 0.0 {
            out.push(TopicSuggestion {
                name: t.name.clone(),
                score,
                triggers,
            });
        }
    }
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 25] = [
        "Russia–US relations",
        "China–US relations",
        "Arctic",
        "nuclear non-proliferation",
        "Iran nuclear",
        "Korean peninsula",
        "Ukraine",
        "Middle East",
        "sanctions",
        "trade",
        "climate",
        "pandemic",
        "cybersecurity",
        "human rights",
        "elections",
        "summit",
        "UN",
        "NATO",
        "EU",
        "energy",
        "migration",
        "terrorism",
        "Africa",
        "Latin America",
        "arms control",
    ];

    #[test]
    fn default_taxonomy_has_the_agreed_names() {
        let t = default_taxonomy();
        let names: Vec<&str> = t.topics.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, NAMES);
    }

    #[test]
    fn suggestions_are_ranked_with_triggers() {
        let t = default_taxonomy();
        let paras = vec![
            "Les sanctions contre la Russie, un embargo et les nouvelles sanctions de l'UE."
                .to_string(),
        ];
        let mut keys = HashSet::default();
        keys.insert("org:EU".to_string());
        let s = suggest("", &paras, &Entities::default(), &keys, &t);
        assert_eq!(s[0].name, "sanctions");
        assert!(s[0].triggers.contains(&"sanction".to_string()));
        assert!(s
            .iter()
            .any(|x| x.name == "EU" && x.triggers.contains(&"org:EU".to_string())));
    }

    #[test]
    fn user_file_overrides_and_extends() {
        let user = Taxonomy::parse(
            "threshold = 2.0\n[[topic]]\nname = \"Arctic\"\nkeywords = [\"svalbard\"]\n[[topic]]\nname = \"Space\"\nkeywords = [\"satellite*\"]\n",
        )
        .unwrap();
        let t = default_taxonomy().merged(&user);
        assert_eq!(t.topics.len(), 26);
        let paras = vec!["Svalbard and the Arctic, satellites and satellite launches.".to_string()];
        let s = suggest("", &paras, &Entities::default(), &HashSet::default(), &t);
        let names: Vec<&str> = s.iter().map(|x| x.name.as_str()).collect();
        assert!(names.contains(&"Space"));
        assert!(!names.contains(&"Arctic"), "{names:?}");
    }
}
