//! Plain-text page dumps (a browser's select-all + copy of a news page).
//!
//! A dump is the article surrounded by everything else the page showed: menus, cookie notices,
//! share buttons, "read also" boxes, comment forms, footers. The reader works in four steps:
//!
//! 1. [`units`]: lines become units, re-joining hard-wrapped paragraphs;
//! 2. [`classify`]: each unit is typed (chrome kinds from keyword tables, metadata lines,
//!    breadcrumbs, captions, or plain text);
//! 3. the body is the densest run of prose paragraphs, starting at an agency dateline when
//!    there is one and ending at the first tags / comments / credit / copyright line;
//! 4. the header before the body gives the title (next to the dateline or byline cluster),
//!    section, dates, authors and source; credit lines after it give the editors.
//!
//! Every rule is about shape (length, punctuation, position, link-list layout) or a keyword
//! table per language, so new outlets work without outlet-specific code.

mod classify;
mod lexicon;
mod meta;
mod units;

use super::Document;
use crate::analyze::credit;
use crate::model::Format;
use classify::{is_prose, word_count, Kind};
use lexicon::{key, Role};
use meta::Meta;
use std::collections::HashMap;
use units::{ends_sentence, Unit};

/// Units of page chrome tolerated between two body paragraphs (a "read also" box, a photo)
/// before the body is considered over.
const MAX_GAP: usize = 10;

/// The dump, cut into typed units.
struct Page {
    units: Vec<Unit>,
    kinds: Vec<Kind>,
    /// Unit is running text that may belong to the body.
    prose: Vec<bool>,
    /// How often each (folded) unit text occurs: navigation repeats, titles do not.
    repeats: HashMap<String, usize>,
}

/// Reads a page dump: title, dateline, section, credits and the body without page chrome.
pub fn read(path: &str, text: &str) -> Document {
    let page = Page::new(text);
    let start = page.body_start();
    let (body, body_end) = match start {
        Some(s) => page.body_from(s),
        None => (Vec::new(), page.units.len()),
    };
    let header_end = start.unwrap_or(page.units.len());
    let head = page.header(header_end);
    let outside = |i: usize| i < header_end || i >= body_end;

    let metas_outside: Vec<&Meta> = (0..page.units.len())
        .filter(|&i| outside(i))
        .filter_map(|i| page.meta(i))
        .collect();
    let first_para = body.first().map(|&i| page.units[i].text.as_str());

    let published = head
        .published
        .clone()
        .or_else(|| metas_outside.iter().find_map(|m| m.published.clone()))
        .or_else(|| first_para.and_then(dateline_date));
    let updated = head
        .updated
        .clone()
        .or_else(|| metas_outside.iter().find_map(|m| m.updated.clone()));
    // A page that prints only its update time (`Stand: …`, `Updated …`) was published no later
    // than that: the update is the best publication date there is.
    let published = published.or_else(|| updated.clone());

    let mut authors = head.authors.clone();
    let mut editors = Vec::new();
    for m in &metas_outside {
        for name in &m.editors {
            push_unique(&mut editors, name);
        }
    }
    for i in (0..page.units.len()).filter(|&i| outside(i)) {
        if let Kind::Credit(credits) = &page.kinds[i] {
            for (role, name) in credits {
                match role {
                    Role::Editor => push_unique(&mut editors, name),
                    Role::Author if head.authors.is_empty() => push_unique(&mut authors, name),
                    Role::Author => {}
                }
            }
        }
    }

    // Sentences above the body (a standfirst, "Déclarations de la porte-parole, Mme …"): menus
    // and buttons are a few words, and the title is already the title.
    let lead = (0..header_end)
        .filter(|&i| matches!(page.kinds[i], Kind::Text | Kind::Meta(_)))
        .map(|i| page.units[i].text.as_str())
        .filter(|t| head.title.as_deref() != Some(*t) && word_count(t) >= 5)
        .map(str::to_string)
        .collect();

    let source = first_para
        .and_then(credit::dateline_source)
        .or_else(|| head.source.clone())
        .or_else(|| page.source_line(&outside))
        .or_else(|| page.site_name())
        .or_else(|| page.copyright_outlet());

    Document {
        path: path.to_string(),
        format: Format::Text,
        title: head.title,
        source,
        section: head.section,
        published,
        updated,
        authors,
        editors,
        paragraphs: body.iter().map(|&i| page.units[i].text.clone()).collect(),
        lead,
        ..Default::default()
    }
}

