//! Ingest orchestration: walk paths, parse files on all cores, store articles in input order.
//! Used by `attache ingest`, `attache [PATH...]` and the TUI's ingest worker.

use crate::analyze::analyze;
use crate::ingest::{self, fetch, walk, Limits};
use crate::store::{PutOutcome, Store, StoreError};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Counts and errors of one ingest run, printed as its summary.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IngestReport {
    pub files: usize,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub near_duplicates: usize,
    /// One line per input that failed, each naming the file.
    pub errors: Vec<String>,
    /// Ids of the articles added or refreshed, in input order.
    pub touched: Vec<String>,
}

impl IngestReport {
    pub fn summary_line(&self) -> String {
        format!(
            "{} files: {} new, {} updated, {} duplicates ({} unchanged, {} near-duplicates), {} errors",
            self.files,
            self.new,
            self.updated,
            self.unchanged + self.near_duplicates,
            self.unchanged,
            self.near_duplicates,
            self.errors.len()
        )
    }
}

/// Progress callbacks: (files done, files total).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// Parses every file under `paths` in parallel and stores the articles. A bad file is recorded
/// in the report and the batch goes on; only a store failure stops the run.
pub fn ingest_paths(
    store: &Store,
    paths: &[PathBuf],
    limits: &Limits,
    progress: Progress<'_>,
) -> Result<IngestReport, StoreError> {
    let (files, walk_errors) = collect_inputs(paths);
    let mut report = IngestReport {
        files: files.len(),
        errors: walk_errors.iter().map(|e| e.to_string()).collect(),
        ..Default::default()
    };
    let total = files.len();
    let mut store_result = Ok(());
    for_each_parsed(&files, limits, |index, parsed| {
        progress(index + 1, total);
        if store_result.is_err() {
            return;
        }
        match parsed {
            Ok(articles) => {
                for (origin, article) in articles {
                    match store.put_article(&article, &origin) {
                        Ok(outcome) => record(&mut report, outcome, article.id),
                        Err(e) => store_result = Err(e),
                    }
                }
            }
            Err(e) => report.errors.push(e),
        }
    });
    store_result?;
    store.flush()?;
    Ok(report)
}

fn record(report: &mut IngestReport, outcome: PutOutcome, id: String) {
    match outcome {
        PutOutcome::New => report.new += 1,
        PutOutcome::Updated => report.updated += 1,
        PutOutcome::Unchanged => {
            report.unchanged += 1;
            return;
        }
        PutOutcome::NearDuplicate(_) => report.near_duplicates += 1,
    }
    report.touched.push(id);
}

type Parsed = Result<Vec<(String, crate::model::Article)>, String>;

/// One thing to read: a file found on disk or a URL to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Url(String),
}

impl std::fmt::Display for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Input::File(p) => write!(f, "{}", p.display()),
            Input::Url(u) => f.write_str(u),
        }
    }
}

/// Expands what the user named: URLs stay as they are, folders are walked (see [`walk`]).
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<walk::WalkError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match path.to_str().filter(|p| fetch::is_url(p)) {
            Some(url) => inputs.push(Input::Url(url.to_string())),
            None => {
                let (files, errs) = walk::collect_files(std::slice::from_ref(path));
                inputs.extend(files.into_iter().map(Input::File));
                errors.extend(errs);
            }
        }
    }
    (inputs, errors)
}

/// Reads and parses one input into (origin key, article) pairs. The origin key names the
/// input (and the feed item) so a re-parse finds the article it produced before.
pub fn parse_input(input: &Input, limits: &Limits) -> Parsed {
    let (base, docs) = match input {
        Input::File(path) => {
            let docs = ingest::read_file(path, limits).map_err(|e| e.to_string())?;
            let base = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            (base.display().to_string(), docs)
        }
        Input::Url(url) => {
            let bytes = fetch::fetch(url, limits).map_err(|e| e.to_string())?;
            let mut docs = ingest::parse_bytes(url, &bytes, limits).map_err(|e| e.to_string())?;
            for doc in &mut docs {
                doc.url.get_or_insert_with(|| url.clone());
            }
            (url.clone(), docs)
        }
    };
    let many = docs.len() > 1;
    Ok(docs
        .into_iter()
        .enumerate()
        .map(|(i, doc)| {
            let origin = match (&doc.guid, many) {
                (Some(guid), _) => format!("{base}#{guid}"),
                (None, true) => format!("{base}#{i}"),
                (None, false) => base.clone(),
            };
            (origin, analyze(doc))
        })
        .collect())
}

/// Parses `files` on all cores and hands results to `sink` in input order, on this thread.
pub fn for_each_parsed(files: &[Input], limits: &Limits, mut sink: impl FnMut(usize, Parsed)) {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(usize, Parsed)>(64);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let parsed = std::panic::catch_unwind(|| parse_input(file, limits))
                    .unwrap_or_else(|_| Err(format!("internal parser failure ({file})")));
                if tx.send((i, parsed)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut expected = 0;
        for (i, parsed) in rx {
            pending.insert(i, parsed);
            while let Some(parsed) = pending.remove(&expected) {
                sink(expected, parsed);
                expected += 1;
            }
        }
    });
}
