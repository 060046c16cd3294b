//! Page metadata: JSON-LD first, then OpenGraph / `<meta>` tags, then what a reader sees
//! (`<h1>`, `<time>`, bylines, datelines, breadcrumbs, credit lines). Each field takes the first
//! source that has it, in that order, because structured data is written for machines and is
//! right more often than the visible template text.

use super::dom::{Dom, Tag};
use super::hints;
use super::jsonld::{self, LdArticle};
use regex::Regex;
use std::sync::LazyLock;

/// Everything the reader found besides the body.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub source: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub published: Option<String>,
    pub updated: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub jsonld_body: Option<String>,
    /// The page's own summary (`og:description`, `description`): see `Document::lead`.
    pub description: Option<String>,
    /// `source` names an agency credited by the page, not just the outlet publishing it.
    pub source_is_agency: bool,
}

const MONTHS: &str = "jan(?:uary|vier|uar|\\.)?|feb(?:ruary|ruar|\\.)?|f[ée]v(?:rier|\\.)?|mar(?:ch|s|\\.)?|m[äa]rz|apr(?:il|\\.)?|avr(?:il|\\.)?|may|mai|june?|juin|juni|july?|juil(?:let|\\.)?|juli|aug(?:ust|\\.)?|ao[ûu]t|sep(?:tember|tembre|t\\.|\\.)?|oct(?:ober|obre|\\.)?|okt(?:ober|\\.)?|nov(?:ember|embre|\\.)?|dec(?:ember|\\.)?|d[ée]c(?:embre|\\.)?|dez(?:ember|\\.)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|se?tiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro";

/// A printed date, optionally with a time: ISO, numeric, or with a month name (several
/// languages). Kept as printed; `analyze::dates` normalises it.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let time = r"(?:(?:,|\s|à|at|um|a las|a la|alle|às|-|·|—|–)*\s*\d{1,2}(?:[:h]\d{2}|\s?h\s?\d{2})(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|Uhr|GMT|UTC|CET|CEST|ET|EST|EDT|BST|MSK|[+-]\d{2}:?\d{2}))?)?";
    let pattern = format!(
        r"(?i)\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}{time}|\d{{4}}/\d{{1,2}}/\d{{1,2}}{time}|(?:\d{{1,2}}(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+)?(?:{MONTHS})\s+(?:de\s+)?\d{{4}}|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}){time}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*\d{{1,2}}:\d{{2}})?)"
    );
    Regex::new(&pattern).unwrap()
});
/// A bare time ("à 10:12"), for an update line that only gives the hour.
static TIME_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}(?:[:h]\d{2})(?::\d{2})?\b").unwrap());
static UPDATE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)mis à jour|mise à jour|actualis|updated|update:|last modified|aktualisiert|modifié|atualizado|aggiornato|geändert").unwrap()
});
static BYLINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:written\s+by|reported\s+by|story\s+by|text:?|texte\s*:|by|par|von|por|door|di|de|af|av|от|автор:?)\s+").unwrap()
});
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(\[]?\s*(?:edited\s+by|(?:web\s+)?editors?\s*[:：]|editing\s+by|rédacteurs?\s*[:：]|rédactrices?\s*[:：]|rédaction\s*[:：]|édition\s*[:：]|redacción\s*[:：]|edición\s*[:：]|editado\s+por|redaktion\s*[:：]|bearbeitet\s+von|责任编辑\s*[:：]|编辑\s*[:：])\s*(.+?)\s*[)\]]?\s*$").unwrap()
});
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[|·]\s*|\s{2,})(?:source|sources|quelle|fuente|fonte|来源)\s*[:：]\s*([^|·\s][^|·]{0,40}?)\s*(?:$|[|·]|\s{2,}|\b(?:date|datum|fecha|font|publi))").unwrap()
});
/// "XI'AN, May 19 (Xinhua) --", "Peking (dpa) -", "(Reuters) —": a wire dateline crediting an
/// agency at the start of the first paragraph. Reference definition; [`dateline_credit`] matches
/// it by hand, because compiling its bounded repeats of Unicode classes cost more than running
/// it on every page of a batch (a test checks the two agree).
#[cfg(test)]
const DATELINE_AGENCY: &str =
    r"^(?:[\p{Lu}][^()]{0,60}?\s)?\(([\p{L}][\p{L}.\- /]{1,24})\)\s*(?:--|[-–—:])";
/// A first character in category Lu.
static UPPER_START: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}").unwrap());
/// A letter then letters, dots, hyphens, spaces or slashes, to the end.
static AGENCY_CHARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{L}[\p{L}.\- /]*$").unwrap());

