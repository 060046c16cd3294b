//! The JSON export (DESIGN.md §3): `{"version": 1, "exported": ..., "filter": ...,
//! "articles": [...], "count": N}`. Each article is written on its own line as soon as it is
//! read, so the file streams out and diffs line by line.

use super::{ExportMeta, ExportStats, Sink, EXPORT_VERSION};
use crate::model::{Annotation, Article, Status, UserData};
use serde::Serialize;
use std::io::{self, Write};

/// One exported article: every parsed field, then the analyst's tags, status and notes.
/// Shared by the JSON and JSON Lines formats so the two always agree.
#[derive(Debug, Serialize)]
pub struct ArticleRecord<'a> {
    #[serde(flatten)]
    pub article: &'a Article,
    pub tags: &'a [String],
    pub status: Status,
    pub annotations: &'a [Annotation],
}

impl<'a> ArticleRecord<'a> {
    pub fn new(article: &'a Article, user: &'a UserData) -> ArticleRecord<'a> {
        ArticleRecord {
            article,
            tags: &user.tags,
            status: user.status,
            annotations: &user.annotations,
        }
    }
}

/// Writes `article` as one compact JSON object (no newline).
pub fn write_record(out: &mut dyn Write, article: &Article, user: &UserData) -> io::Result<()> {
    serde_json::to_writer(out, &ArticleRecord::new(article, user)).map_err(io::Error::from)
}

#[derive(Debug, Default)]
pub struct JsonSink {
    written: usize,
}

impl Sink for JsonSink {
    fn begin(&mut self, out: &mut dyn Write, meta: &ExportMeta) -> io::Result<()> {
        write!(
            out,
            "{{\"version\":{EXPORT_VERSION},\"exported\":{},\"filter\":{},\"articles\":[",
            serde_json::to_string(&meta.exported)?,
            serde_json::to_string(&meta.filter)?
        )
    }

    fn article(
        &mut self,
        out: &mut dyn Write,
        article: &Article,
        user: &UserData,
    ) -> io::Result<bool> {
        out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        write_record(out, article, user)?;
        self.written += 1;
        Ok(true)
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        _meta: &ExportMeta,
        stats: &ExportStats,
    ) -> io::Result<()> {
        writeln!(out, "\n],\"count\":{}}}", stats.articles)
    }
}
