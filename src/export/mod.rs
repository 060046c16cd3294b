//! Exports and imports: the analyst's work leaves Attache as JSON, JSON Lines, CSV, a Markdown
//! brief or W3C Web Annotations, and comes back in through [`import`].
//!
//! Every format is written by one streaming driver, [`for_each_selected`]: it scans the store
//! in id order and hands over one article (and its user data) at a time, so memory stays flat
//! whatever the size of the archive. Exports are therefore in id order (stable across stores
//! holding the same articles); sort by `published` downstream when needed. The formats only decide how one article is written
//! ([`Sink`]); the Markdown brief, which groups articles by tag, keeps just the ids of the
//! selected articles between its two passes.

pub mod csv;
pub mod import;
pub mod json;
pub mod jsonl;
pub mod markdown;
pub mod reanchor;
pub mod webannotation;

use crate::model::{normalize_tag, Article, Status, UserData};
use crate::query::Query;
use crate::store::{ArticleJson, Store, StoreError, Summary};
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Version of the JSON export layout (`{"version": 1, ...}`); `import` refuses newer files.
pub const EXPORT_VERSION: u32 = 1;

/// Why an export or import failed. `BadFilter` is the user's doing (exit status 2).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("{0}")]
    BadFilter(String),
    /// An input file that cannot be read as an export: `what` says why, `file` names it.
    #[error("{what} ({file})")]
    BadInput { what: String, file: String },
    /// The output file cannot be written: `what` says why, `file` names it.
    #[error("{what} ({file})")]
    BadOutput { what: String, file: String },
    /// [`export_to_file`] without `overwrite` found the file already there (it may have
    /// appeared while the export ran); nothing was replaced.
    #[error("the output file exists ({})", .0.display())]
    Exists(PathBuf),
    /// The [`Progress`] observer asked to stop (the TUI quit during an export).
    #[error("export cancelled")]
    Cancelled,
}

pub type Result<T> = std::result::Result<T, ExportError>;

/// The output formats of `attache export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Jsonl,
    Csv,
    Markdown,
    WebAnnotation,
}

impl ExportFormat {
    pub const NAMES: &'static str = "json, jsonl, csv, md, webannotation";

    /// The usual file extension, for suggestions and the TUI's export dialog.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::WebAnnotation => "jsonld",
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "json" => ExportFormat::Json,
            "jsonl" | "ndjson" => ExportFormat::Jsonl,
            "csv" => ExportFormat::Csv,
            "md" | "markdown" => ExportFormat::Markdown,
            "webannotation" | "web-annotation" | "wa" | "jsonld" => ExportFormat::WebAnnotation,
            other => {
                return Err(format!(
                    "unknown format '{other}' (expected one of {})",
                    Self::NAMES
                ))
            }
        })
    }
}

/// Which articles to export. All given conditions must hold; nothing given means everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub tags: Vec<String>,
    pub status: Option<Status>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Free query in the TUI's filter language.
    pub query: Option<String>,
    /// Article ids or unique id prefixes; exported in the order given.
    pub ids: Vec<String>,
}

impl Filter {
    /// The filter as one query-language string: shown in brief headers, and parsed by
    /// [`Query::parse`] so `--tag x` and `--query tag:x` mean exactly the same thing.
    pub fn query_text(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(q) = self
            .query
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty())
        {
            parts.push(q.to_string());
        }
        for tag in &self.tags {
            parts.push(format!("tag:\"{}\"", normalize_tag(tag)));
        }
        if let Some(status) = self.status {
            parts.push(format!("is:{status}"));
        }
        if let Some(d) = &self.since {
            parts.push(format!("since:{}", d.trim()));
        }
        if let Some(d) = &self.until {
            parts.push(format!("until:{}", d.trim()));
        }
        parts.join(" ")
    }

    /// Human-readable description for headers ("everything" when no filter is set).
    pub fn describe(&self) -> String {
        let mut text = self.query_text();
        if !self.ids.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&format!("ids:{}", self.ids.join(",")));
        }
        text
    }

    /// Parses the query and resolves `--ids` against the store.
    pub fn compile(&self, store: &Store) -> Result<Selection> {
        let query = Query::parse(&self.query_text()).map_err(ExportError::BadFilter)?;
        let ids = if self.ids.is_empty() {
            None
        } else {
            let mut resolved: Vec<String> = Vec::new();
            for raw in self.ids.iter().flat_map(|s| s.split(',')) {
                if raw.trim().is_empty() {
                    continue;
                }
                let id = store.resolve_id(raw)?;
                if !resolved.contains(&id) {
                    resolved.push(id);
                }
            }
            Some(resolved)
        };
        Ok(Selection {
            query,
            ids,
            progress: None,
        })
    }
}

