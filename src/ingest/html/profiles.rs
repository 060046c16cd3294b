//! Site profiles: CSS selectors for the major diplomatic sources, so their pages are read by
//! what the site's template says rather than by what the generic extractor guesses.
//!
//! A profile is a TOML file (`data/profiles/*.toml`, embedded in the binary; users add or
//! override them in `<config dir>/profiles/*.toml`, where a file named like a built-in replaces
//! it). It names the outlet (`source`), how to recognise its pages (`[match]`: URL hosts, with
//! subdomains, and `og:site_name` values) and, per field, selectors tried in order
//! (`[selectors]`: `title`, `published`, `updated`, `time`, `author`, `section`, `body`,
//! `exclude`). Every field falls back to the generic reader when its selectors find nothing, so a
//! template change on the site degrades to the generic result instead of an empty article.
//!
//! Profiles are parsed and their selectors compiled once per process; choosing one for a page is
//! a few hash lookups on the host's suffixes.

use super::dom::{Dom, Tag};
use super::meta::{self, Meta};
use scraper::{Html, Selector};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The profiles shipped with Attache: `(name, TOML text)`. The name is the file stem, which is
/// also what a user file must be called to replace one.
const BUILTIN: &[(&str, &str)] = &[
    ("afp", include_str!("../../../data/profiles/afp.toml")),
    (
        "aljazeera",
        include_str!("../../../data/profiles/aljazeera.toml"),
    ),
    ("apnews", include_str!("../../../data/profiles/apnews.toml")),
    ("cgtn", include_str!("../../../data/profiles/cgtn.toml")),
    ("eeas", include_str!("../../../data/profiles/eeas.toml")),
    ("fmprc", include_str!("../../../data/profiles/fmprc.toml")),
    (
        "france24",
        include_str!("../../../data/profiles/france24.toml"),
    ),
    (
        "kremlin",
        include_str!("../../../data/profiles/kremlin.toml"),
    ),
    (
        "peopledaily",
        include_str!("../../../data/profiles/peopledaily.toml"),
    ),
    (
        "reuters",
        include_str!("../../../data/profiles/reuters.toml"),
    ),
    ("ria", include_str!("../../../data/profiles/ria.toml")),
    ("state", include_str!("../../../data/profiles/state.toml")),
    ("tass", include_str!("../../../data/profiles/tass.toml")),
    (
        "un-news",
        include_str!("../../../data/profiles/un-news.toml"),
    ),
    (
        "un-press",
        include_str!("../../../data/profiles/un-press.toml"),
    ),
    ("xinhua", include_str!("../../../data/profiles/xinhua.toml")),
];

