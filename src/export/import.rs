//! `attache import FILE`: reads a JSON export (or JSON Lines), or a Web Annotation document
//! (collection, page, single annotation or array), back into a store whose articles are
//! already ingested.
//!
//! Articles are matched by id, else by URL, else by title (a title shared by several articles
//! matches none). Importing merges and is idempotent: notes are deduplicated by id and by
//! anchor + text, tags are added once, so importing the same file twice changes nothing the
//! second time. Each new note is checked against the article's current text and re-anchored
//! when the text moved ([`super::reanchor`]); notes that cannot be placed are kept, marked
//! `orphan`, and counted.
//!
//! The file is read as a stream (one article or annotation at a time) and user data is saved
//! in batches, so large exports import in bounded memory and without one fsync per article.

use super::reanchor::{self, Kind, Placement, Selection};
use super::webannotation::{ARTICLE_IRI, NOTE_IRI};
use super::{ExportError, Result, EXPORT_VERSION};
use crate::model::{normalize_tag, Anchor, Annotation, Article, Status, UserData};
use crate::store::Store;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt;
use std::io::{BufReader, Read};
use std::path::Path;

/// User data edits saved per store batch.
const BATCH: usize = 256;

/// What an import did; printed as its summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Articles (or annotated documents) read from the file.
    pub articles: usize,
    pub matched: usize,
    /// The file's articles with no counterpart in the store (id, URL or title), in file order.
    pub unmatched: Vec<String>,
    pub notes_added: usize,
    /// Existing notes whose text was replaced by a newer version from the file.
    pub notes_updated: usize,
    /// Notes already present (same id, or same anchor and text).
    pub notes_unchanged: usize,
    /// Added notes whose anchor had to move to fit the current text.
    pub reanchored: usize,
    /// Added notes that could not be placed (kept with `orphan: true`).
    pub orphans: usize,
    pub tags_added: usize,
    pub statuses_set: usize,
}

impl ImportReport {
    pub fn summary_line(&self) -> String {
        format!(
            "{} articles: {} matched, {} not found; notes: {} added, {} updated, {} already present, {} re-anchored, {} orphans; {} tags added, {} statuses set",
            self.articles,
            self.matched,
            self.unmatched.len(),
            self.notes_added,
            self.notes_updated,
            self.notes_unchanged,
            self.reanchored,
            self.orphans,
            self.tags_added,
            self.statuses_set
        )
    }
}

/// Imports `path` into `store`.
pub fn import_file(store: &Store, path: &Path) -> Result<ImportReport> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| ExportError::BadInput {
        what: format!("cannot open the file: {e}"),
        file: name.clone(),
    })?;
    import_reader(store, file, &name)
}

/// Imports from any reader; `name` identifies it in errors.
pub fn import_reader(store: &Store, reader: impl Read, name: &str) -> Result<ImportReport> {
    let mut imp = Importer {
        store,
        lookup: None,
        pending: HashMap::new(),
        report: ImportReport::default(),
        failure: None,
        documents: 0,
    };
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, reader));
    loop {
        if de.end().is_ok() {
            break;
        }
        let result = TopLevel { imp: &mut imp }.deserialize(&mut de);
        if let Some(failure) = imp.failure.take() {
            return Err(failure);
        }
        if let Err(e) = result {
            return Err(ExportError::BadInput {
                what: format!("not an Attache export or Web Annotation file: {e}"),
                file: name.to_string(),
            });
        }
        imp.documents += 1;
    }
    if imp.documents == 0 {
        return Err(ExportError::BadInput {
            what: "the file is empty".into(),
            file: name.to_string(),
        });
    }
    imp.save()?;
    Ok(imp.report)
}

/// A note as found in a JSON export; `updated` and `anchor` may be missing in hand-made files.
#[derive(Debug, Deserialize)]
struct ImportNote {
    #[serde(default)]
    id: String,
    text: String,
    #[serde(default)]
    created: String,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    anchor: Anchor,
}