/// How far a running export has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportProgress {
    /// Articles looked at so far (checked against the filter).
    pub checked: usize,
    /// Articles that passed and went to the format.
    pub selected: usize,
}

/// Observes a running export, so a front end can show progress and cancel without any format
/// knowing about either (every format reads through [`for_each_selected`] or
/// [`for_each_selected_json`]). It is called from the export's reading thread every
/// [`PROGRESS_EVERY`] articles checked or selected; returning `false` stops the export with
/// [`ExportError::Cancelled`]. Counting what was checked, not only what was selected, keeps a
/// filter that matches little from looking stuck while it reads the archive.
pub type Progress = Arc<dyn Fn(ExportProgress) -> bool + Send + Sync>;

/// How many checked or selected articles pass between two calls to a [`Progress`] observer.
pub const PROGRESS_EVERY: usize = 32;

/// A compiled [`Filter`], optionally carrying a [`Progress`] observer.
#[derive(Clone)]
pub struct Selection {
    query: Query,
    ids: Option<Vec<String>>,
    progress: Option<Progress>,
}

impl std::fmt::Debug for Selection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Selection")
            .field("query", &self.query)
            .field("ids", &self.ids)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

impl Selection {
    /// Reports the export's progress to `progress` (see [`Progress`]).
    pub fn with_progress(mut self, progress: Progress) -> Selection {
        self.progress = Some(progress);
        self
    }
}

/// Counts what the reading side of an export has checked and selected, and asks the
/// [`Progress`] observer (if any) whether to go on. Cells, because the reading loop and the
/// `emit` wrapper both count.
struct Meter<'a> {
    progress: Option<&'a Progress>,
    counts: std::cell::Cell<ExportProgress>,
    cancelled: std::cell::Cell<bool>,
}

impl<'a> Meter<'a> {
    fn new(selection: &'a Selection) -> Meter<'a> {
        Meter {
            progress: selection.progress.as_ref(),
            counts: Default::default(),
            cancelled: std::cell::Cell::new(false),
        }
    }

    /// Reports every [`PROGRESS_EVERY`] events; false once the observer said stop.
    fn bump(&self, change: impl FnOnce(&mut ExportProgress)) -> bool {
        let Some(p) = self.progress else {
            return true;
        };
        let mut c = self.counts.get();
        change(&mut c);
        self.counts.set(c);
        if (c.checked + c.selected).is_multiple_of(PROGRESS_EVERY) && !p(c) {
            self.cancelled.set(true);
        }
        !self.cancelled.get()
    }

    /// One more article looked at.
    fn check(&self) -> Result<()> {
        if self.bump(|c| c.checked += 1) {
            Ok(())
        } else {
            Err(ExportError::Cancelled)
        }
    }

    /// One more article selected; false stops the reading loop.
    fn select(&self) -> bool {
        self.bump(|c| c.selected += 1)
    }

    /// The reading loop's result, turned into [`ExportError::Cancelled`] when it stopped
    /// because the observer asked.
    fn finish(&self, result: Result<()>) -> Result<()> {
        match result {
            Ok(()) if self.cancelled.get() => Err(ExportError::Cancelled),
            other => other,
        }
    }
}

/// What every format's header or trailer may mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportMeta {
    /// RFC 3339 time of the export.
    pub exported: String,
    /// The filter in the query language ("" for everything).
    pub filter: String,
}

impl ExportMeta {
    pub fn now(filter: &Filter) -> ExportMeta {
        ExportMeta {
            exported: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            filter: filter.describe(),
        }
    }
}

/// Counts reported after an export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportStats {
    pub articles: usize,
    pub annotations: usize,
    /// Articles that actually produced output (CSV and Web Annotation skip articles with
    /// neither tags nor notes).
    pub written: usize,
}