fn push_unique(list: &mut Vec<String>, name: &str) {
    if !list.iter().any(|n| n == name) {
        list.push(name.to_string());
    }
}

/// The date printed in an opening dateline (`Bruselas, 18 jul 2023 (EFE).-`), kept as printed.
fn dateline_date(paragraph: &str) -> Option<String> {
    let head: String = paragraph.chars().take(80).collect();
    let cut = head.find(['(', '/']).unwrap_or(head.len());
    let (_, date) = head[..cut].split_once(',')?;
    let date = date.trim().trim_end_matches('.');
    let parts = crate::analyze::dates::parse(date)?;
    (parts.day.is_some() && parts.other_words == 0).then(|| date.to_string())
}

/// What the header (everything above the body) says.
#[derive(Default)]
struct Header {
    title: Option<String>,
    section: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    authors: Vec<String>,
    source: Option<String>,
}

impl Page {
    fn new(text: &str) -> Page {
        let units = units::build(text, classify::is_standalone);
        let mut kinds: Vec<Kind> = units.iter().map(|u| classify::classify(&u.text)).collect();
        let blank_separated = units.last().is_some_and(|u| u.block >= 2);
        for i in 0..units.len() {
            match kinds[i] {
                // The line above a standalone photo credit is its caption.
                Kind::PhotoCredit
                    if i > 0
                        && kinds[i - 1] == Kind::Text
                        && credit::dateline_source(&units[i - 1].text).is_none() =>
                {
                    kinds[i - 1] = Kind::Caption;
                }
                // The lines under a "read also" heading are links, up to the end of its block
                // (or, in a dump without blank lines, up to the next paragraph of prose).
                Kind::Related => {
                    let block = units[i].block;
                    for j in (i + 1..units.len()).take(12) {
                        let same_block = units[j].block == block;
                        let text = &units[j].text;
                        let link_like =
                            matches!(kinds[j], Kind::Text | Kind::Caption) && word_count(text) >= 3;
                        if (blank_separated && !same_block)
                            || (!blank_separated && is_prose(text))
                            || !link_like
                        {
                            break;
                        }
                        kinds[j] = Kind::RelatedInline;
                    }
                }
                _ => {}
            }
        }
        let prose = units
            .iter()
            .zip(&kinds)
            .map(|(u, k)| *k == Kind::Text && is_prose(&u.text))
            .collect();
        let mut repeats = HashMap::new();
        for u in units.iter().filter(|u| u.text.len() <= 300) {
            *repeats.entry(key(&u.text)).or_insert(0) += 1;
        }
        Page {
            units,
            kinds,
            prose,
            repeats,
        }
    }

    fn meta(&self, i: usize) -> Option<&Meta> {
        match &self.kinds[i] {
            Kind::Meta(m) => Some(m),
            _ => None,
        }
    }

