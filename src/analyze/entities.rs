//! People, places and organisations mentioned in an article.
//!
//! Places and organisations come from multilingual gazetteers kept as data files
//! (`data/gazetteer/`), so "ONU", "UN" and "Naciones Unidas" are one body and "russe" counts as
//! a mention of Russia. Names are written as the article writes them; a place known only through
//! a demonym is written in the article's language. People come from the quote extractor's person
//! registry (names with honorifics, roles, appositions, first names) plus every speaker.

use crate::analyze::quotes::lexicon::HashMap;
use crate::analyze::quotes::lexicon::HashSet;
use crate::analyze::quotes::tokens::{tokenize, Token};
use crate::analyze::wordfilter::WordFilter;
use crate::fold::fold;
use crate::model::Entities;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("../../data/gazetteer/countries.txt");
const CITIES: &str = include_str!("../../data/gazetteer/cities.txt");
const ORGS: &str = include_str!("../../data/gazetteer/organizations.txt");

const LANGS: [&str; 4] = ["en", "fr", "es", "de"];

/// Whether a gazetteer entry is a place or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Place,
    Org,
}

#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    /// Acronyms ("UN", "ONU") must match case-sensitively: "un" is a French article.
    exact: Option<String>,
    entry: usize,
}

/// One place or organisation with its display names per language.
#[derive(Debug)]
pub struct Entry {
    /// Stable key from the data file ("RU", "NATO"), used by topic rules ("place:RU").
    pub key: String,
    pub kind: EntityKind,
    /// First name in each of en, fr, es, de.
    names: [String; 4],
    /// For cities: the country key.
    pub country: Option<String>,
    /// The country's entry index, resolved once at load: cities are hit often, and a search by
    /// key per hit was a visible share of entity extraction.
    country_entry: Option<usize>,
}

impl Entry {
    /// The entry's usual name in `lang` (English when the language is not covered).
    pub fn name_in(&self, lang: &str) -> &str {
        let i = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
        if self.names[i].is_empty() {
            &self.names[0]
        } else {
            &self.names[i]
        }
    }
}

/// A gazetteer hit in a token stream.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub len: usize,
    pub entry: usize,
}

/// The loaded gazetteers.
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    by_first: HashMap<String, Vec<Phrase>>,
    demonyms: HashMap<String, usize>,
    /// Folded country names in every language, for genitives such as "Chinas".
    country_names: HashMap<String, usize>,
    /// First words of names and demonyms: a quick "no" for most words (see [`WordFilter`]).
    first_filter: WordFilter,
    demonym_filter: WordFilter,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// The shared gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

fn words_of(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| t.folded.to_string())
        .collect()
}

