//! Command-line front end. Thin: it parses arguments, calls the library and prints.
//! stdout carries only data; errors go to stderr as `error: <what> (<file or id>)`.

mod parse;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "attache", version, about = "Triage diplomatic news in the terminal")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse files (or folders) and print one JSON object per article, without touching the store.
    Parse {
        /// Print JSON Lines (the only output format for now; accepted for the contract).
        #[arg(long)]
        json: bool,
        /// Largest input file accepted, in bytes.
        #[arg(long, default_value_t = crate::ingest::Limits::default().max_bytes)]
        max_bytes: u64,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// Runs the CLI and returns the process exit status (0 ok, 1 runtime error, 2 usage error).
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Some(Command::Parse { paths, max_bytes, .. }) => parse::run(&paths, max_bytes),
        None => Ok(0),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            1
        }
    }
}