/// The parenthesised credit of a wire dateline ([`DATELINE_AGENCY`]'s group): the page's first
/// `(` either opens it, or follows an opening of one capital and at most 61 more characters
/// without parentheses, the last a space; the credit is a letter and 1 to 24 letters, dots,
/// hyphens, spaces or slashes up to `)`, then optional spaces and a dash or colon.
fn dateline_credit(text: &str) -> Option<&str> {
    let open = text.find('(')?;
    if open > 0 {
        let mut before = text[..open].chars();
        let first = before.next()?;
        let between = before.as_str();
        if !UPPER_START.is_match(&text[..first.len_utf8()])
            || between.contains(')')
            || !between.chars().next_back().is_some_and(char::is_whitespace)
            || between.chars().count() > 61
        {
            return None;
        }
    }
    let rest = &text[open + 1..];
    let close = rest.find(')')?;
    let inner = &rest[..close];
    let len = inner.chars().count();
    if !(2..=25).contains(&len) || !AGENCY_CHARS.is_match(inner) {
        return None;
    }
    let after = rest[close + 1..].trim_start_matches(char::is_whitespace);
    after.starts_with(['-', '–', '—', ':']).then_some(inner)
}

/// "Title - Site", "Title | Site", "Title – Site", "Title_Site": the title and the site name.
pub(crate) fn split_title(title: &str) -> (String, Option<String>) {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", "_"] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
            let head_words = head.split_whitespace().count();
            let tail_words = tail.split_whitespace().count();
            if !head.is_empty()
                && !tail.is_empty()
                && tail_words <= 8
                && head_words >= 1
                && tail.len() < head.len()
            {
                return (head.to_string(), Some(tail.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

/// Removes a known site name from either end of a title.
fn strip_site(title: &str, site: &str) -> String {
    let site_l = site.to_lowercase();
    let (head, tail) = split_title(title);
    if let Some(t) = tail {
        if t.to_lowercase() == site_l {
            return head;
        }
    }
    for sep in [": ", " | ", " - ", " – "] {
        if let Some(rest) = title.strip_prefix(site).and_then(|r| r.strip_prefix(sep)) {
            return rest.trim().to_string();
        }
    }
    title.to_string()
}

struct Collected {
    lang: Option<String>,
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    title: Option<String>,
    h1: Option<usize>,
    scripts: Vec<String>,
    times: Vec<usize>,
}

fn collect(dom: &Dom) -> Collected {
    let mut c = Collected {
        lang: None,
        metas: Vec::new(),
        canonical: None,
        title: None,
        h1: None,
        scripts: Vec::new(),
        times: Vec::new(),
    };
    for i in 0..dom.len() {
        match dom.tag(i) {
            Tag::Html if c.lang.is_none() => {
                c.lang = dom
                    .attr(i, "lang")
                    .or_else(|| dom.attr(i, "xml:lang"))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string);
            }
            Tag::Meta => {
                let Some(content) = dom.attr(i, "content") else {
                    continue;
                };
                let content = content.trim();
                if content.is_empty() {
                    continue;
                }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let Some(k) = dom.attr(i, key) {
                        c.metas
                            .push((k.trim().to_ascii_lowercase(), content.to_string()));
                    }
                }
            }
            Tag::Link
                if c.canonical.is_none()
                    && dom.attr(i, "rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case("canonical"))
                    }) =>
            {
                c.canonical = dom
                    .attr(i, "href")
                    .map(|h| h.trim().to_string())
                    .filter(|h| !h.is_empty());
            }
            Tag::Title if c.title.is_none() && !not_in_head(dom, i) => {
                let t = crate::sanitize::collapse_whitespace(&dom.raw_text(i));
                if !t.is_empty() {
                    c.title = Some(t);
                }
            }
            // A logo or section name may come first as a one- or two-word <h1>: a headline's
            // length replaces it.
            Tag::H1
                if dom.text_len[i] > 0
                    && c.h1.is_none_or(|h| {
                        !headline_length(&dom.text(h)) && headline_length(&dom.text(i))
                    }) =>
            {
                c.h1 = Some(i)
            }
            Tag::Script
                if dom
                    .attr(i, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                c.scripts.push(dom.raw_text(i));
            }
            Tag::Time => c.times.push(i),
            // <span itemprop="datePublished" content="..."> and similar microdata.
            _ if dom.extra_flags[i] & hints::DATE != 0 => {
                if let Some(prop) = dom.attr(i, "itemprop") {
                    let prop = prop.trim().to_ascii_lowercase();
                    if matches!(
                        prop.as_str(),
                        "datepublished" | "datemodified" | "datecreated"
                    ) {
                        let value = dom
                            .attr(i, "content")
                            .or_else(|| dom.attr(i, "datetime"))
                            .map(str::to_string)
                            .unwrap_or_else(|| dom.text(i));
                        if !value.trim().is_empty() {
                            c.metas.push((prop, value.trim().to_string()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    c
}

fn not_in_head(dom: &Dom, i: usize) -> bool {
    dom.name(dom.nodes[i].parent as usize) != "head"
}

/// Placeholder dates ("0001-01-01T00:00:00Z") and years far off are template noise.
pub(crate) fn plausible_date(s: &str) -> bool {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    match s.get(..4).and_then(|y| y.parse::<u32>().ok()) {
        Some(year) => (1900..=2100).contains(&year),
        None => true,
    }
}

/// Wire agencies credited in author fields: they are the story's source, not its authors.
pub(crate) fn known_agency(name: &str) -> bool {
    matches!(
        name.trim()
            .trim_start_matches("The ")
            .to_lowercase()
            .as_str(),
        "associated press"
            | "ap"
            | "reuters"
            | "thomson reuters"
            | "afp"
            | "agence france-presse"
            | "agence france presse"
            | "dpa"
            | "deutsche presse-agentur"
            | "xinhua"
            | "xinhua news agency"
            | "tass"
            | "ria novosti"
            | "interfax"
            | "efe"
            | "agencia efe"
            | "ansa"
            | "kyodo"
            | "kyodo news"
            | "yonhap"
            | "anadolu agency"
            | "pti"
            | "ians"
            | "upi"
            | "bloomberg"
            | "bloomberg news"
    )
}

impl Collected {
    /// First plausible date among the given meta keys.
    fn meta_date(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .filter(|(mk, _)| mk == k)
                .map(|(_, v)| crate::sanitize::collapse_whitespace(v))
                .find(|v| plausible_date(v))
        })
    }

    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, v)| crate::sanitize::collapse_whitespace(&super::decode_entities(v)))
                .filter(|v| !v.is_empty())
        })
    }
}

/// Token hints (see [`hints`]) of the element's class, id, itemprop and rel values.
fn hint_flags(dom: &Dom, i: usize) -> u16 {
    dom.flags[i] | dom.extra_flags[i]
}

/// Splits a byline into names: "A, B and C", "X und Y, dpa", "Name, Secretary of State".
/// Returns the names and an agency credited at the end, if any.
pub(crate) fn split_byline(text: &str) -> (Vec<String>, Option<String>) {
    let mut t = crate::sanitize::collapse_whitespace(text);
    // Cut at a date or a separator that starts other meta information.
    for sep in [" | ", " · ", " • ", "|", " — ", " – ", "\u{a0}\u{a0}"] {
        if let Some(p) = t.find(sep) {
            t.truncate(p);
        }
    }
    if let Some(m) = DATE.find(&t) {
        t.truncate(m.start());
    }
    let mut t = t
        .trim()
        .trim_end_matches([',', ';', ':', '-', '|'])
        .trim()
        .to_string();
    while let Some(m) = BYLINE_PREFIX.find(&t) {
        t = t[m.end()..].trim().to_string();
    }
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:and|et|und|y|e|en|og|och|i)\s+|\s*&\s*|\s*;\s*|\s*/\s*|\s*,\s*")
            .unwrap()
    });
    let mut names = Vec::new();
    let mut agency = None;
    for part in SPLIT.split(&t) {
        let part = part.trim().trim_matches(['.', ':']).trim();
        if part.is_empty() {
            continue;
        }
        if looks_like_name(part) {
            names.push(part.to_string());
        } else if looks_like_agency(part) {
            agency = Some(part.to_string());
        }
    }
    if names.is_empty() && agency.is_none() && looks_like_agency(t.trim()) {
        agency = Some(t.trim().to_string());
    }
    (names, agency)
}