fn demonym_forms(lang: &str, base: &str) -> Vec<String> {
    let b = fold(base);
    let mut v = vec![b.clone()];
    match lang {
        "en" => v.push(format!("{b}s")),
        "fr" => {
            for suf in ["s", "e", "es", "ne", "nes"] {
                v.push(format!("{b}{suf}"));
            }
        }
        "es" => {
            if let Some(stem) = b.strip_suffix('o') {
                for suf in ["a", "os", "as"] {
                    v.push(format!("{stem}{suf}"));
                }
            } else if b.ends_with('e') || b.ends_with('a') {
                v.push(format!("{b}s"));
            } else {
                for suf in ["a", "es", "as"] {
                    v.push(format!("{b}{suf}"));
                }
            }
        }
        "de" => {
            for suf in ["e", "en", "er", "es", "em"] {
                v.push(format!("{b}{suf}"));
            }
            // German names people by a noun of its own ("die Finnin", "der Amerikaner", "die
            // Briten"), built on the stem of the "-isch" adjective. Short stems take only the
            // "-er" nouns ("der Inder"): "irisch" would make the English word "ire" a nationality.
            if let Some(stem) = b.strip_suffix("isch") {
                let nouns: &[&str] = if stem.chars().count() < 4 {
                    &["er", "erin", "erinnen"]
                } else {
                    &[
                        "er", "erin", "erinnen", "ier", "ierin", "e", "en", "in", "innen",
                    ]
                };
                for suf in nouns {
                    v.push(format!("{stem}{suf}"));
                }
            }
        }
        _ => {}
    }
    v
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            entries: Vec::new(),
            by_first: HashMap::default(),
            demonyms: HashMap::default(),
            country_names: HashMap::default(),
            first_filter: WordFilter::new(),
            demonym_filter: WordFilter::new(),
        };
        let lines = |text: &'static str| {
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(|l| l.split('|').map(str::trim).collect::<Vec<_>>())
        };
        for f in lines(COUNTRIES) {
            if f.len() < 5 {
                continue;
            }
            let id = g.add_entry(f[0], EntityKind::Place, &f[1..5], None);
            for name in f[1..5].iter().flat_map(|l| l.split(',')) {
                g.country_names.entry(fold(name.trim())).or_insert(id);
            }
            for (li, lang) in LANGS.iter().enumerate() {
                if let Some(dems) = f.get(5 + li) {
                    for d in dems.split(',').filter(|d| !d.is_empty()) {
                        for form in demonym_forms(lang, d) {
                            g.demonyms.entry(form).or_insert(id);
                        }
                    }
                }
            }
        }
        for f in lines(CITIES) {
            if f.len() < 5 {
                continue;
            }
            let key = format!("city:{}", f[1]);
            g.add_entry(&key, EntityKind::Place, &f[1..5], Some(f[0].to_string()));
        }
        for f in lines(ORGS) {
            if f.len() < 5 {
                continue;
            }
            g.add_entry(f[0], EntityKind::Org, &f[1..5], None);
        }
        for v in g.by_first.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        g.first_filter = g.by_first.keys().map(String::as_str).collect();
        g.demonym_filter = g.demonyms.keys().map(String::as_str).collect();
        for i in 0..g.entries.len() {
            let c = g.entries[i]
                .country
                .as_ref()
                .and_then(|k| g.entries.iter().position(|x| x.key == *k));
            g.entries[i].country_entry = c;
        }
        g
    }

    fn add_entry(
        &mut self,
        key: &str,
        kind: EntityKind,
        langs: &[&str],
        country: Option<String>,
    ) -> usize {
        let id = self.entries.len();
        let mut names: [String; 4] = Default::default();
        for (i, l) in langs.iter().enumerate().take(4) {
            names[i] = l.split(',').next().unwrap_or("").trim().to_string();
            for name in l.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                let words = words_of(name);
                if words.is_empty() {
                    continue;
                }
                let acronym = name.chars().filter(|c| c.is_alphabetic()).count() <= 6
                    && name
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                let exact = acronym.then(|| name.replace('.', ""));
                let list = self.by_first.entry(words[0].clone()).or_default();
                if !list.iter().any(|p| p.words == words && p.entry == id) {
                    list.push(Phrase {
                        words,
                        exact,
                        entry: id,
                    });
                }
            }
        }
        self.entries.push(Entry {
            key: key.to_string(),
            kind,
            names,
            country,
            country_entry: None,
        });
        id
    }

    /// Longest gazetteer name starting at word token `i` (`words` are the word tokens of one
    /// paragraph).
    pub fn match_at(&self, text: &str, words: &[&Token], i: usize) -> Option<Hit> {
        let t = words[i];
        if !self.first_filter.may_contain(&t.folded) {
            return None;
        }
        let cands = self.by_first.get(t.folded.as_str())?;
        for p in cands {
            let n = p.words.len();
            if i + n > words.len() {
                continue;
            }
            if !p
                .words
                .iter()
                .zip(&words[i..i + n])
                .all(|(a, b)| b.folded == *a)
            {
                continue;
            }
            // Words of a multiword name must be adjacent (no punctuation in between).
            if n > 1 && !adjacent(text, &words[i..i + n]) {
                continue;
            }
            match &p.exact {
                Some(ex) => {
                    if !t.text(text).bytes().filter(|&b| b != b'.').eq(ex.bytes()) {
                        continue;
                    }
                }
                None => {
                    if !t.cap
                        && !self.entries[p.entry]
                            .names
                            .iter()
                            .any(|nm| nm.starts_with(|c: char| c.is_lowercase()))
                    {
                        continue;
                    }
                }
            }
            return Some(Hit {
                len: n,
                entry: p.entry,
            });
        }
        None
    }

    /// A country by its folded name in any language.
    pub fn place_by_name(&self, folded: &str) -> Option<usize> {
        self.country_names.get(folded).copied()
    }

    /// The country a demonym or nationality adjective points to ("russe", "Russian").
    pub fn demonym(&self, folded: &str) -> Option<usize> {
        if !self.demonym_filter.may_contain(folded) {
            return None;
        }
        self.demonyms.get(folded).copied()
    }

    /// Country entry for an entry (itself for countries, the country for cities).
    pub fn country_of(&self, entry: usize) -> Option<usize> {
        let e = &self.entries[entry];
        match e.kind {
            EntityKind::Org => None,
            EntityKind::Place => match &e.country {
                None => Some(entry),
                Some(_) => e.country_entry,
            },
        }
    }
}