/// What import needs of an exported article; parsed fields are skipped (the store's own text
/// is the reference for re-anchoring).
#[derive(Debug, Deserialize)]
struct ImportArticle {
    #[serde(default)]
    id: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    status: Option<Status>,
    #[serde(default)]
    annotations: Vec<ImportNote>,
}

/// Ways to find an article other than its id, built on first need.
#[derive(Default)]
struct Lookup {
    /// `None` marks a value shared by several articles: ambiguous, so not used.
    by_url: HashMap<String, Option<String>>,
    by_title: HashMap<String, Option<String>>,
}

struct Importer<'s> {
    store: &'s Store,
    lookup: Option<Lookup>,
    /// Edited user data not yet saved, by article id.
    pending: HashMap<String, UserData>,
    report: ImportReport,
    /// A store error raised inside the deserializer, reported instead of the parse error.
    failure: Option<ExportError>,
    documents: usize,
}

impl Importer<'_> {
    fn fail<E: de::Error>(&mut self, e: ExportError) -> E {
        self.failure = Some(e);
        E::custom("import stopped")
    }

    fn lookup(&mut self) -> Result<&Lookup> {
        if self.lookup.is_none() {
            let mut lookup = Lookup::default();
            for item in self.store.scan_summaries() {
                let (s, _) = item?;
                let id = s.id.as_str();
                if let Some(url) = s
                    .url
                    .as_deref()
                    .map(normalize_url)
                    .filter(|u| !u.is_empty())
                {
                    insert_unique(&mut lookup.by_url, url, id);
                }
                let title = normalize_title(&s.title);
                if !title.is_empty() {
                    insert_unique(&mut lookup.by_title, title, id);
                }
            }
            self.lookup = Some(lookup);
        }
        Ok(self.lookup.as_ref().expect("just built"))
    }

    /// The store id of the article named by id, URL or title.
    fn resolve(&mut self, id: &str, url: Option<&str>, title: &str) -> Result<Option<String>> {
        if !id.is_empty() && self.store.summary(id)?.is_some() {
            return Ok(Some(id.to_string()));
        }
        let url = url.map(normalize_url).filter(|u| !u.is_empty());
        let title = normalize_title(title);
        let lookup = self.lookup()?;
        if let Some(Some(found)) = url.and_then(|u| lookup.by_url.get(&u)) {
            return Ok(Some(found.clone()));
        }
        if let Some(Some(found)) = lookup.by_title.get(&title) {
            return Ok(Some(found.clone()));
        }
        Ok(None)
    }

    fn user_data(&mut self, id: &str) -> Result<UserData> {
        match self.pending.get(id) {
            Some(u) => Ok(u.clone()),
            None => Ok(self.store.user_data(id)?),
        }
    }

    fn stage(&mut self, id: String, data: UserData) -> Result<()> {
        self.pending.insert(id, data);
        if self.pending.len() >= BATCH {
            self.save()?;
        }
        Ok(())
    }

    fn save(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut edits: Vec<(String, UserData)> = self.pending.drain().collect();
        edits.sort_by(|a, b| a.0.cmp(&b.0));
        self.store.set_user_data_many(&edits)?;
        Ok(())
    }

    fn import_article(&mut self, a: ImportArticle) -> Result<()> {
        self.report.articles += 1;
        let Some(id) = self.resolve(&a.id, a.url.as_deref(), &a.title)? else {
            self.report
                .unmatched
                .push(describe(&a.id, a.url.as_deref(), &a.title));
            return Ok(());
        };
        self.report.matched += 1;
        let Some(article) = self.store.article(&id)? else {
            return Ok(());
        };
        let mut user = self.user_data(&id)?;
        let before = user.clone();
        self.merge_tags(&mut user, &a.tags);
        if let Some(status) = a.status.filter(|s| *s != Status::Unread) {
            if user.status != status {
                user.status = status;
                self.report.statuses_set += 1;
            }
        }
        for note in a.annotations {
            let updated = note.updated.unwrap_or_else(|| note.created.clone());
            let incoming = Annotation {
                id: if note.id.is_empty() {
                    derived_id(&id, &note.text, &note.created)
                } else {
                    note.id
                },
                text: note.text,
                created: note.created,
                updated,
                anchor: note.anchor,
                orphan: false,
            };
            self.merge_note(&article, &mut user, incoming, None);
        }
        if user != before {
            self.stage(id, user)?;
        }
        Ok(())
    }

    fn merge_tags(&mut self, user: &mut UserData, tags: &[String]) {
        for tag in tags
            .iter()
            .map(|t| normalize_tag(t))
            .filter(|t| !t.is_empty())
        {
            if !user.tags.contains(&tag) {
                user.tags.push(tag);
                self.report.tags_added += 1;
            }
        }
    }

    /// Adds `note` unless it is already there; places it on the current text first.
    /// `placed` is a placement already computed (Web Annotation selectors).
    fn merge_note(
        &mut self,
        article: &Article,
        user: &mut UserData,
        mut note: Annotation,
        placed: Option<Placement>,
    ) {
        if let Some(existing) = user.annotations.iter_mut().find(|n| n.id == note.id) {
            if note.updated > existing.updated && note.text != existing.text {
                existing.text = note.text;
                existing.updated = note.updated;
                self.report.notes_updated += 1;
            } else {
                self.report.notes_unchanged += 1;
            }
            return;
        }
        if same_note_present(user, &note) {
            self.report.notes_unchanged += 1;
            return;
        }
        match placed.unwrap_or_else(|| reanchor::place(article, &note.anchor)) {
            Placement::Kept => {}
            Placement::Moved(anchor) => {
                note.anchor = anchor;
                if same_note_present(user, &note) {
                    self.report.notes_unchanged += 1;
                    return;
                }
                self.report.reanchored += 1;
            }
            Placement::Orphan => {
                note.orphan = true;
                self.report.orphans += 1;
            }
        }
        user.annotations.push(note);
        self.report.notes_added += 1;
    }

    /// One W3C Web Annotation.
    fn import_web_annotation(&mut self, anno: &Map<String, Value>) -> Result<()> {
        if !has_type(anno.get("type"), "Annotation") {
            return Ok(());
        }
        self.report.articles += 1;
        let anno_id = anno.get("id").and_then(Value::as_str).unwrap_or("");
        let target = match anno.get("target") {
            Some(Value::Array(targets)) => targets.first(),
            other => other,
        };
        let (source, scope, selectors) = match target {
            Some(Value::String(s)) => (s.as_str(), None, Vec::new()),
            Some(Value::Object(t)) => (
                iri(t.get("source")).unwrap_or(""),
                iri(t.get("scope")),
                match t.get("selector") {
                    Some(Value::Array(list)) => list.iter().filter_map(Value::as_object).collect(),
                    Some(Value::Object(one)) => vec![one],
                    _ => Vec::new(),
                },
            ),
            _ => ("", None, Vec::new()),
        };
        let urn_id = [scope, Some(source)]
            .into_iter()
            .flatten()
            .find_map(|s| s.strip_prefix(ARTICLE_IRI))
            .filter(|s| !s.contains(':'))
            .unwrap_or("");
        let url = (!source.starts_with(ARTICLE_IRI)).then_some(source);
        let Some(id) = self.resolve(urn_id, url, "")? else {
            self.report.unmatched.push(describe(urn_id, url, anno_id));
            return Ok(());
        };
        self.report.matched += 1;
        let Some(article) = self.store.article(&id)? else {
            return Ok(());
        };
        let mut user = self.user_data(&id)?;
        let before = user.clone();

        let (text, tags) = bodies(anno);
        self.merge_tags(&mut user, &tags);
        if !text.is_empty() {
            let created = anno
                .get("created")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let updated = anno
                .get("modified")
                .and_then(Value::as_str)
                .map_or_else(|| created.clone(), str::to_string);
            let note_id = match anno_id.strip_prefix(NOTE_IRI) {
                Some(own) if !own.is_empty() => own.to_string(),
                _ if anno_id.is_empty() => derived_id(&id, &text, &created),
                _ => format!(
                    "{:012x}",
                    xxhash_rust::xxh3::xxh3_64(anno_id.as_bytes()) >> 16
                ),
            };
            let (anchor, placement) = web_anchor(&article, &selectors);
            let note = Annotation {
                id: note_id,
                text,
                created,
                updated,
                anchor,
                orphan: false,
            };
            self.merge_note(&article, &mut user, note, Some(placement));
        }
        // Neither a note nor tags (e.g. a bookmark): nothing we can keep.
        if user != before {
            self.stage(id, user)?;
        }
        Ok(())
    }
}