/// A profile file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    /// Outlet credited for the site's own stories.
    source: Option<String>,
    /// The outlet's name in other languages, keyed by ISO 639-1 code of the page.
    #[serde(default)]
    source_by_language: BTreeMap<String, String>,
    #[serde(rename = "match", default)]
    matching: MatchFile,
    #[serde(default)]
    selectors: SelectorsFile,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MatchFile {
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    site_names: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SelectorsFile {
    #[serde(default)]
    title: Vec<String>,
    #[serde(default)]
    published: Vec<String>,
    #[serde(default)]
    updated: Vec<String>,
    #[serde(default)]
    time: Vec<String>,
    #[serde(default)]
    author: Vec<String>,
    #[serde(default)]
    section: Vec<String>,
    #[serde(default)]
    body: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
}

/// One compiled site profile.
#[derive(Debug)]
pub struct Profile {
    /// File stem of the TOML file it came from (a user file of the same name replaces it).
    pub name: String,
    /// Outlet credited for the site's own stories (agencies the page credits still win).
    pub source: Option<String>,
    source_by_language: BTreeMap<String, String>,
    /// Hosts whose pages (and subdomains' pages) the profile reads, lower case.
    pub hosts: Vec<String>,
    /// `og:site_name` values that identify the site when a page carries no URL.
    pub site_names: Vec<String>,
    title: Vec<Selector>,
    published: Vec<Selector>,
    updated: Vec<Selector>,
    time: Vec<Selector>,
    author: Vec<Selector>,
    section: Vec<Selector>,
    body: Vec<Selector>,
    exclude: Vec<Selector>,
}

impl Profile {
    /// Parses and compiles one profile; the error names what is wrong (TOML or a selector).
    pub fn parse(name: &str, text: &str) -> Result<Profile, String> {
        let f: ProfileFile = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
        let compile = |field: &str, list: &[String]| -> Result<Vec<Selector>, String> {
            list.iter()
                .map(|s| {
                    Selector::parse(s).map_err(|e| {
                        format!("bad `{field}` selector {s:?}: {}", one_line(&e.to_string()))
                    })
                })
                .collect()
        };
        let s = &f.selectors;
        let hosts: Vec<String> = f
            .matching
            .hosts
            .iter()
            .map(|h| normalise_host(h))
            .filter(|h| !h.is_empty())
            .collect();
        if hosts.is_empty() && f.matching.site_names.is_empty() {
            return Err("no [match] hosts or site_names".to_string());
        }
        Ok(Profile {
            name: name.to_string(),
            source: f.source.filter(|s| !s.trim().is_empty()),
            source_by_language: f
                .source_by_language
                .into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v))
                .collect(),
            hosts,
            site_names: f.matching.site_names,
            title: compile("title", &s.title)?,
            published: compile("published", &s.published)?,
            updated: compile("updated", &s.updated)?,
            time: compile("time", &s.time)?,
            author: compile("author", &s.author)?,
            section: compile("section", &s.section)?,
            body: compile("body", &s.body)?,
            exclude: compile("exclude", &s.exclude)?,
        })
    }

    /// The outlet's name for a page in `language` (the plain `source` when no translation is
    /// given).
    pub fn source_for(&self, language: Option<&str>) -> Option<&str> {
        language
            .map(|l| l.get(..2).unwrap_or(l).to_ascii_lowercase())
            .and_then(|l| self.source_by_language.get(&l))
            .map(String::as_str)
            .or(self.source.as_deref())
    }
}

fn one_line(s: &str) -> String {
    crate::sanitize::collapse_whitespace(s)
}

/// The built-in profiles plus the user's, indexed by host and by site name.
#[derive(Debug, Default)]
pub struct ProfileSet {
    profiles: Vec<Profile>,
    by_host: HashMap<String, usize>,
    by_site: HashMap<String, usize>,
}

impl ProfileSet {
    /// Only the profiles shipped with Attache.
    pub fn builtin() -> ProfileSet {
        let profiles = BUILTIN
            .iter()
            .map(|(name, text)| {
                Profile::parse(name, text)
                    .unwrap_or_else(|e| panic!("built-in profile {name} is invalid: {e}"))
            })
            .collect();
        ProfileSet::index(profiles)
    }