    /// First unit of the body: the start of the longest run of prose paragraphs (runs are
    /// broken by end-of-article lines and by long stretches of chrome). Inside that run an
    /// agency dateline marks the first paragraph; otherwise a prose unit directly followed by
    /// a byline or date line is a headline or standfirst, not body.
    fn body_start(&self) -> Option<usize> {
        let mut runs: Vec<(Vec<usize>, usize)> = Vec::new();
        let mut gap = usize::MAX;
        for i in 0..self.units.len() {
            if self.kinds[i].ends_article() {
                gap = usize::MAX;
            } else if self.prose[i] {
                match runs.last_mut() {
                    Some((members, weight)) if gap <= MAX_GAP => {
                        members.push(i);
                        *weight += self.units[i].text.chars().count();
                    }
                    _ => runs.push((vec![i], self.units[i].text.chars().count())),
                }
                gap = 0;
            } else {
                gap = gap.saturating_add(1);
            }
        }
        let (members, _) = runs.into_iter().max_by_key(|(_, w)| *w)?;
        if let Some(&i) = members
            .iter()
            .take(4)
            .find(|&&i| credit::dateline_source(&self.units[i].text).is_some())
        {
            return Some(i);
        }
        for (n, &i) in members.iter().enumerate().take(3) {
            let next = members.get(n + 1).copied().unwrap_or(self.units.len());
            let meta_follows =
                (i + 1..next.min(i + 5)).any(|j| matches!(self.kinds[j], Kind::Meta(_)));
            if !meta_follows || n + 1 == members.len() {
                return Some(i);
            }
        }
        members.get(3).copied()
    }

    /// The body paragraphs from `start`, and the index just past the body. Link lists,
    /// captions and widgets inside the body are skipped; short sentences are kept only when
    /// more prose follows them.
    fn body_from(&self, start: usize) -> (Vec<usize>, usize) {
        let mut body = Vec::new();
        let mut pending = Vec::new();
        let mut gap = 0;
        let mut in_related = false;
        let mut end = self.units.len();
        for i in start..self.units.len() {
            let kind = &self.kinds[i];
            if kind.ends_article() {
                end = i;
                break;
            }
            let text = &self.units[i].text;
            if self.prose[i] {
                body.append(&mut pending);
                body.push(i);
                gap = 0;
                in_related = false;
                continue;
            }
            match kind {
                Kind::Related => in_related = true,
                // A rule before one or two last paragraphs closes the story (`___` then a
                // contribution note); before more it is a break inside the story.
                Kind::Separator if !body.is_empty() && self.prose_ahead(i) <= 2 => {
                    end = i;
                    break;
                }
                Kind::Text
                    if !in_related
                        && self.units[i].block_units == 1
                        && ends_sentence(text)
                        && word_count(text) >= 3 =>
                {
                    pending.push(i);
                }
                _ => {}
            }
            gap += 1;
            if gap > MAX_GAP {
                end = i;
                break;
            }
        }
        let last = body.last().map_or(start, |&i| i + 1);
        (body, end.min(self.units.len()).max(last))
    }

    /// Prose paragraphs after `i` before the article ends.
    fn prose_ahead(&self, i: usize) -> usize {
        (i + 1..self.units.len())
            .take_while(|&j| !self.kinds[j].ends_article())
            .filter(|&j| self.prose[j])
            .count()
    }

    /// Of a headline candidate and the line above it, which is the title: a standfirst
    /// (a full sentence, or much longer than a real headline above it) yields to the line
    /// above; a short kicker above a headline does not.
    fn prefer_upper(&self, candidate: usize) -> usize {
        let Some(up) = candidate.checked_sub(1).filter(|&u| self.headline_like(u)) else {
            return candidate;
        };
        let (c, u) = (&self.units[candidate].text, &self.units[up].text);
        let (wc, wu) = (word_count(c), word_count(u));
        // A short line under a long headline is a byline without its "By" ("Reto Gwerder,
        // Genf") or a label, never the title.
        if (ends_sentence(c) && !ends_sentence(u) && wu >= 3)
            || (wu >= 5 && wc > wu + 3 && !ends_sentence(u))
            || (wc < 5 && wu >= 6 && !ends_sentence(u))
        {
            up
        } else {
            candidate
        }
    }

    /// A unit that could be the headline: a line of a few words to a long sentence, not
    /// chrome, not repeated elsewhere on the page (menus and section names repeat).
    fn headline_like(&self, i: usize) -> bool {
        let t = &self.units[i].text;
        let words = word_count(t);
        let chars = t.chars().count();
        self.kinds[i] == Kind::Text
            && words >= 3
            && (words >= 4 || chars >= 20)
            && chars <= 300
            && !(ends_sentence(t) && words > 30)
            && match self.repeats.get(&key(t)).copied().unwrap_or(0) {
                0 | 1 => true,
                // Once more in a "most read" box: menu items are short, headlines are not.
                2 => words >= 6,
                _ => false,
            }
    }