/// Turns Web Annotation selectors into an anchor on the current article text.
fn web_anchor(article: &Article, selectors: &[&Map<String, Value>]) -> (Anchor, Placement) {
    let text_of = |sel: &Map<String, Value>, key: &str| {
        sel.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let quote = selectors
        .iter()
        .find(|s| has_type(s.get("type"), "TextQuoteSelector"));
    let position = selectors
        .iter()
        .find(|s| has_type(s.get("type"), "TextPositionSelector"))
        .and_then(|s| {
            Some((
                s.get("start")?.as_u64()? as usize,
                s.get("end")?.as_u64()? as usize,
            ))
        });
    let (mut exact, prefix, suffix) = match quote {
        Some(q) => (
            text_of(q, "exact"),
            text_of(q, "prefix"),
            text_of(q, "suffix"),
        ),
        None => Default::default(),
    };
    if exact.is_empty() {
        // Position only: take the text it points at.
        if let Some((s, e)) = position.filter(|(s, e)| s < e) {
            exact = super::body_text(article)
                .chars()
                .skip(s)
                .take(e - s)
                .collect();
        }
    }
    if exact.is_empty() {
        return (Anchor::Article, Placement::Kept);
    }
    let sel = Selection {
        exact: &exact,
        prefix: &prefix,
        suffix: &suffix,
        kind: Kind::Unknown,
        index: None,
        position: position.map(|p| p.0),
    };
    // A position that still points at the exact text decides among repeated occurrences.
    let at_position = position.and_then(|(s, e)| {
        let body: Vec<char> = super::body_text(article).chars().collect();
        let slice: String = body.get(s..e)?.iter().collect();
        (slice == exact).then(|| {
            let before: String = body[s.saturating_sub(64)..s].iter().collect();
            let after: String = body[e..(e + 64).min(body.len())].iter().collect();
            (before, after)
        })
    });
    let located = match at_position {
        Some((before, after)) => reanchor::locate(
            article,
            &Selection {
                prefix: &before,
                suffix: &after,
                ..sel
            },
        ),
        None => reanchor::locate(article, &sel),
    };
    match located {
        Some(anchor) => (anchor, Placement::Kept),
        None => {
            let index = position
                .map(|(s, _)| {
                    super::paragraph_offsets(article)
                        .iter()
                        .rposition(|&o| o <= s)
                        .unwrap_or(0)
                })
                .unwrap_or(0);
            (
                Anchor::Paragraph {
                    index,
                    exact,
                    prefix,
                    suffix,
                },
                Placement::Orphan,
            )
        }
    }
}

/// The note text (commenting or purpose-less textual bodies) and tags (tagging bodies).
fn bodies(anno: &Map<String, Value>) -> (String, Vec<String>) {
    let tagging_motivation = anno
        .get("motivation")
        .is_some_and(|m| has_type(Some(m), "tagging"));
    let mut texts: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    if let Some(v) = anno.get("bodyValue").and_then(Value::as_str) {
        texts.push(v.to_string());
    }
    let list: Vec<&Value> = match anno.get("body") {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    for body in list {
        let Some(b) = body.as_object() else { continue };
        let Some(value) = b.get("value").and_then(Value::as_str) else {
            continue;
        };
        let purpose = b.get("purpose");
        if has_type(purpose, "tagging") || (purpose.is_none() && tagging_motivation) {
            tags.push(value.to_string());
        } else {
            texts.push(value.to_string());
        }
    }
    (texts.join("\n\n").trim().to_string(), tags)
}

/// True when a JSON-LD `type` (or `purpose`, `motivation`) value is or includes `wanted`.
fn has_type(value: Option<&Value>, wanted: &str) -> bool {
    match value {
        Some(Value::String(s)) => s == wanted || s.strip_prefix("oa:") == Some(wanted),
        Some(Value::Array(items)) => items.iter().any(|v| has_type(Some(v), wanted)),
        _ => false,
    }
}

/// An IRI given as a string or as an object with an `id`.
fn iri(value: Option<&Value>) -> Option<&str> {
    match value? {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("id").or_else(|| o.get("@id"))?.as_str(),
        _ => None,
    }
}

fn same_note_present(user: &UserData, note: &Annotation) -> bool {
    user.annotations
        .iter()
        .any(|n| n.text == note.text && same_anchor(&n.anchor, &note.anchor))
}

/// Anchors are the same place when kind, index and exact text agree (context may differ).
fn same_anchor(a: &Anchor, b: &Anchor) -> bool {
    match (a, b) {
        (Anchor::Article, Anchor::Article) => true,
        (
            Anchor::Paragraph {
                index: i, exact: e, ..
            },
            Anchor::Paragraph {
                index: j, exact: f, ..
            },
        )
        | (
            Anchor::Quote {
                index: i, exact: e, ..
            },
            Anchor::Quote {
                index: j, exact: f, ..
            },
        ) => i == j && e == f,
        _ => false,
    }
}

/// A stable id for a note that came without one, so re-importing it deduplicates.
fn derived_id(article: &str, text: &str, created: &str) -> String {
    let seed = format!("{article}|{created}|{text}");
    format!("{:012x}", xxhash_rust::xxh3::xxh3_64(seed.as_bytes()) >> 16)
}

fn describe(id: &str, url: Option<&str>, title: &str) -> String {
    [Some(id), url, Some(title)]
        .into_iter()
        .flatten()
        .find(|s| !s.trim().is_empty())
        .map(crate::sanitize::one_line)
        .unwrap_or_else(|| "an article without id, URL or title".into())
}

fn insert_unique(map: &mut HashMap<String, Option<String>>, key: String, id: &str) {
    map.entry(key)
        .and_modify(|v| {
            if v.as_deref() != Some(id) {
                *v = None;
            }
        })
        .or_insert_with(|| Some(id.to_string()));
}

/// URLs compare without scheme case, fragment or trailing slash.
fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let url = url.trim_end_matches('/');
    match url.split_once("://") {
        Some((scheme, rest)) => format!("{}://{rest}", scheme.to_ascii_lowercase()),
        None => url.to_string(),
    }
}

fn normalize_title(title: &str) -> String {
    crate::fold::fold(&crate::sanitize::collapse_whitespace(title))
}

// ---- streaming deserialisation -------------------------------------------------------------

/// One top-level JSON value: an export object, a collection/page, an annotation, an array of
/// annotations, or (JSON Lines) a single article.
struct TopLevel<'a, 's> {
    imp: &'a mut Importer<'s>,
}

impl<'de> Visitor<'de> for TopLevel<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an Attache export object or Web Annotation JSON-LD")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut rest = Map::new();
        let mut streamed = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "version" => {
                    let version: Value = map.next_value()?;
                    if version
                        .as_u64()
                        .is_some_and(|v| v > u64::from(EXPORT_VERSION))
                    {
                        return Err(de::Error::custom(format!(
                            "export version {version} is newer than this attache understands ({EXPORT_VERSION})"
                        )));
                    }
                    rest.insert(key, version);
                }
                "articles" => {
                    map.next_value_seed(Items {
                        imp: &mut *self.imp,
                        kind: ItemKind::Article,
                    })?;
                    streamed = true;
                }
                "items" => {
                    map.next_value_seed(Items {
                        imp: &mut *self.imp,
                        kind: ItemKind::Annotation,
                    })?;
                    streamed = true;
                }
                "first" => {
                    map.next_value_seed(Page {
                        imp: &mut *self.imp,
                    })?;
                    streamed = true;
                }
                _ => {
                    let value: Value = map.next_value()?;
                    rest.insert(key, value);
                }
            }
        }
        if streamed {
            return Ok(());
        }
        let result = if has_type(rest.get("type"), "Annotation") {
            self.imp.import_web_annotation(&rest)
        } else if rest.contains_key("id") || rest.contains_key("title") {
            match ImportArticle::deserialize(Value::Object(rest)) {
                Ok(a) => self.imp.import_article(a),
                Err(e) => return Err(de::Error::custom(e)),
            }
        } else {
            return Err(de::Error::custom("no articles or annotations found"));
        };
        result.map_err(|e| self.imp.fail(e))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> std::result::Result<(), A::Error> {
        Items {
            imp: self.imp,
            kind: ItemKind::Any,
        }
        .visit_seq(seq)
    }
}