/// "dpa", "AFP", "Reuters", "EFE": a short credit that is not a person's name.
fn looks_like_agency(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || s.len() > 30 {
        return false;
    }
    let w = words[0];
    (words.len() == 1
        && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
        && w.len() >= 2)
        || (words.len() == 1 && w.len() <= 4 && w.chars().all(|c| c.is_lowercase()))
        || matches!(
            w.to_lowercase().as_str(),
            "reuters"
                | "xinhua"
                | "tass"
                | "agencies"
                | "agences"
                | "agencias"
                | "agenturen"
                | "interfax"
                | "kyodo"
                | "yonhap"
                | "bloomberg"
                | "anadolu"
        )
}

fn looks_like_name(s: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "del", "della", "der", "den", "di", "du", "des", "la", "le", "van", "von",
        "bin", "al", "el", "y", "dos", "do", "ter", "zu",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 2 || words.len() > 5 || s.len() > 60 {
        return false;
    }
    if looks_like_agency(s) && words.len() == 1 {
        return false;
    }
    words.iter().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase()
            || PARTICLES.contains(&w.to_lowercase().as_str())
            || w.starts_with("d'")
            || w.starts_with("O'")
    }) && !s.chars().any(|c| c.is_ascii_digit() || c == '@')
}

/// A date line: the published date (first date printed) and the updated one (after an
/// "updated" marker). A time-only update borrows the published day.
pub(crate) fn dates_in(text: &str) -> (Option<String>, Option<String>) {
    let text = crate::sanitize::collapse_whitespace(&text.replace('\u{a0}', " "));
    let upd = UPDATE_MARK.find(&text).map(|m| m.start());
    let mut published = None;
    let mut updated = None;
    for m in DATE.find_iter(&text) {
        let s = m
            .as_str()
            .trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace())
            .to_string();
        let after_update = upd.is_some_and(|u| m.start() > u);
        if after_update {
            if updated.is_none() {
                updated = Some(s);
            }
        } else if published.is_none() {
            published = Some(s);
        }
    }
    if let (Some(u), None) = (upd, &updated) {
        if let Some(t) = TIME_ONLY.find(&text[u..]) {
            if let Some(p) = &published {
                let day = DATE_DAY.find(p).map(|d| d.as_str()).unwrap_or(p);
                updated = Some(format!("{day} {}", t.as_str()));
            }
        }
    }
    (published, updated)
}

