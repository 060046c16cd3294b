//! CSV (RFC 4180, UTF-8, CRLF, header row) for spreadsheets: one row per note, plus one row
//! per tagged article without notes, so a tagging pass shows up even before anything is
//! written about it.
//!
//! Spreadsheets execute cells that look like formulas, and article text and notes are
//! untrusted, so any cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or
//! their full-width forms, which some spreadsheets also accept) is prefixed with `'`
//! (OWASP "CSV injection"). Control characters are stripped as everywhere else.

use super::{ExportMeta, Sink};
use crate::model::{Anchor, Annotation, Article, UserData};
use crate::sanitize::strip_controls;
use std::borrow::Cow;
use std::io::{self, Write};

/// Column names, in order.
pub const HEADER: [&str; 15] = [
    "article_id",
    "published",
    "source",
    "title",
    "url",
    "status",
    "tags",
    "note_id",
    "anchor",
    "anchor_index",
    "quoted_text",
    "note",
    "created",
    "updated",
    "orphan",
];

pub struct CsvSink;

impl Sink for CsvSink {
    fn begin(&mut self, out: &mut dyn Write, _meta: &ExportMeta) -> io::Result<()> {
        write_row(out, &HEADER)
    }

    fn article(
        &mut self,
        out: &mut dyn Write,
        article: &Article,
        user: &UserData,
    ) -> io::Result<bool> {
        if user.annotations.is_empty() && user.tags.is_empty() {
            return Ok(false);
        }
        let tags = user.tags.join("; ");
        let base = [
            article.id.as_str(),
            article.published.as_deref().unwrap_or(""),
            article.source.as_deref().unwrap_or(""),
            article.title.as_str(),
            article.url.as_deref().unwrap_or(""),
            user.status.as_str(),
            tags.as_str(),
        ];
        if user.annotations.is_empty() {
            let mut row = base.to_vec();
            row.extend(["", "", "", "", "", "", "", ""]);
            write_row(out, &row)?;
        }
        for note in &user.annotations {
            let (kind, index, exact) = anchor_cells(note);
            let mut row = base.to_vec();
            row.extend([
                note.id.as_str(),
                kind,
                index.as_str(),
                exact,
                note.text.as_str(),
                note.created.as_str(),
                note.updated.as_str(),
                if note.orphan { "true" } else { "false" },
            ]);
            write_row(out, &row)?;
        }
        Ok(true)
    }
}

fn anchor_cells(note: &Annotation) -> (&'static str, String, &str) {
    match &note.anchor {
        Anchor::Article => ("article", String::new(), ""),
        Anchor::Paragraph { index, exact, .. } => ("paragraph", index.to_string(), exact),
        Anchor::Quote { index, exact, .. } => ("quote", index.to_string(), exact),
    }
}

/// Writes one record, CRLF-terminated.
pub fn write_row(out: &mut dyn Write, cells: &[&str]) -> io::Result<()> {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        line.push_str(&escape_cell(cell));
    }
    line.push_str("\r\n");
    out.write_all(line.as_bytes())
}

/// Neutralises formula triggers, strips control characters (keeping newlines and tabs inside
/// the text) and quotes the cell when RFC 4180 requires it.
pub fn escape_cell(cell: &str) -> Cow<'_, str> {
    let mut text: Cow<str> = if cell.chars().any(needs_stripping) {
        Cow::Owned(strip_controls(cell))
    } else {
        Cow::Borrowed(cell)
    };
    if starts_like_formula(cell) {
        // Test the raw cell: a leading tab or CR is itself a trigger, even though stripping
        // would have kept or normalised it.
        text = Cow::Owned(format!("'{text}"));
    }
    if text.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        text
    }
}

fn needs_stripping(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn starts_like_formula(cell: &str) -> bool {
    matches!(
        cell.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            escape_cell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(escape_cell("+1"), "'+1");
        assert_eq!(escape_cell("-1"), "'-1");
        assert_eq!(escape_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_cell("\t=1"), "'\t=1");
        assert_eq!(escape_cell("\r=1"), "\"'\n=1\"");
        assert_eq!(escape_cell("a=1"), "a=1");
    }

    #[test]
    fn rfc4180_quoting() {
        assert_eq!(escape_cell("plain"), "plain");
        assert_eq!(escape_cell("a,b"), "\"a,b\"");
        assert_eq!(escape_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(escape_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(escape_cell("red\u{1b}[31m"), "red");
    }

    #[test]
    fn rows_end_with_crlf() {
        let mut out = Vec::new();
        write_row(&mut out, &["a", "b,c", ""]).unwrap();
        assert_eq!(out, b"a,\"b,c\",\r\n");
    }
}