fn adjacent(text: &str, toks: &[&Token]) -> bool {
    toks.windows(2).all(|w| {
        let gap = &text[w[0].end..w[1].start];
        gap.chars()
            .all(|c| c.is_whitespace() || c == '\'' || c == '’')
    })
}

/// Places and organisations found in the paragraphs, with the gazetteer keys that were seen
/// (used by topic rules).
#[derive(Debug, Default, Clone)]
pub struct Found {
    pub places: Vec<String>,
    pub organizations: Vec<String>,
    pub keys: HashSet<String>,
}

/// Gazetteer pass over the body: names as written, demonyms mapped to their country.
pub fn find_places_orgs(paragraphs: &[String], lang: &str) -> Found {
    let toks: Vec<Vec<Token>> = paragraphs.iter().map(|p| tokenize(p)).collect();
    find_places_orgs_tokenized(paragraphs, &toks, lang)
}

/// [`find_places_orgs`] over paragraphs already tokenised (shared with the quote extractor).
pub fn find_places_orgs_tokenized(paragraphs: &[String], toks: &[Vec<Token>], lang: &str) -> Found {
    let g = gazetteer();
    let mut found = Found::default();
    let mut seen_entry: HashMap<usize, usize> = HashMap::default(); // entry -> index in list
    let mut via_demonym: Vec<usize> = Vec::new();
    let mut words: Vec<&Token> = Vec::new();
    // A key ("place:RU", "org:NATO") is a function of the entry: it is formatted once per
    // article, not once per hit.
    let mut keyed: crate::analyze::quotes::lexicon::HashSet<usize> = Default::default();
    let mut add_key = |keys: &mut HashSet<String>, entry: usize| {
        if keyed.insert(entry) {
            let e = &g.entries[entry];
            let kind = if e.kind == EntityKind::Org {
                "org"
            } else {
                "place"
            };
            keys.insert(format!("{kind}:{}", e.key));
        }
    };
    for (p, toks) in paragraphs.iter().zip(toks) {
        words.clear();
        words.extend(toks.iter().filter(|t| t.is_word()));
        let mut i = 0;
        while i < words.len() {
            if let Some(hit) = g.match_at(p, &words, i) {
                let e = &g.entries[hit.entry];
                let written = || p[words[i].start..words[i + hit.len - 1].end].to_string();
                add_key(&mut found.keys, hit.entry);
                if let Some(c) = g.country_of(hit.entry) {
                    add_key(&mut found.keys, c);
                }
                if let std::collections::hash_map::Entry::Vacant(v) = seen_entry.entry(hit.entry) {
                    let list = if e.kind == EntityKind::Org {
                        &mut found.organizations
                    } else {
                        &mut found.places
                    };
                    v.insert(list.len());
                    list.push(written());
                } else if e.kind == EntityKind::Place && via_demonym.contains(&hit.entry) {
                    // The article names the country itself: use its spelling.
                    let idx = seen_entry[&hit.entry];
                    found.places[idx] = written();
                    via_demonym.retain(|x| *x != hit.entry);
                }
                i += hit.len;
                continue;
            }
            if let Some(c) = g.demonym(&words[i].folded) {
                let e = &g.entries[c];
                add_key(&mut found.keys, c);
                if !e.key.ends_with('_') && !seen_entry.contains_key(&c) {
                    seen_entry.insert(c, found.places.len());
                    found.places.push(e.name_in(lang).to_string());
                    via_demonym.push(c);
                }
            }
            i += 1;
        }
    }
    found
}

/// Builds the `entities` field: people from the quote extractor, places and organisations from
/// the gazetteers.
pub fn extract(
    paragraphs: &[String],
    lang: &str,
    people: &[String],
) -> (Entities, HashSet<String>) {
    let toks: Vec<Vec<Token>> = paragraphs.iter().map(|p| tokenize(p)).collect();
    extract_tokenized(paragraphs, &toks, lang, people)
}

