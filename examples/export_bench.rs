//! Export throughput harness (build with `--release`):
//!
//! ```text
//! cargo run --release --example export_bench -- populate /tmp/attache-bench 100000
//! cargo run --release --example export_bench -- run /tmp/attache-bench jsonl
//! /usr/bin/time -v target/release/attache --db /tmp/attache-bench export --format jsonl >/dev/null
//! ```
//!
//! `populate` fills a store with synthetic articles (8 paragraphs of ~400 characters, 3 quotes,
//! entities; every article tagged, every second one with two notes), `run` exports the whole
//! store to a null writer and prints articles per second, split into the time spent reading
//! and decoding from the store and the time spent formatting, then the process's resident
//! memory just after opening the store and at its peak (Linux): the difference is what the
//! export itself holds, which must not grow with the store.

use attache::export::{self, ExportFormat, ExportMeta, Filter};
use attache::model::{Article, Entities, Quote, Status, UserData};
use attache::notes::{new_annotation, Target};
use attache::store::Store;
use std::path::Path;
use std::time::Instant;

const WORDS: &[&str] = &[
    "minister",
    "talks",
    "Geneva",
    "sanctions",
    "delegation",
    "agreement",
    "Moscow",
    "Washington",
    "Beijing",
    "summit",
    "ceasefire",
    "embassy",
    "treaty",
    "nuclear",
    "Arctic",
    "council",
    "security",
    "statement",
    "spokesperson",
    "negotiations",
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "said",
    "on",
    "with",
    "for",
];

fn paragraph(seed: u64, n: usize) -> String {
    let mut s = String::new();
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    while s.len() < n {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(WORDS[(x >> 33) as usize % WORDS.len()]);
    }
    s.push('.');
    s
}

fn article(i: u64) -> Article {
    let paragraphs: Vec<String> = (0..8).map(|p| paragraph(i * 31 + p, 400)).collect();
    let quotes = (0..3)
        .map(|q| Quote {
            text: paragraphs[q * 2][..60].trim().to_string(),
            speaker: Some(format!("Speaker {q}")),
            mention: None,
            verb: Some("said".into()),
            paragraph: q * 2,
            partial: q == 2,
        })
        .collect();
    Article {
        id: format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes())),
        path: format!("/archive/wire/{i}.html"),
        format: attache::model::Format::Html,
        title: format!("Synthetic dispatch number {i} on talks in Geneva"),
        source: Some(["Reuters", "TASS", "Xinhua", "AFP"][i as usize % 4].into()),
        section: Some("World".into()),
        url: Some(format!("https://news.example/{i}")),
        language: "en".into(),
        published: Some(format!(
            "20{:02}-{:02}-{:02}T{:02}:00:00Z",
            10 + i % 15,
            1 + i % 12,
            1 + i % 28,
            i % 24
        )),
        updated: None,
        authors: vec!["Staff".into()],
        editors: vec![],
        paragraphs,
        quotes,
        entities: Entities {
            people: vec!["Sergei Lavrov".into(), "Antony Blinken".into()],
            places: vec!["Geneva".into()],
            organizations: vec!["United Nations".into()],
        },
        topics: vec!["diplomacy".into()],
        // 0 skips the near-duplicate lookup, which is ingest's cost, not export's.
        fingerprint: 0,
    }
}

fn populate(dir: &Path, n: u64) {
    let store = Store::open(dir).expect("open store");
    let start = Instant::now();
    let mut batch = Vec::new();
    for i in 0..n {
        let a = article(i);
        store.put_article(&a, &a.path).expect("put");
        let mut user = UserData {
            tags: vec![["arctic", "iran", "trade"][i as usize % 3].into()],
            status: if i % 5 == 0 {
                Status::Reviewed
            } else {
                Status::Unread
            },
            annotations: vec![],
        };
        if i % 2 == 0 {
            user.annotations
                .push(new_annotation(&a, "Check the figures", Target::Paragraph(1)).unwrap());
            user.annotations
                .push(new_annotation(&a, "Key line", Target::Quote(0)).unwrap());
        }
        batch.push((a.id.clone(), user));
        if batch.len() == 1000 {
            store.set_user_data_many(&batch).expect("user data");
            batch.clear();
        }
    }
    store.set_user_data_many(&batch).expect("user data");
    store.flush().expect("flush");
    eprintln!(
        "populated {n} articles in {:.1}s",
        start.elapsed().as_secs_f64()
    );
}

/// A `VmRSS`/`VmHWM` figure from /proc/self/status in MB (None off Linux).
fn proc_status_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn run(dir: &Path, format: ExportFormat) {
    let store = Store::open_for_scan(dir).expect("open store");
    let rss_open = proc_status_mb("VmRSS:");
    let n = store.len();
    // The full export to a null writer, first, so the peak below is the export's.
    let filter = Filter::default();
    let meta = ExportMeta::now(&filter);
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::sink());
    let start = Instant::now();
    let stats = export::export(&store, format, &filter, &meta, &mut out).expect("export");
    let total = start.elapsed().as_secs_f64();
    let rss_peak = proc_status_mb("VmHWM:");
    // Reading and decoding into `Article`s alone, for comparison.
    let start = Instant::now();
    let mut bytes = 0usize;
    for item in store.scan_articles() {
        let (a, u) = item.unwrap();
        bytes += a.paragraphs.len() + u.annotations.len();
    }
    let read = start.elapsed().as_secs_f64();
    std::hint::black_box(bytes);
    println!(
        "{format:?}: {} articles ({} notes) in {total:.2}s = {:.0} articles/s; decoding every article alone {read:.2}s = {:.0} articles/s",
        stats.articles,
        stats.annotations,
        stats.articles as f64 / total,
        n as f64 / read
    );
    if let (Some(open), Some(peak)) = (rss_open, rss_peak) {
        println!(
            "memory: {open:.0} MB resident after opening the store, {peak:.0} MB peak during the export: {:.0} MB for the export itself",
            peak - open
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("populate") if args.len() == 4 => {
            populate(Path::new(&args[2]), args[3].parse().expect("count"))
        }
        Some("scan") if args.len() == 3 => {
            // Reading and decoding only, single-threaded: for peak-RSS comparisons.
            let store = Store::open(Path::new(&args[2])).expect("open store");
            let start = Instant::now();
            let mut n = 0;
            for item in store.scan_articles() {
                std::hint::black_box(item.expect("read"));
                n += 1;
            }
            println!(
                "scanned {n} articles in {:.2}s",
                start.elapsed().as_secs_f64()
            );
        }
        Some("run") if args.len() >= 3 => {
            let format = args.get(3).map_or("jsonl", String::as_str);
            run(Path::new(&args[2]), format.parse().expect("format"));
        }
        _ => {
            eprintln!(
                "usage: export_bench populate DIR N | scan DIR | run DIR [json|jsonl|csv|md|webannotation]"
            );
            std::process::exit(2);
        }
    }
}
