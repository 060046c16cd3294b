//! `attache parse --json PATH...`: the parser's contract output, one JSON object per line.

use crate::ingest::{self, walk, Limits};
use std::io::Write;
use std::path::PathBuf;

pub fn run(paths: &[PathBuf], max_bytes: u64) -> anyhow::Result<i32> {
    let limits = Limits { max_bytes };
    let (files, walk_errors) = walk::collect_files(paths);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for e in &walk_errors {
        failed = true;
        eprintln!("error: {e}");
        emit(&mut out, &serde_json::json!({"path": e.path, "error": e.reason}))?;
    }
    for file in files {
        match ingest::read_file(&file, &limits) {
            Ok(docs) => {
                for doc in docs {
                    let article = crate::analyze::analyze(doc);
                    emit(&mut out, &article)?;
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("error: {e}");
                emit(&mut out, &serde_json::json!({"path": e.path(), "error": e.to_string()}))?;
            }
        }
    }
    out.flush().or_else(ignore_broken_pipe)?;
    Ok(if failed { 1 } else { 0 })
}

fn emit(out: &mut impl Write, value: &impl serde::Serialize) -> anyhow::Result<()> {
    let line = serde_json::to_string(value)?;
    writeln!(out, "{line}").or_else(ignore_broken_pipe)?;
    Ok(())
}

/// A closed pipe (`attache parse ... | head`) is the reader's choice, not an error.
fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Err(e)
}
