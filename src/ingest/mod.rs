//! Bytes -> [`Document`]: format sniffing, charset decoding and the three readers (HTML pages,
//! plain-text page dumps, RSS/Atom feeds). Nothing here interprets dates, language or quotes;
//! that is `analyze`'s job, so readers stay small and each one can be tested on its own.

pub mod decode;
pub mod feed;
pub mod fetch;
pub mod html;
pub mod sniff;
pub mod text;
pub mod walk;

use crate::model::Format;
use std::path::Path;

/// What a reader found in one input, before analysis. Dates are kept as printed; `analyze`
/// normalises them, so that partial dates can be completed from the article's other dates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub path: String,
    pub format: Format,
    pub title: Option<String>,
    pub source: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    /// Language declared by the page or feed (`<html lang>`, `<language>`), if any.
    pub language: Option<String>,
    pub published: Option<String>,
    pub updated: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub paragraphs: Vec<String>,
    /// Text outside the body that introduces it: a page's description, a feed item's summary,
    /// the header lines of a text dump. Not part of the article, but the quote pass reads it to
    /// learn who is who (a briefing names its spokesperson only there, then labels the answers
    /// "LA PORTE-PAROLE").
    pub lead: Vec<String>,
    /// Feed item guid or page canonical id, kept for provenance.
    pub guid: Option<String>,
}

/// Limits that protect the process from hostile or accidental inputs.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input file accepted, in bytes (also applied after gzip decompression).
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Why an input could not be read. Each renders as one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read file: {reason} ({path})")]
    Io { path: String, reason: String },
    #[error("file is larger than the {limit}-byte limit ({size} bytes) ({path})")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("file is empty ({path})")]
    Empty { path: String },
    #[error("not an article: binary content ({path})")]
    Binary { path: String },
    #[error("broken gzip data: {reason} ({path})")]
    Gzip { path: String, reason: String },
    #[error("broken feed: {reason} ({path})")]
    Feed { path: String, reason: String },
    #[error("no article text found ({path})")]
    NoContent { path: String },
}

impl IngestError {
    pub fn path(&self) -> &str {
        match self {
            IngestError::Io { path, .. }
            | IngestError::TooLarge { path, .. }
            | IngestError::Empty { path }
            | IngestError::Binary { path }
            | IngestError::Gzip { path, .. }
            | IngestError::Feed { path, .. }
            | IngestError::NoContent { path } => path,
        }
    }
}

/// Reads a file from disk and parses it into documents (a feed yields one per item).
pub fn read_file(path: &Path, limits: &Limits) -> Result<Vec<Document>, IngestError> {
    let display = path.display().to_string();
    let io_err = |e: std::io::Error| IngestError::Io {
        path: display.clone(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.len() > limits.max_bytes {
        return Err(IngestError::TooLarge {
            path: display,
            size: meta.len(),
            limit: limits.max_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(io_err)?;
    parse_bytes(&display, &bytes, limits)
}

/// Parses raw bytes whatever their format: gzip is unwrapped, the format is sniffed from the
/// content (not the file name), and the charset decoded, before the matching reader runs.
pub fn parse_bytes(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Vec<Document>, IngestError> {
    let owned;
    let bytes = if sniff::is_gzip(bytes) {
        owned = decode::gunzip(bytes, limits.max_bytes).map_err(|reason| IngestError::Gzip {
            path: path.to_string(),
            reason,
        })?;
        &owned[..]
    } else {
        bytes
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::Empty {
            path: path.to_string(),
        });
    }
    let format = sniff::sniff(bytes).ok_or_else(|| IngestError::Binary {
        path: path.to_string(),
    })?;
    let text = crate::sanitize::strip_controls_owned(decode::decode(bytes, format));
    let docs = match format {
        Format::Html => vec![html::read(path, &text)],
        Format::Text => vec![text::read(path, &text)],
        Format::Feed => feed::read(path, &text).map_err(|reason| IngestError::Feed {
            path: path.to_string(),
            reason,
        })?,
    };
    let docs: Vec<Document> = docs
        .into_iter()
        .map(|mut d| {
            if format != Format::Text {
                text::strip_body_furniture(&mut d);
            }
            d
        })
        .filter(|d| !d.paragraphs.is_empty() || d.title.is_some())
        .collect();
    if docs.is_empty() {
        return Err(IngestError::NoContent {
            path: path.to_string(),
        });
    }
    Ok(docs)
}