static DATE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTHS})\s+(?:de\s+)?\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}})"
    ))
    .unwrap()
});

fn clean_editor(name: &str) -> String {
    // "Zhang Wei 张伟": keep the Latin form when both are given.
    let has_latin = name.chars().any(|c| c.is_ascii_alphabetic());
    let kept: String = if has_latin {
        name.chars()
            .filter(|c| {
                !('\u{2e80}'..='\u{9fff}').contains(c) && !('\u{f900}'..='\u{faff}').contains(c)
            })
            .collect()
    } else {
        name.to_string()
    };
    crate::sanitize::collapse_whitespace(&kept)
        .trim_matches(|c: char| c == '(' || c == ')' || c == '.' || c.is_whitespace())
        .to_string()
}

/// Cheap test before the credit-line regex: every credit form has a colon or a "by"/"von"/"por".
fn may_credit(s: &str, has_colon: bool) -> bool {
    has_colon || s.contains(" by") || s.contains(" von") || s.contains(" por")
}

/// Names in an editor credit line ("Edited by X", "Rédacteurs : X, Y"), if the text is one.
pub(crate) fn editors_in(line: &str) -> Option<Vec<String>> {
    if line.len() > 200 {
        return None;
    }
    // The whole line, or one segment of a "Source: X | date | Editor: Y" strip.
    let caps = std::iter::once(line)
        .chain(line.split(['|', '·']))
        .find_map(|seg| CREDIT.captures(seg.trim()))?;
    static SPLIT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\s*[,;/&、，]\s*|\s+(?:and|et|und|y|e)\s+").unwrap());
    let names: Vec<String> = SPLIT
        .split(caps.get(1)?.as_str())
        .map(clean_editor)
        .filter(|n| !n.is_empty() && n.chars().count() < 50)
        .collect();
    (!names.is_empty()).then_some(names)
}

/// A byline or time stamp line that slipped into the body: "By Jane Doe - 11/18/19 11:04 PM",
/// "Updated at 1:23 p.m.", "Par Jeanne Rocher | 3 mars 2023 à 14h02".
pub(crate) fn is_meta_line(p: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:updated|last updated|published|posted|mis à jour|publié|aktualisiert|veröffentlicht|actualizado|publicado)\b").unwrap()
    });
    let len = p.chars().count();
    if len > 120 {
        return false;
    }
    if STAMP.is_match(p) && (DATE.is_match(p) || TIME_ONLY.is_match(p)) && len < 80 {
        return true;
    }
    let starts_byline = BYLINE_PREFIX.is_match(p) && !split_byline(p).0.is_empty();
    starts_byline && DATE.is_match(p)
}

/// The agency credited by a wire dateline at the start of the body, e.g. "(Xinhua)".
pub(crate) fn dateline_agency(first_paragraph: &str) -> Option<String> {
    let a = dateline_credit(first_paragraph)?.trim();
    looks_like_agency(a).then(|| a.to_string())
}

/// Long enough for a headline: a logo or a section name is a word or three.
fn headline_length(text: &str) -> bool {
    text.split_whitespace().count() >= 4
}

