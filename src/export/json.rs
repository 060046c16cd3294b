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

/// The analyst's part of a record, spliced after the article's own fields.
#[derive(Serialize)]
struct UserPart<'a> {
    tags: &'a [String],
    status: Status,
    annotations: &'a [Annotation],
}

/// Writes the same object as [`write_record`] from the article's JSON text: the text minus its
/// closing brace, then the user fields. Saves decoding and re-encoding the article.
pub fn write_record_json(
    out: &mut dyn Write,
    article_json: &[u8],
    user: &UserData,
) -> io::Result<()> {
    let fields = match article_json.trim_ascii_end().strip_suffix(b"}") {
        Some(f) if f.trim_ascii_start().starts_with(b"{") => f,
        _ => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "stored article is not a JSON object",
            ))
        }
    };
    let user_json = serde_json::to_vec(&UserPart {
        tags: &user.tags,
        status: user.status,
        annotations: &user.annotations,
    })?;
    out.write_all(fields)?;
    if fields.trim_ascii() != b"{" {
        out.write_all(b",")?;
    }
    out.write_all(&user_json[1..])
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

    fn wants_json(&self) -> bool {
        true
    }

    fn article_json(
        &mut self,
        out: &mut dyn Write,
        article: &[u8],
        user: &UserData,
    ) -> io::Result<bool> {
        out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        write_record_json(out, article, user)?;
        self.written += 1;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;
    use crate::notes::{new_annotation, Target};

    #[test]
    fn spliced_record_equals_serialised_record() {
        let article = Article {
            id: "x1".into(),
            title: "Un \"titre\" — été".into(),
            paragraphs: vec!["A said \"ok\".".into()],
            quotes: vec![Quote {
                text: "ok".into(),
                paragraph: 0,
                ..Default::default()
            }],
            fingerprint: u64::MAX,
            ..Default::default()
        };
        let user = UserData {
            tags: vec!["t".into()],
            status: Status::Flagged,
            annotations: vec![new_annotation(&article, "n", Target::Quote(0)).unwrap()],
        };
        let mut a = Vec::new();
        write_record(&mut a, &article, &user).unwrap();
        let mut b = Vec::new();
        write_record_json(&mut b, &serde_json::to_vec(&article).unwrap(), &user).unwrap();
        assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
        let mut c = Vec::new();
        assert!(write_record_json(&mut c, b"[1]", &user).is_err());
    }
}
