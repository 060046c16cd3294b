//! Helpers shared by the export/import integration tests: run the real binary against a
//! temporary store, and plant an article with quotes (the sample corpus has none until the
//! quote parser lands).
#![allow(dead_code)]

use attache::model::{Article, Quote};
use attache::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/articles")
}

/// Runs `attache --db DB ARGS...`.
///
/// sled releases its file lock a moment after a `Store` is dropped (a background thread holds
/// the database until it winds down), so right after [`plant`] the binary may briefly find the
/// store locked; that case is retried.
pub fn run(db: &Path, args: &[&str]) -> Output {
    for _ in 0..100 {
        let out = Command::new(env!("CARGO_BIN_EXE_attache"))
            .arg("--db")
            .arg(db)
            .args(args)
            .env_remove("ATTACHE_DB")
            .output()
            .expect("run attache");
        let err = String::from_utf8_lossy(&out.stderr);
        // A child process forked by a parallel test can hold our flock for an instant too.
        if !err.contains("could not acquire lock") && !err.contains("in use by another attache") {
            return out;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the store stayed locked ({})", db.display());
}

/// Runs and insists on exit status 0; returns stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "attache {args:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}

/// A wire story with two quotes, one of them repeated text, hostile characters included.
pub fn quoted_article() -> Article {
    Article {
        id: "feedc0ffee000001".into(),
        path: "synthetic/lavrov-blinken.txt".into(),
        title: "Lavrov and Blinken *meet* in Geneva <b>briefly</b>".into(),
        source: Some("Wire Test".into()),
        url: Some("https://wire.example/2024/03/01/lavrov-blinken".into()),
        language: "en".into(),
        published: Some("2024-03-01T10:00:00Z".into()),
        paragraphs: vec![
            "GENEVA — The two foreign ministers met for forty minutes on Friday.".into(),
            "\"We are ready to talk about strategic stability,\" Lavrov told reporters.".into(),
            "Blinken said the meeting was \"frank and useful\" but gave no details.".into(),
            "Neither side announced a follow-up meeting.".into(),
        ],
        quotes: vec![
            Quote {
                text: "We are ready to talk about strategic stability,".into(),
                speaker: Some("Sergei Lavrov".into()),
                verb: Some("told".into()),
                paragraph: 1,
                ..Default::default()
            },
            Quote {
                text: "frank and useful".into(),
                speaker: Some("Antony Blinken".into()),
                verb: Some("said".into()),
                paragraph: 2,
                partial: true,
                ..Default::default()
            },
        ],
        topics: vec!["diplomacy".into()],
        ..Default::default()
    }
}

/// Stores `article` directly (as ingest would), with a fixed origin.
pub fn plant(db: &Path, article: &Article) {
    let store = Store::open(db).expect("open store");
    store
        .put_article(article, &format!("test:{}", article.id))
        .expect("put article");
    store.flush().expect("flush");
}

/// Ingests the sample corpus and plants the quoted article.
pub fn fresh_store(db: &Path) {
    ok(db, &["ingest", sample_dir().to_str().unwrap()]);
    plant(db, &quoted_article());
}

/// Ids of the stored articles, as `list --json` gives them.
pub fn ids(db: &Path) -> Vec<String> {
    let list: serde_json::Value = serde_json::from_str(&ok(db, &["list", "--json"])).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// Number of articles in the store, from `list --json`.
pub fn article_count(db: &Path) -> usize {
    let list: serde_json::Value = serde_json::from_str(&ok(db, &["list", "--json"])).unwrap();
    list.as_array().unwrap().len()
}

/// Number of quotes the parser found in the stored articles.
pub fn quote_count(db: &Path) -> u64 {
    let list: serde_json::Value = serde_json::from_str(&ok(db, &["list", "--json"])).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["quotes"].as_u64().unwrap())
        .sum()
}
