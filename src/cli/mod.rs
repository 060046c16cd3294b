//! Command-line front end. Thin: it parses arguments, calls the library and prints.
//! stdout carries only data; errors go to stderr as `error: <what> (<file or id>)`.
//! Exit status: 0 success, 1 runtime error, 2 usage error.

mod commands;
mod export;
mod output;
mod parse;
mod tui;

use crate::ingest::Limits;
use crate::model::Status;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "attache",
    version,
    about = "Triage diplomatic news in the terminal"
)]
pub struct Cli {
    /// Store folder (default: the XDG data directory, e.g. ~/.local/share/attache/store).
    #[arg(long, global = true, env = "ATTACHE_DB")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders to ingest before opening the TUI.
    pub paths: Vec<PathBuf>,
}

#[derive(Args, Debug, Clone, Copy)]
pub struct LimitArgs {
    /// Largest input file accepted, in bytes.
    #[arg(long, default_value_t = Limits::default().max_bytes)]
    pub max_bytes: u64,
}

impl LimitArgs {
    fn limits(self) -> Limits {
        Limits {
            max_bytes: self.max_bytes,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse files or folders and print one JSON object per article (JSON Lines); no store.
    Parse {
        /// JSON Lines output (the contract format; the only one).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        limits: LimitArgs,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Parse and store articles from files or folders; prints a summary.
    Ingest {
        #[command(flatten)]
        limits: LimitArgs,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List stored articles, newest first.
    List {
        #[arg(long)]
        tag: Option<String>,
        #[arg(long, value_parser = parse_status)]
        status: Option<Status>,
        /// Filter in the query language (tag:, source:, lang:, is:, since:, until:, words).
        #[arg(long)]
        query: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one article (id or unique id prefix).
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Add tags to an article.
    Tag {
        id: String,
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Remove tags from an article.
    Untag {
        id: String,
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Attach a note to an article, one of its paragraphs or one of its quotes (0-based).
    Annotate {
        id: String,
        #[arg(long)]
        text: String,
        #[arg(long, conflicts_with = "quote")]
        paragraph: Option<usize>,
        #[arg(long)]
        quote: Option<usize>,
    },
    /// Set the review status: unread, read, reviewed, flagged or archived.
    Status {
        id: String,
        #[arg(value_parser = parse_status)]
        status: Status,
    },
    /// Open the terminal UI (also what `attache [PATH...]` does), ingesting PATHs in the background.
    Tui { paths: Vec<PathBuf> },
    /// Export articles with their tags, status and notes (json, jsonl, csv, md, webannotation).
    Export(export::ExportArgs),
    /// Merge a JSON export or Web Annotation file into the store (safe to repeat).
    Import { file: PathBuf },
    /// Check the store; with --rebuild, re-create it from the sources and the journal. A check
    /// that finds no problem also compacts the body log once more than half of it is garbage.
    Doctor {
        #[arg(long)]
        rebuild: bool,
        /// Compact the body log even when less than half of it is garbage.
        #[arg(long, conflicts_with = "rebuild")]
        compact: bool,
    },
}

fn parse_status(s: &str) -> Result<Status, String> {
    s.parse()
}

/// A failure the user caused with their arguments: reported like an error, exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Runs the CLI and returns the process exit status.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", crate::sanitize::one_line(&format!("{e:#}")));
            if e.downcast_ref::<UsageError>().is_some() {
                2
            } else {
                1
            }
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<i32> {
    let db = cli
        .db
        .clone()
        .unwrap_or_else(crate::store::Store::default_path);
    match cli.command {
        Some(Command::Parse { paths, limits, .. }) => parse::run(&paths, &limits.limits()),
        Some(Command::Ingest { paths, limits }) => commands::ingest(&db, &paths, &limits.limits()),
        Some(Command::List {
            tag,
            status,
            query,
            json,
        }) => commands::list(&db, tag, status, query, json),
        Some(Command::Show { id, json }) => commands::show(&db, &id, json),
        Some(Command::Tag { id, tags }) => commands::tag(&db, &id, &tags, true),
        Some(Command::Untag { id, tags }) => commands::tag(&db, &id, &tags, false),
        Some(Command::Annotate {
            id,
            text,
            paragraph,
            quote,
        }) => commands::annotate(&db, &id, &text, paragraph, quote),
        Some(Command::Status { id, status }) => commands::status(&db, &id, status),
        Some(Command::Doctor { rebuild, compact }) => commands::doctor(&db, rebuild, compact),
        Some(Command::Export(args)) => export::run_export(&db, &args),
        Some(Command::Import { file }) => export::run_import(&db, &file),
        Some(Command::Tui { paths }) => tui::run(&db, paths),
        None => tui::run(&db, cli.paths),
    }
}