    /// Steps back from `from` (exclusive) over chrome, returning the first text unit.
    fn text_before(&self, from: usize, skip_meta: bool) -> Option<usize> {
        (0..from).rev().take(6).find(|&j| match &self.kinds[j] {
            Kind::Skip | Kind::Share | Kind::PhotoCredit | Kind::Caption => false,
            Kind::Meta(_) => !skip_meta,
            _ => true,
        })
    }

    fn header(&self, end: usize) -> Header {
        let mut head = Header::default();
        let is_meta = |j: usize| matches!(self.kinds[j], Kind::Meta(_));
        let anchor = (0..end)
            .rev()
            .find(|&j| self.meta(j).is_some_and(Meta::is_dateline));

        if let Some(a) = anchor {
            let mut cs = a;
            while cs > 0 && is_meta(cs - 1) {
                cs -= 1;
            }
            let mut ce = a;
            while ce + 1 < end && is_meta(ce + 1) {
                ce += 1;
            }
            let before = self
                .text_before(cs, true)
                .filter(|&j| self.headline_like(j));
            let after = (ce + 1..end)
                .filter(|&j| {
                    !matches!(
                        self.kinds[j],
                        Kind::Skip | Kind::Share | Kind::PhotoCredit | Kind::Meta(_)
                    )
                })
                .take(3)
                .find(|&j| self.headline_like(j));
            let further = || {
                (cs.saturating_sub(8)..cs)
                    .rev()
                    .filter(|&j| self.kinds[j] == Kind::Text)
                    .find(|&j| self.headline_like(j))
            };
            let pick = match (before, after) {
                (Some(b), Some(a))
                    if word_count(&self.units[b].text) < 5
                        && word_count(&self.units[a].text) >= 5 =>
                {
                    Some(a)
                }
                (Some(b), _) => Some(b),
                (None, Some(a)) => Some(a),
                (None, None) => further(),
            }
            .map(|p| self.prefer_upper(p));
            let title_after_cluster = pick.is_some_and(|p| p > ce);
            head.title = pick.map(|j| self.units[j].text.clone());
            let title_idx = pick;

            // Dates, authors and source: the anchor cluster first, then the rest of the header.
            let cluster: Vec<&Meta> = (cs..=ce).filter_map(|j| self.meta(j)).collect();
            let rest: Vec<&Meta> = (0..end).filter_map(|j| self.meta(j)).collect();
            for metas in [&cluster, &rest] {
                head.published = head
                    .published
                    .or_else(|| metas.iter().find_map(|m| m.published.clone()));
                head.updated = head
                    .updated
                    .or_else(|| metas.iter().find_map(|m| m.updated.clone()));
                head.source = head
                    .source
                    .or_else(|| metas.iter().find_map(|m| m.source.clone()));
                if head.authors.is_empty() {
                    for m in metas.iter() {
                        for a in &m.authors {
                            push_unique(&mut head.authors, a);
                        }
                    }
                }
            }
            head.section = self.section(title_idx, title_after_cluster.then_some(cs), end);
            // A bare name between the title and the dates is the byline without its "By".
            if head.authors.is_empty() {
                let between = cs
                    .checked_sub(1)
                    .filter(|&j| title_idx.is_some_and(|t| t < j));
                if let Some(j) = between.filter(|&j| self.kinds[j] == Kind::Text) {
                    let t = &self.units[j].text;
                    if t.split_whitespace().count() <= 4 {
                        head.authors.extend(meta::clean_name(t));
                    }
                }
            }
        } else {
            head.updated = (0..end)
                .filter_map(|j| self.meta(j))
                .find_map(|m| m.updated.clone());
            let pick = (0..end)
                .rev()
                .filter(|&j| matches!(self.kinds[j], Kind::Text))
                .take(4)
                .find(|&j| self.headline_like(j))
                .map(|p| self.prefer_upper(p))
                .or_else(|| (0..end).find(|&j| self.headline_like(j)));
            head.title = pick.map(|j| self.units[j].text.clone());
            head.section = self.section(pick, None, end);
        }
        head
    }