impl<'de> DeserializeSeed<'de> for TopLevel<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Article,
    Annotation,
    /// A bare top-level array: each element decides.
    Any,
}

/// A JSON array whose elements are imported one by one as they are parsed.
struct Items<'a, 's> {
    imp: &'a mut Importer<'s>,
    kind: ItemKind,
}

impl<'de> DeserializeSeed<'de> for Items<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of articles or annotations")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        match self.kind {
            ItemKind::Article => {
                while let Some(article) = seq.next_element::<ImportArticle>()? {
                    if let Err(e) = self.imp.import_article(article) {
                        return Err(self.imp.fail(e));
                    }
                }
            }
            ItemKind::Annotation => {
                while let Some(value) = seq.next_element::<Value>()? {
                    if let Value::Object(anno) = value {
                        if let Err(e) = self.imp.import_web_annotation(&anno) {
                            return Err(self.imp.fail(e));
                        }
                    }
                }
            }
            ItemKind::Any => {
                while seq
                    .next_element_seed(TopLevel {
                        imp: &mut *self.imp,
                    })?
                    .is_some()
                {}
            }
        }
        Ok(())
    }
}

/// The embedded first page of a collection: its `items` stream; a page given only by IRI
/// cannot be followed (import reads files, it does not fetch).
struct Page<'a, 's> {
    imp: &'a mut Importer<'s>,
}