/// One streaming output format: a header, one call per article, a trailer.
pub trait Sink {
    fn begin(&mut self, out: &mut dyn Write, meta: &ExportMeta) -> io::Result<()>;
    /// Writes one article; returns whether it produced any output.
    fn article(
        &mut self,
        out: &mut dyn Write,
        article: &Article,
        user: &UserData,
    ) -> io::Result<bool>;
    /// Writes the trailer; most line-oriented formats have none.
    fn finish(
        &mut self,
        _out: &mut dyn Write,
        _meta: &ExportMeta,
        _stats: &ExportStats,
    ) -> io::Result<()> {
        Ok(())
    }
    /// True for formats that write the article as its JSON text: they are handed the stored
    /// text ([`Sink::article_json`]) instead of a decoded article, which saves decoding and
    /// re-encoding every article.
    fn wants_json(&self) -> bool {
        false
    }
    /// Writes one article given as JSON text (only called when [`Sink::wants_json`]).
    fn article_json(
        &mut self,
        _out: &mut dyn Write,
        _article: &[u8],
        _user: &UserData,
    ) -> io::Result<bool> {
        Err(io::Error::other("this format needs decoded articles"))
    }
}

/// Articles handed from the reading thread to the writing one per message: batching keeps
/// the channel's wake-ups off the profile.
const BATCH: usize = 64;
/// Batches in flight: at most (DEPTH + 2) * BATCH decoded articles are held at any time.
const DEPTH: usize = 4;

/// Calls `f` with each selected article and its user data, holding a bounded number of
/// articles in memory. Without `--ids` articles come in id order: one sequential pass over the
/// store, many times faster than date order at archive scale (see [`Store::scan_articles`]).
/// With a filter, summaries are scanned and bodies read only for articles that pass.
pub fn for_each_selected(
    store: &Store,
    selection: &Selection,
    f: impl FnMut((Article, UserData)) -> Result<()>,
) -> Result<()> {
    pipeline(
        |emit| {
            let meter = Meter::new(selection);
            let result = produce(store, selection, &meter, &mut |item| {
                meter.select() && emit(item)
            });
            meter.finish(result)
        },
        f,
    )
}

/// Like [`for_each_selected`], handing out each article as its stored JSON text: for formats
/// that copy the article as JSON, decoding and re-encoding it would be most of the work.
pub fn for_each_selected_json(
    store: &Store,
    selection: &Selection,
    f: impl FnMut((ArticleJson, UserData)) -> Result<()>,
) -> Result<()> {
    pipeline(
        |emit| {
            let meter = Meter::new(selection);
            let result = produce_json(store, selection, &meter, &mut |item| {
                meter.select() && emit(item)
            });
            meter.finish(result)
        },
        f,
    )
}

/// Runs `produce` (reading and decoding) on a second thread and `consume` (formatting,
/// writing) on this one, passing items in batches through a bounded channel, so the two
/// halves of an export overlap while memory stays bounded.
fn pipeline<T: Send>(
    produce: impl FnOnce(&mut dyn FnMut(T) -> bool) -> Result<()> + Send,
    mut consume: impl FnMut(T) -> Result<()>,
) -> Result<()> {
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Vec<T>>>(DEPTH);
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH);
            let mut emit = |item: T| {
                batch.push(item);
                batch.len() < BATCH
                    || tx
                        .send(Ok(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))))
                        .is_ok()
            };
            let result = produce(&mut emit);
            let _ = tx.send(result.map(|()| batch));
        });
        // Returning early drops `rx`, which stops the producer at its next send.
        for batch in rx {
            for item in batch? {
                consume(item)?;
            }
        }
        Ok(())
    })
}

/// Whether an article passes the query (see [`Query::matches_loading`]).
fn passes(store: &Store, query: &Query, summary: &Summary, user: &UserData) -> Result<bool> {
    Ok(query.matches_loading(summary, user, || store.article(&summary.id))?)
}

/// Reads the selection as decoded articles, calling `emit` per article until it returns false.
fn produce(
    store: &Store,
    selection: &Selection,
    meter: &Meter,
    emit: &mut dyn FnMut((Article, UserData)) -> bool,
) -> Result<()> {
    let fetch = |id: &str| store.article(id);
    produce_with(store, selection, meter, fetch, store.scan_articles(), emit)
}