/// [`extract`] over paragraphs already tokenised (shared with the quote extractor).
pub fn extract_tokenized(
    paragraphs: &[String],
    toks: &[Vec<Token>],
    lang: &str,
    people: &[String],
) -> (Entities, HashSet<String>) {
    let found = find_places_orgs_tokenized(paragraphs, toks, lang);
    let mut seen = HashSet::default();
    let people: Vec<String> = people
        .iter()
        .filter(|p| seen.insert(fold(p)))
        .cloned()
        .collect();
    (
        Entities {
            people,
            places: found.places,
            organizations: found.organizations,
        },
        found.keys,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteers_load() {
        let g = gazetteer();
        assert!(g.entries.len() > 150, "{}", g.entries.len());
        assert!(g.demonym("russe").is_some());
        assert!(g.demonym("russischen").is_some());
        assert!(g.demonym("argentina").is_some());
    }

    #[test]
    fn gazetteer_covers_the_un_members() {
        let g = gazetteer();
        let key = |i: usize| g.entries[i].key.as_str();
        let countries = g
            .entries
            .iter()
            .filter(|e| e.kind == EntityKind::Place && e.country.is_none())
            .count();
        // 193 UN members, observers, territories and a few regions: a truncated file fails here.
        assert!(countries >= 210, "{countries}");
        for k in [
            "TD", "TO", "VA", "XK", "EH", "SS", "FM", "KN", "NR", "PG", "NC", "PR",
        ] {
            assert!(g.entries.iter().any(|e| e.key == k), "{k}");
        }
        assert_eq!(g.demonym("tchadien").map(key), Some("TD"));
        assert_eq!(g.demonym("tchadiennes").map(key), Some("TD"));
        assert_eq!(g.demonym("tongan").map(key), Some("TO"));
        assert_eq!(g.demonym("tongaische").map(key), Some("TO"));
        assert_eq!(g.place_by_name("tonga").map(key), Some("TO"));
        let f = find_places_orgs(
            &["La réunion s'est tenue à N'Djamena, entre le Tchad, la Guinée-Bissau, la Guinée et les îles Salomon.".to_string()],
            "fr",
        );
        assert_eq!(
            f.places,
            [
                "N'Djamena",
                "Tchad",
                "Guinée-Bissau",
                "Guinée",
                "îles Salomon"
            ]
        );
        for k in ["place:TD", "place:GW", "place:GN", "place:SB"] {
            assert!(f.keys.contains(k), "{k}");
        }
        // The first-name list grew alongside; its regional sections come before the East Asian
        // family names, whose comment line switches the surname flag on.
        use crate::analyze::quotes::lexicon::{lexicon, Gender};
        let lx = lexicon();
        assert_eq!(lx.first_name("ibrahima"), Some(Gender::M));
        assert_eq!(lx.first_name("levan"), Some(Gender::M));
        assert_eq!(lx.first_name("ngozi"), Some(Gender::F));
        assert_eq!(lx.first_name("sanae"), Some(Gender::F));
        assert_eq!(lx.first_name("dana"), Some(Gender::Unknown));
        assert_eq!(lx.first_name("ante"), None);
        assert!(!lx.is_east_asian_surname("jinping"));
        assert!(lx.is_east_asian_surname("xi"));
    }

    #[test]
    fn places_and_orgs_as_written() {
        let paras = vec![
            "Le ministre russe Sergueï Lavrov a rencontré à Reykjavik son homologue des Etats-Unis en marge du Conseil de l'Arctique et de l'ONU.".to_string(),
            "La Russie un jour.".to_string(),
        ];
        let f = find_places_orgs(&paras, "fr");
        assert_eq!(f.places, ["Russie", "Reykjavik", "Etats-Unis"]);
        assert_eq!(f.organizations, ["Conseil de l'Arctique", "ONU"]);
        assert!(f.keys.contains("org:ARC"));
    }

    #[test]
    fn acronyms_are_case_sensitive() {
        let f = find_places_orgs(&["Il y a un accord à l'ONU et un autre.".to_string()], "fr");
        assert_eq!(f.organizations, ["ONU"]);
    }
}
