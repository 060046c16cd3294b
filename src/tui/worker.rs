//! Long jobs run on their own threads and report over a channel, so the UI thread keeps
//! answering keys: ingest (parse + store, then reload the list), body search and export.

use super::action::WorkerMsg;
use crate::export::{ExportFormat, ExportMeta, ExportProgress, Filter};
use crate::ingest::Limits;
use crate::model::UserData;
use crate::query::Query;
use crate::store::{Store, Summary};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Loads every summary and all user data (the startup cost at 100k articles is here).
pub fn spawn_load(store: Arc<Store>, tx: Sender<WorkerMsg>) {
    std::thread::spawn(move || {
        let summaries = store.summaries_by_date().map_err(|e| e.to_string());
        let users = store.all_user_data().unwrap_or_default();
        let _ = tx.send(WorkerMsg::Loaded { summaries, users });
    });
}

/// Ingests `paths` into the store, reporting progress, then reloads summaries and user data.
pub fn spawn_ingest(store: Arc<Store>, paths: Vec<PathBuf>, tx: Sender<WorkerMsg>) {
    std::thread::spawn(move || {
        let mut last_sent = std::time::Instant::now();
        let progress_tx = tx.clone();
        let mut progress = |done: usize, total: usize| {
            // At most ~20 progress reports a second: the UI redraws on each.
            if done == total || last_sent.elapsed().as_millis() >= 50 {
                last_sent = std::time::Instant::now();
                let _ = progress_tx.send(WorkerMsg::IngestProgress { done, total });
            }
        };
        let report =
            crate::pipeline::ingest_paths(&store, &paths, &Limits::default(), &mut progress)
                .map_err(|e| e.to_string());
        let summaries = store.summaries_by_date().unwrap_or_default();
        let _ = tx.send(WorkerMsg::IngestDone { report, summaries });
    });
}

/// What the export dialog asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportJob {
    pub format: ExportFormat,
    /// Query in the filter language ("" for everything).
    pub query: String,
    /// Already expanded (no `~`).
    pub path: PathBuf,
    /// The user agreed to replace an existing file.
    pub overwrite: bool,
}

/// Runs an export through [`crate::export::export_to_file`], the function behind
/// `attache export -o`, so the TUI writes exactly what the CLI writes (temp file + rename, an
/// existing file never replaced without `overwrite`). Progress goes out at most ~10 times a
/// second; setting `cancel` stops the export and removes the partial file.
pub fn spawn_export(
    store: Arc<Store>,
    job: ExportJob,
    cancel: Arc<AtomicBool>,
    tx: Sender<WorkerMsg>,
) {
    std::thread::spawn(move || {
        let result = run_export(&store, &job, cancel, tx.clone());
        let _ = tx.send(WorkerMsg::ExportDone {
            path: job.path,
            result,
        });
    });
}

/// The export worker's body, run on the calling thread (the worker thread, or a test).
pub fn run_export(
    store: &Store,
    job: &ExportJob,
    cancel: Arc<AtomicBool>,
    tx: Sender<WorkerMsg>,
) -> Result<crate::export::ExportStats, String> {
    let filter = Filter {
        query: Some(job.query.clone()),
        ..Default::default()
    };
    let meta = ExportMeta::now(&filter);
    let last_sent = Mutex::new(Instant::now());
    let progress = move |counts: ExportProgress| {
        if cancel.load(Ordering::Relaxed) {
            return false;
        }
        if let Ok(mut last) = last_sent.lock() {
            if last.elapsed() >= Duration::from_millis(100) {
                *last = Instant::now();
                let _ = tx.send(WorkerMsg::ExportProgress(counts));
            }
        }
        true
    };
    crate::export::export_to_file(
        store,
        job.format,
        &filter,
        &meta,
        &job.path,
        job.overwrite,
        Some(Arc::new(progress)),
    )
    .map_err(|e| e.to_string())
}

/// How long a body search waits before starting, so fast typing does not start one per key.
const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(120);

/// How many articles the body search reads between two reports.
const BATCH: usize = 1000;

/// Searches article bodies for `query`, sending matching ids in batches. It stops as soon as
/// `cancel` is set (the user typed another character or cleared the search).
pub fn spawn_body_search(
    store: Arc<Store>,
    summaries: Arc<Vec<Summary>>,
    users: HashMap<String, UserData>,
    query: Query,
    generation: u64,
    cancel: Arc<AtomicBool>,
    tx: Sender<WorkerMsg>,
) {
    std::thread::spawn(move || {
        // Debounce: while the user is still typing, the next keystroke cancels this search
        // before it reads a single body, so the UI thread keeps the cores.
        std::thread::sleep(DEBOUNCE);
        let default = UserData::default();
        let report_misses = query.body_can_exclude();
        let mut ids = Vec::new();
        let mut misses = Vec::new();
        for (n, s) in summaries.iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let user = users.get(&s.id).unwrap_or(&default);
            if let Ok(Some(article)) = store.article(&s.id) {
                if query.matches_article(s, user, &article) {
                    ids.push(s.id.clone());
                } else if report_misses {
                    misses.push(s.id.clone());
                }
            }
            if (n + 1) % BATCH == 0 && !(ids.is_empty() && misses.is_empty()) {
                let msg = WorkerMsg::BodyHits {
                    generation,
                    ids: std::mem::take(&mut ids),
                    misses: std::mem::take(&mut misses),
                    done: false,
                };
                if tx.send(msg).is_err() {
                    return;
                }
            }
        }
        let _ = tx.send(WorkerMsg::BodyHits {
            generation,
            ids,
            misses,
            done: true,
        });
    });
}