    /// The built-in profiles, with every `*.toml` file of `dir` added (or replacing the
    /// built-in of the same name). Files that cannot be read or parsed are skipped; each one
    /// yields a one-line warning naming the file, for the caller to report.
    pub fn with_user_dir(dir: &Path) -> (ProfileSet, Vec<String>) {
        let mut profiles: Vec<Profile> = BUILTIN
            .iter()
            .map(|(name, text)| {
                Profile::parse(name, text)
                    .unwrap_or_else(|e| panic!("built-in profile {name} is invalid: {e}"))
            })
            .collect();
        let mut warnings = Vec::new();
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        for path in files {
            let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let parsed = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| Profile::parse(name, &text));
            match parsed {
                Ok(p) => match profiles.iter_mut().find(|q| q.name == p.name) {
                    Some(q) => *q = p,
                    None => profiles.push(p),
                },
                Err(e) => warnings.push(format!(
                    "warning: skipping site profile: {e} ({})",
                    path.display()
                )),
            }
        }
        (ProfileSet::index(profiles), warnings)
    }

    fn index(profiles: Vec<Profile>) -> ProfileSet {
        let mut by_host = HashMap::new();
        let mut by_site = HashMap::new();
        for (i, p) in profiles.iter().enumerate() {
            for h in &p.hosts {
                by_host.insert(h.clone(), i);
            }
            for s in &p.site_names {
                by_site.insert(fold_site(s), i);
            }
        }
        ProfileSet {
            profiles,
            by_host,
            by_site,
        }
    }

    /// All profiles, built-in first.
    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    /// The profile for a host: the longest listed host the page's host equals or is a
    /// subdomain of ("www.en.kremlin.ru" -> "en.kremlin.ru" before "kremlin.ru").
    pub fn for_host(&self, host: &str) -> Option<&Profile> {
        let host = normalise_host(host);
        let mut h = host.as_str();
        loop {
            if let Some(&i) = self.by_host.get(h) {
                return Some(&self.profiles[i]);
            }
            match h.find('.') {
                // Never match on a bare top-level domain.
                Some(dot) if h[dot + 1..].contains('.') => h = &h[dot + 1..],
                _ => return None,
            }
        }
    }

    /// The profile whose site names include `site` (case and spacing ignored).
    pub fn for_site_name(&self, site: &str) -> Option<&Profile> {
        self.by_site
            .get(&fold_site(site))
            .map(|&i| &self.profiles[i])
    }

    /// The profile for a page: by the host of its canonical URL, `og:url` or the document URL
    /// (in that order), else by its site name.
    pub fn choose<'p>(&'p self, urls: &[&str], site_names: &[&str]) -> Option<&'p Profile> {
        urls.iter()
            .filter_map(|u| host_of(u))
            .find_map(|h| self.for_host(h))
            .or_else(|| site_names.iter().find_map(|s| self.for_site_name(s)))
    }
}

fn fold_site(s: &str) -> String {
    crate::sanitize::collapse_whitespace(s).to_lowercase()
}

fn normalise_host(h: &str) -> String {
    let h = h.trim().trim_end_matches('.').to_ascii_lowercase();
    h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
}

/// The host of an absolute (or protocol-relative) URL.
pub fn host_of(url: &str) -> Option<&str> {
    let url = url.trim();
    let rest = if let Some(p) = url.find("://") {
        let scheme = &url[..p];
        if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
            return None;
        }
        &url[p + 3..]
    } else {
        url.strip_prefix("//")?
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// Where users keep their own profiles: `<config dir>/profiles` (on Linux
/// `$XDG_CONFIG_HOME/attache/profiles`).
pub fn user_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "attache").map(|d| d.config_dir().join("profiles"))
}

static GLOBAL: LazyLock<ProfileSet> = LazyLock::new(|| match user_dir().filter(|d| d.is_dir()) {
    Some(dir) => {
        let (set, warnings) = ProfileSet::with_user_dir(&dir);
        // Once per process: the set is loaded once, so each broken file is reported once.
        for w in warnings {
            eprintln!("{w}");
        }
        set
    }
    None => ProfileSet::builtin(),
});

/// The profiles in effect (built-in plus the user's), loaded once per process.
pub fn global() -> &'static ProfileSet {
    &GLOBAL
}

static DEBUG: LazyLock<bool> =
    LazyLock::new(|| std::env::var("ATTACHE_DEBUG").is_ok_and(|v| !v.is_empty() && v != "0"));

/// One line on stderr when `ATTACHE_DEBUG` is set: which profile fields fell back to the
/// generic reader, so a user can see when a site changed its template.
fn debug(line: impl FnOnce() -> String) {
    if *DEBUG {
        eprintln!("debug: {}", line());
    }
}

