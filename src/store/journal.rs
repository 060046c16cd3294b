//! Append-only journal of user edits, kept outside the sled directory. Tags, notes and statuses
//! cannot be re-derived from the sources, so each edit is also written here (and synced) to
//! survive a damaged database; `attache doctor --rebuild` replays it.

use crate::model::UserData;
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// One line of the journal: the full user data of an article after an edit. Replaying keeps the
/// last entry per article, so the journal is idempotent and order is all that matters.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct JournalEntry {
    pub ts: String,
    pub id: String,
    /// Where the article came from, so a rebuild can find its source again.
    #[serde(default)]
    pub path: String,
    pub user: UserData,
}

#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
}

impl Journal {
    pub fn open(path: &Path) -> std::io::Result<Journal> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Journal {
            path: path.to_path_buf(),
            file,
        })
    }

    /// Appends one entry and syncs it to disk before returning.
    pub fn append(&mut self, entry: &JournalEntry) -> std::io::Result<()> {
        let mut line = serde_json::to_string(entry).map_err(std::io::Error::other)?;
        line.push('\n');
        self.file.write_all(line.as_bytes())?;
        self.file.sync_data()
    }

    /// Appends several entries with a single sync at the end (batch imports).
    pub fn append_many(&mut self, entries: &[JournalEntry]) -> std::io::Result<()> {
        let mut buf = Vec::new();
        for entry in entries {
            serde_json::to_writer(&mut buf, entry).map_err(std::io::Error::other)?;
            buf.push(b'\n');
        }
        self.file.write_all(&buf)?;
        self.file.sync_data()
    }

    /// Reads every well-formed entry; a torn last line (crash mid-write) is skipped.
    pub fn read_all(path: &Path) -> std::io::Result<Vec<JournalEntry>> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        for line in BufReader::new(file).lines() {
            if let Ok(entry) = serde_json::from_str::<JournalEntry>(&line?) {
                out.push(entry);
            }
        }
        Ok(out)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
