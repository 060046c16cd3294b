//! The header lines of a dump that carry metadata: datelines and bylines
//! (`Par Jean Dupont, AFP | Publié le 3 mars 2023 à 14h02 | Mis à jour le …`,
//! `Xinhua | 21.05.2021 08h19`, `Von Anna Schmidt, dpa`), bare date lines, "updated" lines,
//! breadcrumbs (`Accueil > Monde > Europe`) and credit lines (`(Rédacteurs : A, B)`).
//! Dates are kept as printed; `analyze::dates` normalises them later.

use super::lexicon::{self, key, Role};
use crate::analyze::{credit, dates};

/// What one metadata line says. Every field is optional: a line may give only a date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    pub published: Option<String>,
    pub updated: Option<String>,
    pub authors: Vec<String>,
    /// Agency or outlet credited on the line (`, AFP`, `Xinhua |`).
    pub source: Option<String>,
    /// Editors named in a credit segment (`Editor: Zhang Lu`).
    pub editors: Vec<String>,
    /// The line is a byline (names the writers), not only a date.
    pub byline: bool,
}

impl Meta {
    /// Gives a publication date or names the writers: the anchor of an article header.
    pub fn is_dateline(&self) -> bool {
        self.published.is_some() || self.byline
    }
}

/// Longest line read as metadata; longer lines are prose.
const MAX_META: usize = 250;

/// Strips a prefix from `lexicon`-style keyword lists, matching case-insensitively on whole
/// words, and returns the rest of the original text.
fn strip_keyword<'a>(s: &'a str, keywords: &[&str]) -> Option<&'a str> {
    let lower = s.to_lowercase();
    let mut best: Option<usize> = None;
    for kw in keywords {
        if let Some(rest) = lower.strip_prefix(kw) {
            if rest.is_empty() || !rest.starts_with(char::is_alphanumeric) {
                let n = kw.chars().count();
                if best.is_none_or(|b| n > b) {
                    best = Some(n);
                }
            }
        }
    }
    let n = best?;
    let byte = s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len());
    Some(s[byte..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | ',')))
}

/// Whether a word may stand in a person's name: capitalised, or a particle ("de", "van").
fn name_word(w: &str) -> bool {
    let first = w.chars().next();
    first.is_some_and(char::is_uppercase) || lexicon::NAME_PARTICLES.contains(&w)
}

/// A person's name as printed in credits: 2–5 words, capitalised, no digits. One-word
/// "names" in credits are desks or outlets (`ARD-Hauptstadtstudio`), not people.
pub fn clean_name(raw: &str) -> Option<String> {
    let name: String = raw
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let name = name.trim_matches(|c: char| {
        matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '-' | '—' | '–' | ' ')
    });
    let words: Vec<&str> = name.split(' ').collect();
    let ok = !name.is_empty()
        && (2..=5).contains(&words.len())
        && name.chars().count() <= 60
        && !name.chars().any(|c| c.is_ascii_digit())
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| name_word(w));
    ok.then(|| name.to_string())
}