/// Chooses the profile for a parsed page (see [`ProfileSet::choose`]). The canonical link,
/// `og:url` and site-name metas are read in one pass over the head's `<link>`/`<meta>` nodes,
/// so a page of a site without a profile costs a linear scan and a few hash lookups.
pub(crate) fn choose_for_page<'p>(
    set: &'p ProfileSet,
    dom: &Dom,
    path: &str,
) -> Option<&'p Profile> {
    if set.profiles.is_empty() {
        return None;
    }
    let mut canonical = None;
    let mut og = None;
    let mut sites: Vec<&str> = Vec::new();
    for (i, node) in dom.nodes.iter().enumerate() {
        match node.tag {
            Tag::Link if canonical.is_none() => {
                let is_canonical = dom.attr(i, "rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                });
                if is_canonical {
                    canonical = dom.attr(i, "href");
                }
            }
            Tag::Meta => {
                let Some(content) = dom.attr(i, "content") else {
                    continue;
                };
                let key = dom.attr(i, "property").or_else(|| dom.attr(i, "name"));
                match key.map(str::to_ascii_lowercase).as_deref() {
                    Some("og:url") if og.is_none() => og = Some(content),
                    Some("og:site_name" | "sitename" | "application-name") => sites.push(content),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let doc_url = (path.starts_with("http://") || path.starts_with("https://")).then_some(path);
    let urls: Vec<&str> = [canonical, og, doc_url].into_iter().flatten().collect();
    set.choose(&urls, &sites)
}

/// Dom indices of the elements a selector matches, in document order.
struct Matcher<'d, 'a> {
    html: &'a Html,
    dom: &'d Dom<'a>,
    index: HashMap<*const scraper::node::Element, usize>,
}

impl<'d, 'a> Matcher<'d, 'a> {
    fn new(html: &'a Html, dom: &'d Dom<'a>) -> Self {
        let index = dom
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.el.map(|e| (e as *const _, i)))
            .collect();
        Matcher { html, dom, index }
    }

    fn all(&self, sel: &Selector) -> Vec<usize> {
        self.html
            .select(sel)
            .filter_map(|e| self.index.get(&(e.value() as *const _)).copied())
            .collect()
    }

    /// Text a field selector yields for one element: `content` of a `<meta>`, else visible
    /// text.
    fn value(&self, i: usize) -> String {
        let dom = self.dom;
        if dom.tag(i) == Tag::Meta {
            return dom
                .attr(i, "content")
                .map(|c| crate::sanitize::collapse_whitespace(&super::decode_entities(c)))
                .unwrap_or_default();
        }
        dom.text(i)
    }

    /// First non-empty value among the selectors, each tried in order.
    fn first_text(&self, sels: &[Selector]) -> Option<String> {
        sels.iter().find_map(|s| {
            self.all(s)
                .into_iter()
                .map(|i| self.value(i))
                .find(|t| !t.is_empty())
        })
    }

    /// First date among the selectors: a `datetime` or `content` attribute, else a date
    /// printed in the element's text.
    fn first_date(&self, sels: &[Selector], updated: bool) -> Option<String> {
        let dom = self.dom;
        sels.iter().find_map(|s| {
            self.all(s).into_iter().find_map(|i| {
                let attr = dom
                    .attr(i, "datetime")
                    .or_else(|| dom.attr(i, "content"))
                    .or_else(|| dom.attr(i, "data-timestamp"))
                    .map(str::trim)
                    .filter(|d| !d.is_empty() && meta::plausible_date(d));
                if let Some(a) = attr {
                    return Some(crate::sanitize::collapse_whitespace(a));
                }
                let text = dom.text(i);
                let (mut p, mut u) = meta::dates_in(&text);
                if p.is_none() && u.is_none() && text.contains('-') {
                    // "06-Mar-2025": day, month name and year joined by hyphens.
                    (p, u) = meta::dates_in(&text.replace('-', " "));
                }
                // The element was named as the date: a lone "Updated ..." stamp in it still
                // dates the story.
                if updated {
                    u.or(p)
                } else {
                    p.or(u)
                }
            })
        })
    }
}

/// Whether paragraphs make an article body rather than a stub: at least two sentences.
fn enough_body(paras: &[String]) -> bool {
    let mut sentences = 0;
    for p in paras {
        let mut chars = p.chars().peekable();
        while let Some(c) = chars.next() {
            if matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '…') {
                let next = chars.peek().copied();
                if next.is_none_or(|n| {
                    n.is_whitespace() || matches!(n, '"' | '”' | '»' | '’' | '\'' | ')')
                }) || matches!(c, '。' | '！' | '？')
                {
                    sentences += 1;
                    if sentences >= 2 {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// A byline as `split_byline` reads it: parenthesised credits ("(People's Daily Online)")
/// dropped and "X with AFP" / "X avec AFP" split into two credits.
fn byline_text(text: &str) -> String {
    static PARENS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\([^()]*\)").expect("valid pattern"));
    static WITH: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?i)\s+(?:with|avec|con|mit)\s+").expect("valid pattern")
    });
    let t = PARENS.replace_all(text, " ");
    WITH.replace_all(&t, ", ").into_owned()
}

/// "EDITH M. LEDERER" -> "Edith M. Lederer": some sites print bylines in capitals.
fn name_case(name: String) -> String {
    if name.chars().any(|c| c.is_lowercase()) || !name.chars().any(|c| c.is_uppercase()) {
        return name;
    }
    name.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Appends a time of day ("19:30") to a date that has none.
fn with_time(date: String, time: Option<String>) -> String {
    let Some(t) = time else { return date };
    if date.contains(':') || !t.contains(':') {
        return date;
    }
    let t = t.trim();
    if date.len() == 10 && date.as_bytes()[4] == b'-' {
        format!("{date}T{t}")
    } else {
        format!("{date} {t}")
    }
}

/// What a profile found on a page. Fields it did not find stay as the generic reader left them.
pub(crate) struct Applied {
    /// The body paragraphs, when the profile's body selectors found an article.
    pub body: Option<Vec<String>>,
}

/// Applies a profile to a page: overrides the metadata fields its selectors find and extracts
/// the body from its body selectors. Missed fields keep the generic values (logged in debug).
pub(crate) fn apply(
    profile: &Profile,
    html: &Html,
    dom: &Dom,
    m: &mut Meta,
    path: &str,
) -> Applied {
    let mx = Matcher::new(html, dom);
    let name = &profile.name;
    let miss = |field: &str| {
        debug(|| {
            format!("profile {name}: no {field} from its selectors, generic reader used ({path})")
        })
    };

    if !profile.title.is_empty() {
        match mx.first_text(&profile.title) {
            Some(t) => m.title = Some(t),
            None => miss("title"),
        }
    }
    if !profile.published.is_empty() {
        match mx.first_date(&profile.published, false) {
            Some(d) => {
                let time = if profile.time.is_empty() {
                    None
                } else {
                    mx.first_text(&profile.time)
                };
                m.published = Some(with_time(d, time));
            }
            None => miss("published date"),
        }
    }
    if !profile.updated.is_empty() {
        if let Some(d) = mx.first_date(&profile.updated, true) {
            m.updated = Some(d);
        }
    }
    if !profile.author.is_empty() {
        let mut names: Vec<String> = Vec::new();
        let mut agency: Option<String> = None;
        for sel in &profile.author {
            for i in mx.all(sel) {
                let text = mx.value(i);
                if text.is_empty() || text.len() > 200 {
                    continue;
                }
                let (n, a) = meta::split_byline(&byline_text(&text));
                for n in n.into_iter().map(name_case) {
                    if meta::known_agency(&n) {
                        agency.get_or_insert(n);
                    } else if !names.contains(&n) {
                        names.push(n);
                    }
                }
                if let Some(a) = a {
                    agency.get_or_insert(a);
                }
            }
            if !names.is_empty() || agency.is_some() {
                break;
            }
        }
        if names.is_empty() && agency.is_none() {
            miss("author");
        } else {
            // Structured data naming the same people and more (a JSON-LD author list where the
            // visible byline shows one name) is the fuller answer.
            if !names.is_empty() && !names.iter().all(|n| m.authors.contains(n)) {
                m.authors = names;
            }
            if let Some(a) = agency {
                if !m.source_is_agency {
                    m.source = Some(a);
                    m.source_is_agency = true;
                }
            }
        }
    }
    if !profile.section.is_empty() {
        match mx
            .first_text(&profile.section)
            .filter(|s| s.chars().count() <= 60)
        {
            Some(s) => m.section = Some(s),
            None => miss("section"),
        }
    }
    // The outlet: the site's own name, unless the page credits an agency for the story.
    if !m.source_is_agency {
        let lang = m.language.as_deref();
        if let Some(s) = profile.source_for(lang) {
            m.source = Some(s.to_string());
        }
    }

    let mut body = None;
    if !profile.body.is_empty() {
        let mut excluded = vec![false; dom.len()];
        for sel in &profile.exclude {
            for i in mx.all(sel) {
                let end = dom.nodes[i].end as usize;
                excluded[i..end].iter_mut().for_each(|e| *e = true);
            }
        }
        for sel in &profile.body {
            let mut roots: Vec<usize> = Vec::new();
            for i in mx.all(sel) {
                // A match inside an earlier one is already part of it.
                if roots.last().is_some_and(|&r| i < dom.nodes[r].end as usize) {
                    continue;
                }
                if !excluded[i] {
                    roots.push(i);
                }
            }
            if roots.is_empty() {
                continue;
            }
            let mut paras = super::extract::subtrees(dom, &roots, &excluded);
            if let Some(t) = m.title.as_deref() {
                let t = t.trim();
                paras.retain(|p| !p.eq_ignore_ascii_case(t));
            }
            if enough_body(&paras) {
                body = Some(paras);
                break;
            }
        }
        if body.is_none() {
            miss("body");
        }
    }
    Applied { body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_urls() {
        assert_eq!(
            host_of("https://www.Reuters.com/world/x"),
            Some("www.Reuters.com")
        );
        assert_eq!(
            host_of("http://en.kremlin.ru:8080/events"),
            Some("en.kremlin.ru")
        );
        assert_eq!(host_of("//news.un.org/fr/story"), Some("news.un.org"));
        assert_eq!(host_of("/relative/path"), None);
        assert_eq!(host_of("file:///tmp/x.html"), None);
    }

    #[test]
    fn builtins_compile_and_match_by_longest_suffix() {
        let set = ProfileSet::builtin();
        assert_eq!(set.profiles().len(), BUILTIN.len());
        assert_eq!(set.for_host("www.reuters.com").unwrap().name, "reuters");
        assert_eq!(set.for_host("news.un.org").unwrap().name, "un-news");
        assert_eq!(set.for_host("press.un.org").unwrap().name, "un-press");
        assert!(set.for_host("un.org").is_none());
        assert!(set.for_host("com").is_none());
        assert!(set.for_host("notreuters.com").is_none());
    }

    #[test]
    fn two_sentences_make_a_body() {
        assert!(!enough_body(&["One sentence only.".to_string()]));
        assert!(enough_body(&["One. Two.".to_string()]));
        assert!(enough_body(&["第一句。第二句。".to_string()]));
        assert!(!enough_body(&["v1.2 release".to_string()]));
    }

    #[test]
    fn bylines_with_credits_and_capitals() {
        assert_eq!(byline_text("FRANCE 24 with AFP"), "FRANCE 24, AFP");
        assert_eq!(
            byline_text("By Liu Xin (People's Daily Online)").trim(),
            "By Liu Xin"
        );
        assert_eq!(name_case("EDITH M. LEDERER".into()), "Edith M. Lederer");
        assert_eq!(name_case("Jane McDonald".into()), "Jane McDonald");
    }

    #[test]
    fn time_completes_a_date() {
        assert_eq!(
            with_time("2024-10-24".into(), Some("19:30".into())),
            "2024-10-24T19:30"
        );
        assert_eq!(
            with_time("October 24, 2024".into(), Some("19:30".into())),
            "October 24, 2024 19:30"
        );
        assert_eq!(
            with_time("2024-10-24T10:00".into(), Some("19:30".into())),
            "2024-10-24T10:00"
        );
    }
}
