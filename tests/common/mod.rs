//! Helpers shared by the integration tests: run the real binary against a temporary store.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_attache")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample_articles() -> PathBuf {
    root().join("sample-data/articles")
}

/// Runs `attache --db DB ARGS...` with no inherited ATTACHE_DB.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("ATTACHE_DB")
        .output()
        .expect("run attache")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn list_json(db: &Path) -> Vec<serde_json::Value> {
    let o = run(db, &["list", "--json"]);
    assert!(o.status.success(), "list failed: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("list --json is JSON")
}