/// Splits "A, B et C" / "A y B" / "A und B" into names; `None` if any part is not a name.
fn split_names(s: &str) -> Option<Vec<String>> {
    let mut s = s.to_string();
    for j in lexicon::NAME_JOINERS {
        s = s.replace(j, ",");
    }
    let names: Option<Vec<String>> = s
        .split([',', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(clean_name)
        .collect();
    names.filter(|n| !n.is_empty())
}

/// Parses a credit line into (role, name) pairs. Accepts `(Rédacteurs :A, B)`,
/// `Edited by A and B`, `Redacción: A`, `(Reporting by A in Moscow; Editing by B)`.
pub fn credit_line(line: &str) -> Option<Vec<(Role, String)>> {
    let t = line.trim();
    if t.chars().count() > 200 {
        return None;
    }
    let inner = t
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']', '.'])
        .trim();
    let mut out = Vec::new();
    for clause in inner.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        let lower = clause.to_lowercase();
        let (role, rest) = lexicon::CREDIT_ROLES
            .iter()
            .filter_map(|(kw, role)| {
                let rest = lower.strip_prefix(kw)?;
                let by_form = kw.ends_with(" by")
                    || kw.ends_with(" par")
                    || kw.ends_with(" por")
                    || kw.ends_with(" von")
                    || kw.ends_with(" de");
                if by_form && rest.starts_with(' ') {
                    return Some((kw.chars().count(), *role));
                }
                // The colon may follow the role or one or two qualifiers (`Editor web:`).
                let colon = rest.find([':', '：'])?;
                let qualifiers = &rest[..colon];
                let ok = (rest.is_empty() || !rest.starts_with(char::is_alphanumeric))
                    && qualifiers.split_whitespace().count() <= 2
                    && qualifiers
                        .chars()
                        .all(|c| c.is_lowercase() || c.is_whitespace());
                ok.then(|| {
                    (
                        kw.chars().count() + rest[..colon].chars().count() + 1,
                        *role,
                    )
                })
            })
            .max_by_key(|(n, _)| *n)
            .map(|(n, role)| {
                let byte = clause
                    .char_indices()
                    .nth(n)
                    .map(|(i, _)| i)
                    .unwrap_or(clause.len());
                (
                    role,
                    clause[byte..]
                        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：')),
                )
            })?;
        // "Reporting by Jane Doe in Moscow": the place is not part of the name.
        let rest = match rest.find(" in ") {
            Some(i) if role == Role::Author => &rest[..i],
            _ => rest,
        };
        for name in split_names(rest)? {
            out.push((role, name));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A byline segment (`Par A et B, AFP`, `By A`, `Von A, dpa`): names and a trailing agency.
fn byline(seg: &str) -> Option<(Vec<String>, Option<String>)> {
    if seg.chars().count() > 150 {
        return None;
    }
    let rest = strip_keyword(seg, lexicon::BYLINE_WORDS)?;
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if let Some(c) = credit::canonical(rest) {
        return Some((Vec::new(), Some(c.to_string())));
    }
    // `A et B, AFP`, `A, ARD-Hauptstadtstudio`, `A, envoyé spécial à Kiev`: names first, then
    // an agency or desk (one word) or a role, which is dropped.
    let mut parts = rest.split(',').map(str::trim).filter(|p| !p.is_empty());
    let mut names = split_names(without_place(parts.next()?))?;
    let mut agency = None;
    for part in parts {
        if let Some(c) = credit::canonical(part) {
            agency = Some(c.to_string());
        } else if part.split_whitespace().count() == 1 && part.starts_with(char::is_uppercase) {
            agency.get_or_insert_with(|| part.to_string());
        } else if let Some(more) = split_names(part) {
            names.extend(more);
        }
    }
    Some((names, agency))
}

/// `Losana Tuivaga in New York`, `Ana Ruiz desde Bogotá`: the names, without where the
/// reporter filed from (one to three capitalised words after the preposition).
fn without_place(names: &str) -> &str {
    for prep in [" in ", " à ", " en ", " desde ", " aus ", " from "] {
        if let Some(i) = names.rfind(prep) {
            let place = &names[i + prep.len()..];
            let words = place.split_whitespace().count();
            if (1..=3).contains(&words) && place.starts_with(char::is_uppercase) {
                return &names[..i];
            }
        }
    }
    names
}

/// Parses a dateline/byline/date line. `None` when any part of the line is something else,
/// so body sentences that mention a date are never taken for metadata.
pub fn parse_meta(line: &str) -> Option<Meta> {
    if line.chars().count() > MAX_META {
        return None;
    }
    #[derive(PartialEq)]
    enum Last {
        Published,
        Updated,
        Other,
    }
    let mut meta = Meta::default();
    let mut date_parts: Vec<&str> = Vec::new();
    let mut names: Vec<(usize, &str)> = Vec::new();
    let mut last = Last::Other;
    let line = split_before_date_keywords(line);
    // `Bruselas - 18 jul 2023 - 23:30 CEST`: dash-separated lines name a place, not an outlet.
    let dashed = line.contains(" - ") || line.contains(" — ") || line.contains(" – ");
    let segments = line
        .split(['|', '·', '•', '│', '(', ')'])
        .flat_map(|s| {
            s.split(" - ")
                .flat_map(|s| s.split(" — "))
                .flat_map(|s| s.split(" – "))
        })
        .map(str::trim)
        .filter(|s| !s.is_empty());
    for (n, seg) in segments.enumerate() {
        if let Some(rest) = strip_keyword(seg, lexicon::UPDATED).filter(|r| dates::is_date_only(r))
        {
            meta.updated.get_or_insert_with(|| rest.to_string());
            last = Last::Updated;
        } else if let Some(rest) =
            strip_keyword(seg, lexicon::PUBLISHED).filter(|r| dates::is_date_only(r))
        {
            meta.published.get_or_insert_with(|| rest.to_string());
            last = Last::Published;
        } else if let Some(seg) = date_segment(seg) {
            // `Actualizado: 18 jul 2023 | 21:10 CEST`: a bare time continues the date before it.
            match last {
                Last::Updated => append(&mut meta.updated, seg),
                Last::Published => append(&mut meta.published, seg),
                Last::Other => date_parts.push(seg),
            }
        } else if let Some((authors, agency)) = byline(seg) {
            meta.byline = true;
            meta.authors.extend(authors);
            if agency.is_some() {
                meta.source = agency;
            }
            last = Last::Other;
        } else if let Some(credits) = credit_line(seg) {
            for (role, name) in credits {
                match role {
                    Role::Editor => meta.editors.push(name),
                    Role::Author => meta.authors.push(name),
                }
            }
            last = Last::Other;
        } else if let Some(rest) = strip_keyword(seg, &["source", "sources", "fuente", "quelle"]) {
            let named = credit::canonical(rest).map(str::to_string);
            meta.source = named.or_else(|| is_short_name(rest).then(|| rest.to_string()));
            meta.source.as_ref()?;
            last = Last::Other;
        } else if is_short_name(seg) {
            names.push((n, seg));
            last = Last::Other;
        } else if lexicon::CREDIT_ROLES
            .iter()
            .any(|(kw, _)| key(seg).starts_with(&format!("{kw}:")))
        {
            // A credit whose names are not printed as names (`Editor: huaxia`): skip it.
            last = Last::Other;
        } else {
            return None;
        }
    }
    if !date_parts.is_empty() && meta.published.is_none() {
        meta.published = Some(date_parts.join(" "));
    }
    let found = meta.published.is_some() || meta.updated.is_some() || meta.byline;
    if !found || names.len() > 1 {
        return None;
    }
    if let Some(&(n, name)) = names.first() {
        // `Xinhua | 21.05.2021`: a name opening a date line is the outlet; one after the date
        // is more likely the place (`21.05.2025 | Bruxelles`).
        if let Some(c) = credit::canonical(name) {
            meta.source = Some(c.to_string());
        } else if n == 0 && !dashed && meta.source.is_none() {
            meta.source = Some(name.to_string());
        }
    }
    Some(meta)
}

/// The date a segment gives: all of it, or what follows a place written before it
/// (`Quito, 5 de noviembre de 2025`).
fn date_segment(seg: &str) -> Option<&str> {
    if dates::is_date_only(seg) {
        return Some(seg);
    }
    let (place, rest) = seg.split_once(", ")?;
    (is_short_name(place) && dates::is_date_only(rest)).then_some(rest)
}

/// `Publié le 3 mars 2023 à 14h02, modifié le …`: a comma before an update or publication
/// keyword separates two dates (other commas belong to the date, as in `March 3, 2023`).
fn split_before_date_keywords(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(", ") {
        let after = &rest[i + 2..];
        let lower = after.to_lowercase();
        let keyword = lexicon::UPDATED
            .iter()
            .chain(lexicon::PUBLISHED)
            .any(|k| lower.starts_with(k));
        out.push_str(&rest[..i]);
        out.push_str(if keyword { " | " } else { ", " });
        rest = after;
    }
    out.push_str(rest);
    out
}

fn append(target: &mut Option<String>, more: &str) {
    if let Some(t) = target {
        t.push(' ');
        t.push_str(more);
    }
}

/// A short capitalised name without digits or sentence punctuation (`Xinhua`, `Le Monde`).
fn is_short_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=4).contains(&words)
        && s.chars().count() <= 40
        && s.chars().next().is_some_and(char::is_uppercase)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | '«' | '"'))
}

