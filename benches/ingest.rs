//! Ingest figures: single-threaded extraction (HTML reader alone) on the shared Scrapinghub
//! pages, and parallel ingest into a fresh store of a corpus made by repeating sample-data.
//! Run with `cargo bench --bench ingest`; prints pages/s, MB/s and articles/s.

use attache::ingest::{self, Limits};
use attache::pipeline;
use attache::store::Store;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The HTML reader alone, one core: bytes in memory -> Document.
fn extraction_single_thread() {
    let dir = manifest().join("../shared/bench/extraction/scrapinghub/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("extraction: skipped ({} not found)", dir.display());
        return;
    };
    let pages: Vec<(String, Vec<u8>)> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let limits = Limits::default();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        for (path, page) in &pages {
            let docs = ingest::parse_bytes(path, page, &limits);
            std::hint::black_box(docs.ok());
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "extraction (1 thread, best of 3): {} pages, {:.1} MB in {:.3} s = {:.0} pages/s, {:.1} MB/s",
        pages.len(),
        bytes as f64 / 1e6,
        best,
        pages.len() as f64 / best,
        bytes as f64 / 1e6 / best
    );
}

/// Full pipeline on all cores: walk, read, parse, analyse (quotes, entities, topics), store.
fn parallel_ingest(copies: usize) {
    let tmp = std::env::temp_dir().join(format!("attache-bench-ingest-{}", std::process::id()));
    let corpus = tmp.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let sample = manifest().join("sample-data/articles");
    let mut bytes = 0u64;
    for copy in 0..copies {
        for entry in std::fs::read_dir(&sample).unwrap() {
            let path = entry.unwrap().path();
            // Marking a common word with the copy number makes every copy a distinct article
            // (most of them near-duplicates of the first, as republished wire copy is).
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap())
                .replace("tion", &format!("tion{copy}"))
                .into_bytes();
            bytes += text.len() as u64;
            let name = format!("{copy:04}_{}", path.file_name().unwrap().to_string_lossy());
            std::fs::write(corpus.join(name), text).unwrap();
        }
    }
    let store = Store::open(&tmp.join("store")).unwrap();
    let start = Instant::now();
    let report = pipeline::ingest_paths(
        &store,
        std::slice::from_ref(&corpus),
        &Limits::default(),
        &mut |_, _| {},
    )
    .unwrap();
    let secs = start.elapsed().as_secs_f64();
    let articles = report.new + report.updated + report.unchanged + report.near_duplicates;
    println!(
        "ingest ({} threads): {} files, {articles} articles, {:.1} MB in {secs:.2} s = {:.0} files/s, {:.0} articles/s, {:.2} MB/s ({})",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        report.files,
        bytes as f64 / 1e6,
        report.files as f64 / secs,
        articles as f64 / secs,
        bytes as f64 / 1e6 / secs,
        report.summary_line()
    );
    drop(store);
    let _ = std::fs::remove_dir_all(Path::new(&tmp));
}

fn main() {
    extraction_single_thread();
    parallel_ingest(30);
}