/// [`produce`] for [`for_each_selected_json`]: the stored JSON text, never decoded.
fn produce_json(
    store: &Store,
    selection: &Selection,
    meter: &Meter,
    emit: &mut dyn FnMut((ArticleJson, UserData)) -> bool,
) -> Result<()> {
    let fetch = |id: &str| store.article_json(id);
    produce_with(
        store,
        selection,
        meter,
        fetch,
        store.scan_article_json(),
        emit,
    )
}

/// The selection logic shared by both readers: explicit ids in the order given, else every
/// article (one scan when there is no query), else the summaries that pass the query.
fn produce_with<T>(
    store: &Store,
    selection: &Selection,
    meter: &Meter,
    fetch: impl Fn(&str) -> crate::store::Result<Option<T>>,
    scan_all: impl Iterator<Item = crate::store::Result<(T, UserData)>>,
    emit: &mut dyn FnMut((T, UserData)) -> bool,
) -> Result<()> {
    let query = &selection.query;
    if let Some(ids) = &selection.ids {
        for id in ids {
            meter.check()?;
            let user = store.user_data(id)?;
            if !query.is_empty() {
                let Some(summary) = store.summary(id)? else {
                    continue;
                };
                if !passes(store, query, &summary, &user)? {
                    continue;
                }
            }
            let Some(item) = fetch(id)? else {
                continue;
            };
            if !emit((item, user)) {
                return Ok(());
            }
        }
        return Ok(());
    }
    if query.is_empty() {
        for item in scan_all {
            meter.check()?;
            if !emit(item?) {
                return Ok(());
            }
        }
        return Ok(());
    }
    for item in store.scan_summaries() {
        meter.check()?;
        let (summary, user) = item?;
        if !passes(store, query, &summary, &user)? {
            continue;
        }
        let Some(item) = fetch(&summary.id)? else {
            continue;
        };
        if !emit((item, user)) {
            return Ok(());
        }
    }
    Ok(())
}

/// Exports the articles chosen by `filter` from `store` to `out` in `format`.
pub fn export(
    store: &Store,
    format: ExportFormat,
    filter: &Filter,
    meta: &ExportMeta,
    out: &mut dyn Write,
) -> Result<ExportStats> {
    export_selection(store, format, &filter.compile(store)?, meta, out)
}

/// [`export`] for an already compiled selection (which may carry a [`Progress`] observer).
pub fn export_selection(
    store: &Store,
    format: ExportFormat,
    selection: &Selection,
    meta: &ExportMeta,
    out: &mut dyn Write,
) -> Result<ExportStats> {
    let mut sink: Box<dyn Sink> = match format {
        ExportFormat::Json => Box::new(json::JsonSink::default()),
        ExportFormat::Jsonl => Box::new(jsonl::JsonlSink),
        ExportFormat::Csv => Box::new(csv::CsvSink),
        ExportFormat::WebAnnotation => Box::new(webannotation::WebAnnotationSink::default()),
        ExportFormat::Markdown => return markdown::export(store, selection, meta, out),
    };
    run_sink(store, selection, meta, sink.as_mut(), out)
}

/// Exports to the file `path`: the one code path behind `attache export -o` and the TUI's
/// export dialog, so both write files the same way. The filter is checked before anything is
/// created; `progress` (if any) sees every article and may cancel. Without `overwrite` an
/// existing file is never replaced ([`ExportError::Exists`]).
pub fn export_to_file(
    store: &Store,
    format: ExportFormat,
    filter: &Filter,
    meta: &ExportMeta,
    path: &Path,
    overwrite: bool,
    progress: Option<Progress>,
) -> Result<ExportStats> {
    let mut selection = filter.compile(store)?;
    if let Some(p) = progress {
        selection = selection.with_progress(p);
    }
    write_atomically(path, overwrite, |out| {
        export_selection(store, format, &selection, meta, out)
    })
}