/// Reads all metadata of a page.
pub(crate) fn read(dom: &Dom) -> Meta {
    let c = collect(dom);
    let ld: LdArticle = if c.scripts.is_empty() {
        LdArticle::default()
    } else {
        jsonld::read(&c.scripts)
    };
    let mut m = Meta::default();

    let site_name = ld.publisher.clone().or_else(|| {
        c.meta(&[
            "og:site_name",
            "sitename",
            "application-name",
            "publisher",
            "dc.publisher",
        ])
    });
    let title_split = c.title.as_deref().map(split_title);
    let title_site = title_split.as_ref().and_then(|(_, s)| s.clone());

    // Title.
    let h1_text = c.h1.map(|i| dom.text(i)).filter(|t| !t.is_empty());
    // The headline the reader sees outranks the one written for sharing ("og:title"), which
    // sites often reword; a short <h1> is rather the site's or the section's name.
    let headline_h1 = h1_text.clone().filter(|t| {
        headline_length(t)
            && site_name
                .as_deref()
                .is_none_or(|s| !t.to_lowercase().contains(&s.to_lowercase()))
    });
    let mut title = ld
        .headline
        .clone()
        .or_else(|| headline_h1.clone())
        .or_else(|| {
            c.meta(&[
                "og:title",
                "twitter:title",
                "articletitle",
                "headline",
                "dc.title",
            ])
        })
        .or_else(|| h1_text.clone())
        .or_else(|| title_split.as_ref().map(|(t, _)| t.clone()));
    if let Some(t) = &title {
        let mut t = t.clone();
        for site in [site_name.as_deref(), title_site.as_deref()]
            .into_iter()
            .flatten()
        {
            t = strip_site(&t, site);
        }
        title = Some(t);
    }
    m.title = title.filter(|t| !t.is_empty());
    // "<title>" = known title + separator + site name: the remainder names the site, however
    // long it is.
    let title_site = match (&c.title, &m.title) {
        (Some(full), Some(t)) if full.len() > t.len() && full.starts_with(t.as_str()) => {
            let rest = full[t.len()..].trim_start();
            ["| ", "- ", "– ", "— ", ":: ", "· ", "_"]
                .iter()
                .find_map(|sep| rest.strip_prefix(sep))
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty() && s.split_whitespace().count() <= 12)
                .or(title_site)
        }
        _ => title_site,
    };

    // URL and language.
    m.url = c
        .canonical
        .clone()
        .or_else(|| c.meta(&["og:url", "twitter:url"]))
        .or_else(|| ld.url.clone())
        .filter(|u| u.starts_with("http"));
    m.language = c
        .lang
        .clone()
        .or_else(|| {
            c.meta(&[
                "og:locale",
                "content-language",
                "language",
                "dc.language",
                "inlanguage",
            ])
        })
        .or_else(|| ld.language.clone());

    // Dates.
    m.published = ld
        .published
        .clone()
        .filter(|d| plausible_date(d))
        .or_else(|| {
            c.meta_date(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "dc.date",
                "dc.date.issued",
                "dcterms.date",
                "dcterms.issued",
                "dcterms.created",
                "dc.date.created",
                "citation_publication_date",
                "parsely-pub-date",
                "sailthru.date",
                "article.published",
                "originalpublicationdate",
                "firstpublishedtime",
                "displaydate",
                "release_date",
            ])
        });
    m.updated = ld
        .modified
        .clone()
        .filter(|d| plausible_date(d))
        .or_else(|| {
            c.meta_date(&[
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "lastmod",
                "last-modified",
                "dc.date.modified",
                "dcterms.modified",
                "article.updated",
                "lastpublishedtime",
            ])
        });
    if m.published.is_none() || m.updated.is_none() {
        for &i in &c.times {
            let raw = dom
                .attr(i, "datetime")
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string)
                .unwrap_or_else(|| dom.text(i));
            if !plausible_date(&raw) {
                continue;
            }
            let parent = dom.nodes[i].parent as usize;
            let context = if dom.text_len[parent] < 120 {
                dom.text(parent)
            } else {
                dom.text(i)
            };
            let is_update = hint_flags(dom, i) & hints::UPDATE != 0
                || hint_flags(dom, parent) & hints::UPDATE != 0
                || UPDATE_MARK.is_match(&context);
            if is_update {
                if m.updated.is_none() {
                    m.updated = Some(raw);
                }
            } else if m.published.is_none() {
                m.published = Some(raw);
            }
        }
    }

    // Visible text: datelines, bylines, credit lines, breadcrumbs.
    let need_date = m.published.is_none();
    let mut visible_pub: Option<(bool, String, Option<String>)> = None;
    let mut byline: Option<(Vec<String>, Option<String>)> = None;
    let mut source_label: Option<String> = None;
    let mut breadcrumb: Option<String> = None;
    let mut kicker: Option<String> = None;
    let mut editors: Vec<String> = Vec::new();
    let n = dom.len();
    let mut i = 0;
    let mut skip_until = 0usize;
    while i < n {
        let node = &dom.nodes[i];
        if node.tag.is_invisible() {
            i = node.end as usize;
            continue;
        }
        if node.tag == Tag::Text {
            let raw = node.text;
            if need_date
                && raw.len() < 400
                && raw.bytes().any(|b| b.is_ascii_digit())
                && visible_pub.as_ref().is_none_or(|(hinted, _, _)| !hinted)
            {
                {
                    let (p, u) = dates_in(raw);
                    if let Some(p) = p {
                        let hinted = hinted_ancestor(dom, i, hints::DATE)
                            || UPDATE_MARK.is_match(raw)
                            || raw.to_lowercase().contains("publi");
                        if hinted || (visible_pub.is_none() && !in_link_or_list(dom, i)) {
                            visible_pub = Some((hinted, p, u));
                        }
                    }
                }
            }
            if raw.len() < 300 {
                // ':' or the first byte of a full-width colon.
                let has_colon = raw.bytes().any(|b| b == b':' || b == 0xef);
                if source_label.is_none() && has_colon {
                    let t = raw.replace('\u{a0}', " ");
                    if let Some(caps) = SOURCE_LABEL.captures(t.trim()) {
                        let v = caps[1].trim().to_string();
                        if !v.is_empty() && v.split_whitespace().count() <= 6 {
                            source_label = Some(v);
                        }
                    }
                }
                if editors.is_empty() && may_credit(raw, has_colon) && editors_in(raw).is_some() {
                    let block = block_ancestor(dom, i);
                    if dom.text_len[block] < 200 {
                        if let Some(e) = editors_in(&dom.text(block)) {
                            if editors.is_empty() {
                                editors = e;
                            }
                        }
                    }
                }
            }
            i += 1;
            continue;
        }
        let len = dom.text_len[i];
        if i >= skip_until
            && len > 0
            && len < 300
            && node.el.is_some_and(|e| e.attrs().next().is_some())
        {
            let f = hint_flags(dom, i);
            let (by, by_ex, crumb, kick) = (
                f & hints::BYLINE != 0,
                f & hints::BYLINE_EXCLUDE != 0,
                f & hints::CRUMB != 0,
                f & hints::KICKER != 0,
            );
            {
                if byline.is_none()
                    && len < 150
                    && by
                    && !by_ex
                    && !hinted_ancestor(dom, i, hints::BYLINE_EXCLUDE)
                {
                    let (names, agency) = split_byline(&dom.text(i));
                    if !names.is_empty() || agency.is_some() {
                        byline = Some((names, agency));
                        skip_until = node.end as usize;
                    }
                }
                if breadcrumb.is_none()
                    && (crumb
                        || dom
                            .attr(i, "aria-label")
                            .is_some_and(|a| a.to_lowercase().contains("breadcrumb")))
                {
                    breadcrumb = last_crumb(dom, i, m.title.as_deref());
                }
                if kicker.is_none() && len < 40 && kick {
                    let t = dom.text(i);
                    if !t.is_empty() && t.split_whitespace().count() <= 4 {
                        kicker = Some(t);
                    }
                }
            }
            if breadcrumb.is_none()
                && !node.tag.is_heading()
                && dom.text_len[i] < 200
                && dom.text_len[i] > 0
            {
                breadcrumb = shaped_crumb(dom, i, m.title.as_deref());
            }
        }
        i += 1;
    }

    if let Some((_, p, u)) = &visible_pub {
        if m.published.is_none() {
            m.published = Some(p.clone());
            if m.updated.is_none() {
                m.updated = u.clone();
            }
        }
    }

    // Authors.
    m.authors = ld.authors.clone();
    if m.authors.is_empty() {
        if let Some(a) = c.meta(&[
            "article:author",
            "author",
            "dc.creator",
            "byl",
            "sailthru.author",
            "parsely-author",
        ]) {
            if !a.starts_with("http") {
                let (names, _) = split_byline(&a.replace('|', ","));
                m.authors = names;
            }
        }
    }
    let mut byline_agency = byline.as_ref().and_then(|(_, a)| a.clone());
    if m.authors.is_empty() {
        if let Some((names, _)) = &byline {
            m.authors = names.clone();
        }
    }
    m.authors.dedup();
    if let Some(pos) = m.authors.iter().position(|a| known_agency(a)) {
        if byline_agency.is_none() {
            byline_agency = Some(m.authors[pos].clone());
        }
        m.authors.retain(|a| !known_agency(a));
    }
    m.editors = editors;

    // Section.
    m.section = ld
        .section
        .clone()
        .or_else(|| {
            c.meta(&[
                "article:section",
                "section",
                "parsely-section",
                "category",
                "dc.subject",
            ])
        })
        .or(breadcrumb)
        .or_else(|| {
            let t = m.title.as_deref().unwrap_or("");
            ld.breadcrumb
                .iter()
                .rev()
                .find(|b| !b.eq_ignore_ascii_case(t) && !is_home(b))
                .cloned()
        })
        .or_else(|| c.meta(&["columnname"]))
        .or(kicker);

    // Source: the agency credited first, then the outlet.
    let agency = ld
        .org_authors
        .iter()
        .find(|o| Some(*o) != ld.publisher.as_ref())
        .cloned()
        .or(byline_agency)
        .or_else(|| {
            c.meta(&["contentsource", "source", "dc.source", "article:source"])
                .filter(|s| !s.starts_with("http"))
        })
        .or(source_label);
    m.source_is_agency = agency.is_some();
    m.source = agency.or_else(|| site_name.clone()).or(title_site);
    m.jsonld_body = ld.body.clone();
    m.description = c.meta(&["og:description", "description", "twitter:description"]);
    m
}