    /// The section: the last crumb of a breadcrumb above the title, else a short label line
    /// directly above the title (or above the date cluster when the title follows it).
    fn section(
        &self,
        title: Option<usize>,
        cluster_start: Option<usize>,
        end: usize,
    ) -> Option<String> {
        let limit = title.unwrap_or(end);
        if let Some(crumb) = (0..limit).rev().find_map(|j| match &self.kinds[j] {
            Kind::Breadcrumb(c) => Some(c.clone()),
            _ => None,
        }) {
            return Some(crumb);
        }
        let label_like = |j: usize| {
            let t = &self.units[j].text;
            let words = t.split_whitespace().count();
            self.kinds[j] == Kind::Text
                && (1..=4).contains(&words)
                && t.chars().count() <= 40
                && t.chars().next().is_some_and(char::is_uppercase)
                && !t.chars().any(|c| c.is_ascii_digit())
                && !t.ends_with(['.', '!', '?', ':'])
        };
        // Only the line right above, and not the last item of a menu of such lines.
        let above = |from: usize| {
            let j = from.checked_sub(1)?;
            let menu = j.checked_sub(1).is_some_and(label_like);
            (label_like(j) && !menu).then(|| self.units[j].text.clone())
        };
        title
            .and_then(above)
            .or_else(|| cluster_start.and_then(above))
    }

    /// `Source: X` / `Fuente: X` / `Quelle: X` lines outside the body.
    fn source_line(&self, outside: &dyn Fn(usize) -> bool) -> Option<String> {
        (0..self.units.len()).filter(|&i| outside(i)).find_map(|i| {
            let k = key(&self.units[i].text);
            let labelled = [
                "source", "sources", "fuente", "fuentes", "quelle", "quellen",
            ]
            .iter()
            .any(|p| {
                k.strip_prefix(p)
                    .is_some_and(|r| r.trim_start().starts_with([':', '：']))
            });
            if labelled {
                credit::credited_source(&self.units[i].text)
            } else {
                None
            }
        })
    }

    /// The outlet's name as the page repeats it in its masthead and its footer
    /// (`RIA Novosti` … `RIA Novosti`).
    fn site_name(&self) -> Option<String> {
        let n = self.units.len();
        let bottom = n.saturating_sub(12);
        (0..n.min(6)).find_map(|i| {
            let t = self.units[i].text.trim();
            let words = word_count(t);
            let candidate = matches!(self.kinds[i], Kind::Text)
                && (1..=10).contains(&words)
                && t.chars().count() <= 90
                && t.chars().next().is_some_and(char::is_uppercase)
                && !ends_sentence(t);
            let k = key(t);
            let repeated = (bottom.max(i + 6)..n).any(|j| key(&self.units[j].text) == k);
            (candidate && repeated)
                .then(|| credit::canonical(t).map_or_else(|| t.to_string(), str::to_string))
        })
    }

    /// The outlet named by the copyright footer (`© Le Veilleur 2023 - Tous droits réservés`).
    fn copyright_outlet(&self) -> Option<String> {
        let i = (0..self.units.len())
            .rev()
            .find(|&i| self.kinds[i] == Kind::Copyright)?;
        let t = self.units[i].text.trim();
        let lower = t.to_lowercase();
        let t = if lower.starts_with("copyright") {
            &t["copyright".len()..]
        } else if lower.starts_with("(c)") {
            &t[3..]
        } else {
            t
        };
        let t = t.trim_start_matches(|c: char| c == '©' || c.is_whitespace());
        let cut = t.find(['.', ',', '|', ';', '–', '—']).unwrap_or(t.len());
        let cut = t.find(" - ").map_or(cut, |d| d.min(cut));
        let name: Vec<&str> = t[..cut]
            .split_whitespace()
            .filter(|w| {
                !w.chars()
                    .all(|c| c.is_ascii_digit() || c == '-' || c == '–')
            })
            .collect();
        let name = name.join(" ");
        let words = name.split_whitespace().count();
        if !(1..=5).contains(&words) || !name.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        Some(credit::canonical(&name).map(str::to_string).unwrap_or(name))
    }
}