/// The last crumb of a breadcrumb trail (`Page d'accueil>>International`,
/// `Accueil > Monde > Europe`, `Startseite › Politik › Ausland`).
pub fn breadcrumb(line: &str) -> Option<String> {
    if line.chars().count() > 200 {
        return None;
    }
    // Bars are absent on purpose: `Inicio | China | Mundo | …` is a menu, not a trail.
    const STRONG: &[&str] = &[">>", "»", "›", ">", "→", "/", "\\"];
    for sep in STRONG {
        if !line.contains(sep) {
            continue;
        }
        let parts: Vec<&str> = line
            .split(sep)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() < 2 || parts.len() > 6 {
            continue;
        }
        let crumb_ok = |p: &&str| {
            p.chars().count() <= 40
                && p.split_whitespace().count() <= 5
                && p.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && !p.ends_with(['.', '?', '!', ':'])
                && !p.contains(['«', '"', '“', '„', '>', '<'])
        };
        if !parts.iter().all(crumb_ok) {
            continue;
        }
        let home = lexicon::HOME_CRUMBS.contains(&key(parts[0]).as_str());
        let arrow = matches!(*sep, ">>" | "›" | ">" | "→" | "»");
        let widgets = parts[1..]
            .iter()
            .all(|p| lexicon::WIDGETS.contains(&key(p).as_str()));
        if (home || arrow) && !widgets {
            return parts.last().map(|p| p.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn afp_byline_with_dates() {
        let m = parse_meta("Par Julien Mercier et Sophie Laval, AFP | Publié le 27 décembre 2021 à 11h45 | Mis à jour le 27 décembre 2021 à 18h20").unwrap();
        assert_eq!(m.authors, vec!["Julien Mercier", "Sophie Laval"]);
        assert_eq!(m.source.as_deref(), Some("AFP"));
        assert_eq!(m.published.as_deref(), Some("le 27 décembre 2021 à 11h45"));
        assert_eq!(m.updated.as_deref(), Some("le 27 décembre 2021 à 18h20"));
    }

    #[test]
    fn place_before_the_date_and_british_dotted_times() {
        let m = parse_meta("Quito, 5 de noviembre de 2025 - 19:45").unwrap();
        assert_eq!(m.published.as_deref(), Some("5 de noviembre de 2025 19:45"));
        assert_eq!(m.source, None);
        let m =
            parse_meta("19 September 2025, 8.30am · Updated 19 September 2025, 11.05am").unwrap();
        assert_eq!(
            dates::normalize(m.published.as_deref().unwrap()).as_deref(),
            Some("2025-09-19T08:30")
        );
        assert_eq!(
            dates::normalize(m.updated.as_deref().unwrap()).as_deref(),
            Some("2025-09-19T11:05")
        );
        let m = parse_meta("By Losana Tuivaga in New York").unwrap();
        assert_eq!(m.authors, ["Losana Tuivaga"]);
        // A sentence with a comma is still prose.
        assert_eq!(parse_meta("Officials said, on 5 May 2025, nothing."), None);
    }

    #[test]
    fn agency_bar_dateline() {
        let m = parse_meta("Xinhua | 21.05.2021 08h19").unwrap();
        assert_eq!(m.source.as_deref(), Some("Xinhua"));
        assert_eq!(m.published.as_deref(), Some("21.05.2021 08h19"));
    }

    #[test]
    fn efe_split_date_and_time() {
        let m = parse_meta("Por María Cabrera | 18 jul 2023 | 19:45 CEST").unwrap();
        assert_eq!(m.authors, vec!["María Cabrera"]);
        assert_eq!(m.published.as_deref(), Some("18 jul 2023 19:45 CEST"));
    }

    #[test]
    fn updated_only_line() {
        let m = parse_meta("Dernière mise à jour à 09h05 le 21/05").unwrap();
        assert_eq!(m.updated.as_deref(), Some("à 09h05 le 21/05"));
        assert!(!m.is_dateline());
    }

    #[test]
    fn sentences_are_not_meta() {
        assert_eq!(
            parse_meta("Russia hands over Arctic Council chairmanship to Norway"),
            None
        );
        assert_eq!(
            parse_meta("By the end of March 3, 2023 nothing had changed."),
            None
        );
    }

    #[test]
    fn credit_lines() {
        let c = credit_line("(Rédacteurs :Ying\u{a0}Xie, Yishuang\u{a0}Liu)").unwrap();
        assert_eq!(
            c,
            vec![
                (Role::Editor, "Ying Xie".into()),
                (Role::Editor, "Yishuang Liu".into())
            ]
        );
        let c = credit_line("(Reporting by Jane Doe in Moscow; Editing by Tom Smith and Ann Lee)")
            .unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!(c[0], (Role::Author, "Jane Doe".into()));
        assert_eq!(
            credit_line("Editors at the newspaper said it was false."),
            None
        );
    }

    #[test]
    fn breadcrumbs() {
        assert_eq!(
            breadcrumb("Page d'accueil>>International").as_deref(),
            Some("International")
        );
        assert_eq!(
            breadcrumb("Accueil > Monde > Europe").as_deref(),
            Some("Europe")
        );
        assert_eq!(
            breadcrumb("Startseite › Politik › Ausland").as_deref(),
            Some("Ausland")
        );
        assert_eq!(breadcrumb("Facebook | Twitter | LinkedIn"), None);
        assert_eq!(breadcrumb("cr/jca/ob"), None);
    }
}