/// Writes through a temporary file in the destination folder, then moves it into place, so a
/// failed, cancelled or interrupted export never leaves a half-written file under the requested
/// name. Without `overwrite` the final step is a hard link, which fails if the name appeared
/// meanwhile.
pub fn write_atomically(
    path: &Path,
    overwrite: bool,
    write: impl FnOnce(&mut dyn Write) -> Result<ExportStats>,
) -> Result<ExportStats> {
    let bad = |what: String| ExportError::BadOutput {
        what,
        file: path.display().to_string(),
    };
    if !overwrite && path.exists() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    let name = path
        .file_name()
        .ok_or_else(|| bad("the output path names no file".into()))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = dir.join(format!(
        ".{}.attache-{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .map_err(|e| bad(format!("cannot create the output file: {e}")))?;
    let result = (|| -> Result<ExportStats> {
        let mut out = BufWriter::with_capacity(1 << 16, file);
        let stats = write(&mut out)?;
        let file: File = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        if overwrite {
            std::fs::rename(&temp, path)?;
        } else {
            match std::fs::hard_link(&temp, path) {
                Ok(()) => std::fs::remove_file(&temp)?,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    return Err(ExportError::Exists(path.to_path_buf()))
                }
                // File systems without hard links: check, then rename.
                Err(_) if !path.exists() => std::fs::rename(&temp, path)?,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(stats)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Drives a [`Sink`] over the selection.
pub fn run_sink(
    store: &Store,
    selection: &Selection,
    meta: &ExportMeta,
    sink: &mut dyn Sink,
    out: &mut dyn Write,
) -> Result<ExportStats> {
    let mut stats = ExportStats::default();
    sink.begin(out, meta)?;
    if sink.wants_json() {
        for_each_selected_json(store, selection, |(json, user)| {
            stats.articles += 1;
            stats.annotations += user.annotations.len();
            if sink.article_json(out, json.as_bytes(), &user)? {
                stats.written += 1;
            }
            Ok(())
        })?;
    } else {
        for_each_selected(store, selection, |(article, user)| {
            stats.articles += 1;
            stats.annotations += user.annotations.len();
            if sink.article(out, &article, &user)? {
                stats.written += 1;
            }
            Ok(())
        })?;
    }
    sink.finish(out, meta, &stats)?;
    out.flush()?;
    Ok(stats)
}

/// The article body as one text: paragraphs joined by a blank line. Web Annotation
/// `TextPositionSelector` offsets count characters (Unicode scalar values) in this text.
pub fn body_text(article: &Article) -> String {
    article.paragraphs.join(PARAGRAPH_SEPARATOR)
}

/// What separates paragraphs in [`body_text`].
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// Character offset at which each paragraph starts in [`body_text`].
pub fn paragraph_offsets(article: &Article) -> Vec<usize> {
    let mut offsets = Vec::with_capacity(article.paragraphs.len());
    let mut at = 0;
    for p in &article.paragraphs {
        offsets.push(at);
        at += p.chars().count() + PARAGRAPH_SEPARATOR.len();
    }
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_with_aliases() {
        assert_eq!("MD".parse::<ExportFormat>(), Ok(ExportFormat::Markdown));
        assert_eq!(
            "webannotation".parse::<ExportFormat>(),
            Ok(ExportFormat::WebAnnotation)
        );
        assert!("xml".parse::<ExportFormat>().is_err());
    }

    #[test]
    fn filter_flags_become_one_query() {
        let f = Filter {
            tags: vec!["Black Sea".into()],
            status: Some(Status::Flagged),
            since: Some("2024-01".into()),
            until: Some("2024-12-31".into()),
            query: Some("lavrov".into()),
            ids: vec![],
        };
        assert_eq!(
            f.query_text(),
            "lavrov tag:\"black-sea\" is:flagged since:2024-01 until:2024-12-31"
        );
        assert!(Query::parse(&f.query_text()).is_ok());
        let bad = Filter {
            since: Some("yesterday".into()),
            ..Default::default()
        };
        assert!(Query::parse(&bad.query_text()).is_err());
    }

    #[test]
    fn offsets_count_characters_across_separators() {
        let a = Article {
            paragraphs: vec!["Été.".into(), "B".into(), "C".into()],
            ..Default::default()
        };
        assert_eq!(paragraph_offsets(&a), vec![0, 6, 9]);
        let body: Vec<char> = body_text(&a).chars().collect();
        assert_eq!(body[6], 'B');
        assert_eq!(body[9], 'C');
    }
}