/// Removes the page furniture that survives in HTML bodies and feed items: one-line "Read more:
/// …" teasers anywhere, and editor credit lines closing the story, which become `editors`
/// (the same keyword tables as page dumps, so every format agrees on what a credit is).
pub fn strip_body_furniture(doc: &mut Document) {
    // Only a line whose folded text starts with a "read also" heading can be one: checking
    // that on the line's head first spares the full classification of every body paragraph.
    const RELATED_MAX: usize = lexicon::max_len(lexicon::RELATED);
    doc.paragraphs.retain(|p| {
        !(lexicon::key_starts_with_any(p, lexicon::RELATED, RELATED_MAX)
            && matches!(classify::classify(p), Kind::RelatedInline))
    });
    // Closing furniture comes in any order ("(Reporting by …; Editing by …)" then "Our
    // Standards: …", or desk initials after a copyright line): peel it off from the end.
    while let Some(kind) = doc.paragraphs.last().and_then(|p| closing_furniture(p)) {
        if let Kind::Credit(credits) = kind {
            for (role, name) in credits {
                let list = match role {
                    Role::Editor => &mut doc.editors,
                    Role::Author => &mut doc.authors,
                };
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
        doc.paragraphs.pop();
    }
}

/// Desk initials and agency credits that close a wire story in any case and dress: `ASN/chr/lmq`,
/// `(Schluss) apk/gru`, `mep jtn/kbr`, `(sda/dpa/afp)`, `(AKP)`, `(Prensa Sur)`.
static DESK_CODES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^(?:\(schluss\)\s*|[a-z]{2,4}\s+)?\(?[a-z]{1,6}(?:/[a-z]{1,8}){1,3}\)?$|^\([A-Z][A-Za-z]{1,9}(?: [A-Z][a-z]{1,9})?\)$",
    )
    .expect("static desk code pattern")
});

