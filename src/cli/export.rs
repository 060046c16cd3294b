//! `attache export` and `attache import`: argument handling and output plumbing only; the
//! formats, filters and merging live in [`crate::export`].

use super::{parse_status, UsageError};
use crate::export::{self, import, ExportError, ExportFormat, ExportMeta, Filter};
use crate::model::Status;
use crate::sanitize::one_line;
use crate::store::Store;
use clap::Args;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

#[derive(Args, Debug, Clone)]
pub struct ExportArgs {
    /// Output format: json, jsonl, csv, md (Markdown brief) or webannotation (W3C JSON-LD).
    #[arg(long, short = 'f', default_value = "json", value_parser = parse_format)]
    pub format: ExportFormat,
    /// Only articles with this tag (repeat for several: all must be present).
    #[arg(long)]
    pub tag: Vec<String>,
    /// Only articles with this status.
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,
    /// Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Filter in the query language (as in the TUI): tag:, source:, lang:, is:, words...
    #[arg(long)]
    pub query: Option<String>,
    /// Only these articles (ids or unique prefixes, comma-separated), in this order.
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub ids: Vec<String>,
    /// Write to FILE instead of stdout (atomically; an existing file needs --force).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

fn parse_format(s: &str) -> Result<ExportFormat, String> {
    s.parse()
}

impl ExportArgs {
    fn filter(&self) -> Filter {
        Filter {
            tags: self.tag.clone(),
            status: self.status,
            since: self.since.clone(),
            until: self.until.clone(),
            query: self.query.clone(),
            ids: self.ids.clone(),
        }
    }
}

/// Maps library errors to CLI errors: a bad filter is a usage error (exit status 2).
fn cli_error(e: ExportError) -> anyhow::Error {
    match e {
        ExportError::BadFilter(msg) => UsageError(msg).into(),
        other => other.into(),
    }
}

fn is_broken_pipe(e: &ExportError) -> bool {
    matches!(e, ExportError::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
}

pub fn run_export(db: &Path, args: &ExportArgs) -> anyhow::Result<i32> {
    if let Some(path) = &args.output {
        if !args.force && path.exists() {
            anyhow::bail!(
                "the output file exists; add --force to replace it ({})",
                path.display()
            );
        }
    }
    let store = Store::open_for_scan(db)?;
    let filter = args.filter();
    let meta = ExportMeta::now(&filter);
    match &args.output {
        None => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
            match export::export(&store, args.format, &filter, &meta, &mut out) {
                Ok(_) => Ok(0),
                Err(e) if is_broken_pipe(&e) => Ok(0),
                Err(e) => Err(cli_error(e)),
            }
        }
        Some(path) => {
            let stats =
                export::export_to_file(&store, args.format, &filter, &meta, path, args.force, None)
                    .map_err(|e| match e {
                        ExportError::Exists(p) => anyhow::anyhow!(
                            "the output file exists; add --force to replace it ({})",
                            p.display()
                        ),
                        ExportError::BadFilter(msg) => UsageError(msg).into(),
                        other => anyhow::Error::from(other)
                            .context(format!("export not written ({})", path.display())),
                    })?;
            eprintln!(
                "exported {} articles, {} notes ({})",
                stats.articles,
                stats.annotations,
                path.display()
            );
            Ok(0)
        }
    }
}

pub fn run_import(db: &Path, file: &Path) -> anyhow::Result<i32> {
    let store = Store::open_for_scan(db)?;
    let report = import::import_file(&store, file).map_err(cli_error)?;
    for missing in &report.unmatched {
        eprintln!(
            "warning: no matching article in the store, its notes were not imported ({})",
            one_line(missing)
        );
    }
    println!("{}", report.summary_line());
    if !report.unmatched.is_empty() {
        eprintln!(
            "error: {} articles not found; ingest them, then import again ({})",
            report.unmatched.len(),
            file.display()
        );
        return Ok(1);
    }
    Ok(0)
}