impl<'de> DeserializeSeed<'de> for Page<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Page<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an embedded AnnotationPage")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<(), E> {
        Err(E::custom(format!(
            "the collection does not embed its first page ({v}); save the pages as files"
        )))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "items" {
                map.next_value_seed(Items {
                    imp: &mut *self.imp,
                    kind: ItemKind::Annotation,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_titles_normalise() {
        assert_eq!(
            normalize_url("HTTPS://tass.com/politics/1/#top"),
            "https://tass.com/politics/1"
        );
        assert_eq!(normalize_title("  Sénégal:  vote "), "senegal: vote");
    }

    #[test]
    fn web_bodies_split_notes_and_tags() {
        let anno: Value = serde_json::json!({
            "type": "Annotation",
            "motivation": "commenting",
            "body": [
                {"type": "TextualBody", "value": "Check this", "purpose": "commenting"},
                {"type": "TextualBody", "value": "arctic", "purpose": "tagging"}
            ]
        });
        let (text, tags) = bodies(anno.as_object().unwrap());
        assert_eq!(text, "Check this");
        assert_eq!(tags, vec!["arctic".to_string()]);
    }

    #[test]
    fn anchors_compare_by_place_not_context() {
        let a = Anchor::Quote {
            index: 1,
            exact: "x".into(),
            prefix: "a".into(),
            suffix: String::new(),
        };
        let b = Anchor::Quote {
            index: 1,
            exact: "x".into(),
            prefix: "b".into(),
            suffix: "c".into(),
        };
        assert!(same_anchor(&a, &b));
        assert!(!same_anchor(&a, &Anchor::Article));
    }
}