/// What a last body paragraph is when it is furniture that ends a story: a credit, copyright,
/// desk initials or a trailer. Only short lines are classified, so a closing paragraph of
/// prose is never taken for one.
fn closing_furniture(p: &str) -> Option<Kind> {
    if p.chars().count() > 300 {
        return None;
    }
    if DESK_CODES.is_match(p) {
        return Some(Kind::Slug);
    }
    let kind = classify::classify(p);
    if let Kind::Meta(meta) = &kind {
        // A byline closing the item ("Propos recueillis par …") credits its writers.
        return (meta.byline && !meta.authors.is_empty()).then(|| {
            Kind::Credit(
                meta.authors
                    .iter()
                    .map(|a| (Role::Author, a.clone()))
                    .collect(),
            )
        });
    }
    matches!(
        kind,
        Kind::Credit(_) | Kind::Copyright | Kind::Slug | Kind::Trailer | Kind::Separator
    )
    .then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_dates() {
        assert_eq!(
            dateline_date("Bruselas, 18 jul 2023 (EFE).- Los líderes").as_deref(),
            Some("18 jul 2023")
        );
        assert_eq!(dateline_date("Den Haag (dpa) - Die Nato"), None);
    }

    #[test]
    fn header_sentences_are_the_lead() {
        let doc = read(
            "x.txt",
            "Aller au contenu\nSalle de presse\n\nPoint de presse du 14 octobre 2025\n\n\
             Déclarations de la porte-parole, Mme Clémence Vasseur-Okafor – Paris, 14 octobre 2025\n\n\
             Partager : Facebook X LinkedIn\n\n\
             LA PORTE-PAROLE : Bonjour à toutes et à tous. Je commencerai par une annonce sur le Kenya et la Tanzanie.\n\n\
             Q : Sur le Soudan. L'ONG affirme ce matin que l'aide est arrivée trop tard. Que répondez-vous ?\n\n\
             LA PORTE-PAROLE : Je n'ai pas encore pris connaissance de ce communiqué, mais nous continuons d'appeler au cessez-le-feu.\n",
        );
        assert_eq!(
            doc.lead,
            vec!["Déclarations de la porte-parole, Mme Clémence Vasseur-Okafor – Paris, 14 octobre 2025"],
            "{doc:?}"
        );
        assert!(doc.paragraphs[0].starts_with("LA PORTE-PAROLE"), "{doc:?}");
    }

    #[test]
    fn minimal_page() {
        let doc = read(
            "x.txt",
            "Menu\nWorld\n\nSummit ends without a joint statement on trade\n\nBy Jane Doe | March 3, 2023\n\n\
             GENEVA (Reuters) - Leaders ended their summit on Friday without agreeing on a joint statement, officials said.\n\n\
             The talks will resume next month in Rome, according to a spokesman for the host country.\n\n\
             Tags\nTrade\n",
        );
        assert_eq!(
            doc.title.as_deref(),
            Some("Summit ends without a joint statement on trade")
        );
        assert_eq!(doc.source.as_deref(), Some("Reuters"));
        assert_eq!(doc.authors, vec!["Jane Doe"]);
        assert_eq!(doc.published.as_deref(), Some("March 3, 2023"));
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn title_above_a_bare_byline_and_repeated_in_a_most_read_box() {
        let doc = read(
            "x.txt",
            "Zum Inhalt springen\nSchweiz\nInternational\nSüdkaukasus\n\
             Südkaukasus: Armenien und Aserbaidschan einigen sich in Genf auf weiteren Grenzabschnitt\n\
             Reto Gwerder-Nussbaumer, Genf\n14.01.2025, 18.42 Uhr\n\n\
             Nach zwei Tagen intensiver Gespräche in Genf haben Armenien und Aserbaidschan am Dienstag eine gemeinsame Erklärung unterzeichnet.\n\n\
             Die Schweiz hatte die Verhandlungen auf Ersuchen beider Seiten ausgerichtet, wie das Aussendepartement mitteilte.\n\n\
             Meistgelesen\n1\nSüdkaukasus: Armenien und Aserbaidschan einigen sich in Genf auf weiteren Grenzabschnitt\n\
             2\nZürich: Tram-Streik legt den Verkehr lahm\nSchweiz\nInternational\n",
        );
        assert_eq!(
            doc.title.as_deref(),
            Some("Südkaukasus: Armenien und Aserbaidschan einigen sich in Genf auf weiteren Grenzabschnitt")
        );
    }

    #[test]
    fn an_interviewer_credit_is_a_byline_not_the_title() {
        let doc = read(
            "x.txt",
            "Accueil > Idées > Entretiens\n\nEntretien\n\n\
             Général Bernard Sainte-Croix : « La dissuasion n'est pas un tabou »\n\n\
             Ancien commandant des forces aériennes, le général publie un essai sur la fin des traités.\n\n\
             Propos recueillis par Maëlle Kerdoncuff\n\
             Publié le 8 novembre 2025 à 06h00\n\n\
             Ancien commandant des forces aériennes stratégiques, le général Bernard Sainte-Croix a quitté l'uniforme en 2019.\n\n\
             Il publie cet automne un essai sur la fin des traités de maîtrise des armements.\n",
        );
        assert_eq!(
            doc.title.as_deref(),
            Some("Général Bernard Sainte-Croix : « La dissuasion n'est pas un tabou »")
        );
        assert_eq!(doc.authors, vec!["Maëlle Kerdoncuff"]);
    }
}