fn is_home(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "home"
            | "accueil"
            | "startseite"
            | "inicio"
            | "portada"
            | "home page"
            | "homepage"
            | "首页"
            | "главная"
    )
}

fn hinted_ancestor(dom: &Dom, i: usize, flag: u16) -> bool {
    let mut a = dom.nodes[i].parent;
    let mut depth = 0;
    while a != u32::MAX && depth < 4 {
        if hint_flags(dom, a as usize) & flag != 0 {
            return true;
        }
        a = dom.nodes[a as usize].parent;
        depth += 1;
    }
    false
}

fn in_link_or_list(dom: &Dom, i: usize) -> bool {
    let mut a = dom.nodes[i].parent;
    while a != u32::MAX {
        if matches!(
            dom.tag(a as usize),
            Tag::A | Tag::Li | Tag::Nav | Tag::Footer | Tag::Aside | Tag::Input
        ) {
            return true;
        }
        a = dom.nodes[a as usize].parent;
    }
    false
}

fn block_ancestor(dom: &Dom, i: usize) -> usize {
    let mut a = dom.nodes[i].parent as usize;
    while dom.tag(a).is_inline() && dom.nodes[a].parent != u32::MAX {
        a = dom.nodes[a].parent as usize;
    }
    a
}

fn crumb_items(dom: &Dom, i: usize) -> Vec<String> {
    let text = dom.text(i);
    let text = text
        .split_once(" : ")
        .or_else(|| text.split_once(": "))
        .map(|(a, b)| {
            if a.len() < 30 {
                b.to_string()
            } else {
                text.clone()
            }
        })
        .unwrap_or(text.clone());
    text.split(['>', '›', '»', '/', '|', '→'])
        .map(|s| {
            crate::sanitize::collapse_whitespace(s)
                .trim_matches(['>', ' '])
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn last_crumb(dom: &Dom, i: usize, title: Option<&str>) -> Option<String> {
    let items = crumb_items(dom, i);
    if items.len() < 2 {
        return None;
    }
    pick_crumb(&items, title)
}

fn pick_crumb(items: &[String], title: Option<&str>) -> Option<String> {
    items
        .iter()
        .rev()
        .find(|s| {
            !is_home(s)
                && title.is_none_or(|t| !t.eq_ignore_ascii_case(s))
                && s.chars().count() < 60
        })
        .cloned()
}

/// "Home > World > Europe" written as links separated by arrows, without any class hint.
fn shaped_crumb(dom: &Dom, i: usize, title: Option<&str>) -> Option<String> {
    let links = dom.children(i).filter(|&c| dom.tag(c) == Tag::A).count();
    if links < 2 {
        return None;
    }
    let mut seps = 0;
    let mut other = 0;
    for j in i + 1..dom.nodes[i].end as usize {
        if dom.tag(j) == Tag::Text && dom.nodes[j].parent as usize == i {
            let t = dom.nodes[j].text.trim();
            if t.is_empty() {
                continue;
            }
            if t.chars()
                .all(|c| matches!(c, '>' | '›' | '»' | '→' | ' ' | '\u{a0}'))
            {
                seps += 1;
            } else {
                other += 1;
            }
        }
    }
    if seps + 1 < links || other > 1 {
        return None;
    }
    let items = crumb_items(dom, i);
    if items.first().is_none_or(|f| !is_home(f)) {
        return None;
    }
    pick_crumb(&items, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_credit_matches_the_reference_pattern() {
        let re = Regex::new(DATELINE_AGENCY).unwrap();
        let heads = [
            "",
            "XI'AN, May 19 ",
            "Peking ",
            "PARIS, 3 mai ",
            "x ",
            "É ",
            "Ⅰ ",
            "A",
            "A ",
            "Moscow) ",
            "(",
            "WASHINGTON — ",
            "Berlin\t",
            "ÜBER ",
        ];
        let credits = [
            "Xinhua",
            "dpa",
            "AFP/Reuters",
            "A",
            "AB",
            "Europa Press",
            "É.-U.",
            "x1",
            "",
            "Aaaaaaaaaaaaaaaaaaaaaaaaa",
            "Aaaaaaaaaaaaaaaaaaaaaaaa",
            "Ⅰa",
            "Ab)c",
            "Ab(c",
        ];
        let tails = [
            " --", "-", " – x", "—", ":", "  : y", " said", "", ") -", " --x",
        ];
        let mut texts = Vec::new();
        for h in heads {
            for c in credits {
                for t in tails {
                    texts.push(format!("{h}({c}){t}"));
                }
            }
        }
        texts.push(format!("A{} (AFP) -", "b".repeat(59)));
        texts.push(format!("A{} (AFP) -", "b".repeat(60)));
        texts.push(format!("A{} (AFP) -", "é".repeat(60)));
        texts.push("No credit here.".into());
        for t in &texts {
            let want = re.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str());
            assert_eq!(dateline_credit(t), want, "{t}");
        }
    }

    #[test]
    fn title_suffixes() {
        assert_eq!(
            split_title("Big news from the summit | The Post")
                .1
                .as_deref(),
            Some("The Post")
        );
        assert_eq!(split_title("Big news today - WSJ").0, "Big news today");
        assert_eq!(
            split_title("Spokesperson Mao Ning's Regular Press Conference on March 3_Ministry of Foreign Affairs")
                .1
                .as_deref(),
            Some("Ministry of Foreign Affairs")
        );
        assert_eq!(split_title("Mer Noire : Ankara plaide").1, None);
    }

    #[test]
    fn bylines() {
        let (n, a) = split_byline("Von Jörn Petersen und Mareike Albrecht, dpa");
        assert_eq!(n, vec!["Jörn Petersen", "Mareike Albrecht"]);
        assert_eq!(a.as_deref(), Some("dpa"));
        let (n, _) = split_byline("Antony J. Blinken, Secretary of State");
        assert_eq!(n, vec!["Antony J. Blinken"]);
        let (n, a) = split_byline("Par AFP");
        assert!(n.is_empty());
        assert_eq!(a.as_deref(), Some("AFP"));
        let (n, _) = split_byline("By Daniel Okafor and Priya Raman");
        assert_eq!(n, vec!["Daniel Okafor", "Priya Raman"]);
    }

    #[test]
    fn datelines() {
        let (p, u) = dates_in("Publié le 27.08.2022 à 08:31 | Mis à jour à 10:12 | Source : ATS");
        assert_eq!(p.as_deref(), Some("27.08.2022 à 08:31"));
        assert_eq!(u.as_deref(), Some("27.08.2022 10:12"));
        let (p, u) = dates_in("Publié le 29/11/2021 à 18h42 · Mis à jour le 29/11/2021 à 21h10");
        assert_eq!(p.as_deref(), Some("29/11/2021 à 18h42"));
        assert_eq!(u.as_deref(), Some("29/11/2021 à 21h10"));
        assert_eq!(
            dates_in("3 mars 2023 à 14h02").0.as_deref(),
            Some("3 mars 2023 à 14h02")
        );
        assert_eq!(
            dates_in("March 3, 2023").0.as_deref(),
            Some("March 3, 2023")
        );
    }

    #[test]
    fn placeholder_dates_and_agency_authors() {
        assert!(!plausible_date("0001-01-01T00:00:00Z"));
        assert!(plausible_date("2019-11-19T04:58:46+00:00"));
        assert!(plausible_date("19 NOV 2019"));
        assert!(!plausible_date("Updated"));
        assert!(known_agency("The Associated Press"));
        assert!(!known_agency("Daniel Okafor"));
    }

    #[test]
    fn meta_lines() {
        assert!(is_meta_line("By Justine Coleman - 11/18/19 11:04 PM EST"));
        assert!(is_meta_line("Updated at 1:23 p.m."));
        assert!(is_meta_line("Par Jeanne Rocher | 3 mars 2023 à 14h02"));
        assert!(!is_meta_line(
            "By March 3, 2023, the talks had collapsed, officials said."
        ));
        assert!(!is_meta_line("Updated figures will be released next week."));
    }

    #[test]
    fn credits_and_agencies() {
        assert_eq!(
            editors_in("(Editor: Zhang Wei 张伟)"),
            Some(vec!["Zhang Wei".to_string()])
        );
        assert_eq!(
            editors_in("Rédacteurs : Ying Xie, Yishuang Liu"),
            Some(vec!["Ying Xie".to_string(), "Yishuang Liu".to_string()])
        );
        assert_eq!(editors_in("The editors said no"), None);
        assert_eq!(
            editors_in("Source: Xinhua| 2023-05-19 22:07:31|Editor: huaxia"),
            Some(vec!["huaxia".to_string()])
        );
        assert_eq!(
            dateline_agency("XI'AN, May 19 (Xinhua) -- Chinese").as_deref(),
            Some("Xinhua")
        );
        assert_eq!(
            dateline_agency("Peking (dpa) - Außenministerin").as_deref(),
            Some("dpa")
        );
        assert_eq!(dateline_agency("The (big) deal - no"), None);
    }
}
