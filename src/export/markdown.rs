//! The Markdown brief: what an analyst hands on. A header (date range, counts, the filter),
//! then one section per tag; under each article its title, source, date and link, its key
//! quotes with their speakers and the analyst's notes as bullets.
//!
//! It must read well rendered and as plain text, and article text is untrusted, so every piece
//! of article or note text goes through [`escape`] (inline Markdown and raw HTML neutralised,
//! block syntax at line starts defused, line breaks folded, control characters stripped).
//!
//! Grouping by tag needs to know the sections before writing them, so the brief is made in two
//! passes over the store: the first keeps only (section, id) pairs of the selected articles,
//! the second reads the articles one at a time. Memory grows with the number of ids selected,
//! not with article sizes.

use super::{for_each_selected, ExportMeta, ExportStats, Result, Selection};
use crate::model::{Anchor, Annotation, Article, Quote, UserData};
use crate::sanitize::one_line;
use crate::store::Store;
use std::io::Write;

/// Quotes shown per article (notes anchored on a quote always show it as well).
pub const KEY_QUOTES: usize = 5;
/// Section of articles without tags.
pub const UNTAGGED: &str = "Untagged";

struct Entry {
    section: String,
    day: Option<String>,
    id: String,
}

/// Writes the brief for `selection`.
pub fn export(
    store: &Store,
    selection: &Selection,
    meta: &ExportMeta,
    out: &mut dyn Write,
) -> Result<ExportStats> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut stats = ExportStats::default();
    let (mut first, mut last): (Option<String>, Option<String>) = (None, None);
    let mut quotes = 0;
    for_each_selected(store, selection, |(article, user)| {
        stats.articles += 1;
        stats.annotations += user.annotations.len();
        quotes += article.quotes.len();
        let day = article.published.as_deref().and_then(iso_day);
        if let Some(day) = &day {
            if first.as_ref().is_none_or(|f| day < f) {
                first = Some(day.clone());
            }
            if last.as_ref().is_none_or(|l| day > l) {
                last = Some(day.clone());
            }
        }
        let section = user
            .tags
            .first()
            .cloned()
            .unwrap_or_else(|| UNTAGGED.to_string());
        entries.push(Entry {
            section,
            day,
            id: article.id,
        });
        Ok(())
    })?;
    // Sections alphabetically, "Untagged" last; in each, newest first, undated last.
    entries.sort_by(|a, b| {
        (a.section == UNTAGGED)
            .cmp(&(b.section == UNTAGGED))
            .then_with(|| a.section.cmp(&b.section))
            .then_with(|| b.day.cmp(&a.day))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut sections: Vec<(&str, usize)> = Vec::new();
    for e in &entries {
        match sections.last_mut() {
            Some((s, n)) if *s == e.section => *n += 1,
            _ => sections.push((&e.section, 1)),
        }
    }

    let range = match (&first, &last) {
        (Some(f), Some(l)) if f == l => f.clone(),
        (Some(f), Some(l)) => format!("{f} to {l}"),
        _ => "no dated articles".to_string(),
    };
    let mut head = String::new();
    head.push_str(&format!("# Attache brief: {range}\n\n"));
    head.push_str(&format!(
        "- Articles: {} ({} notes, {} quotes)\n",
        stats.articles, stats.annotations, quotes
    ));
    head.push_str(&format!(
        "- Filter: {}\n",
        if meta.filter.is_empty() {
            "none (every article)".to_string()
        } else {
            format!("`{}`", code_span_text(&meta.filter))
        }
    ));
    if !sections.is_empty() {
        let list: Vec<String> = sections
            .iter()
            .map(|(s, n)| format!("{} ({n})", escape(s)))
            .collect();
        head.push_str(&format!("- Sections: {}\n", list.join(", ")));
    }
    head.push_str(&format!("- Exported: {}\n", meta.exported));
    out.write_all(head.as_bytes())?;

    let mut current: Option<&str> = None;
    for e in &entries {
        if current != Some(e.section.as_str()) {
            current = Some(&e.section);
            let count = sections
                .iter()
                .find(|(s, _)| *s == e.section)
                .map_or(0, |(_, n)| *n);
            write!(out, "\n## {} ({count})\n", escape(&e.section))?;
        }
        let Some(article) = store.article(&e.id)? else {
            continue;
        };
        let user = store.user_data(&e.id)?;
        out.write_all(render_article(&article, &user).as_bytes())?;
        stats.written += 1;
    }
    out.flush()?;
    Ok(stats)
}

/// One article of the brief.
pub fn render_article(article: &Article, user: &UserData) -> String {
    let mut s = String::new();
    let title = if article.title.trim().is_empty() {
        "(untitled)".to_string()
    } else {
        escape(&article.title)
    };
    s.push_str(&format!("\n### {title}\n\n"));
    let mut line: Vec<String> = Vec::new();
    line.push(
        match article.source.as_deref().filter(|x| !x.trim().is_empty()) {
            Some(src) => format!("**{}**", escape(src)),
            None => "Unknown source".to_string(),
        },
    );
    if let Some(date) = article.published.as_deref() {
        line.push(escape(&iso_day(date).unwrap_or_else(|| date.to_string())));
    }
    if let Some(link) = article.url.as_deref().and_then(safe_link) {
        line.push(format!("<{link}>"));
    }
    s.push_str(&line.join(" · "));
    s.push_str("  \n");
    let mut facts = vec![format!("Status: {}", user.status)];
    if !user.tags.is_empty() {
        let tags: Vec<String> = user.tags.iter().map(|t| escape(t)).collect();
        facts.push(format!("Tags: {}", tags.join(", ")));
    }
    facts.push(format!("Id: `{}`", code_span_text(&article.id)));
    s.push_str(&facts.join(" · "));
    s.push('\n');

    let shown = key_quotes(article, user);
    if !shown.is_empty() {
        s.push_str("\nKey quotes:\n\n");
        for q in shown {
            s.push_str(&format!("- “{}”", escape(&q.text)));
            if let Some(sp) = q.speaker.as_deref().filter(|x| !x.trim().is_empty()) {
                s.push_str(&format!(" — {}", escape(sp)));
            }
            s.push('\n');
        }
    }
    if !user.annotations.is_empty() {
        s.push_str("\nNotes:\n\n");
        for n in &user.annotations {
            s.push_str(&format!(
                "- {}{}\n",
                escape(&n.text),
                note_place(article, n)
            ));
        }
    }
    s
}

/// Full quotes with a speaker first, then the others, up to [`KEY_QUOTES`]; quotes carrying a
/// note are always included. Kept in article order.
fn key_quotes<'a>(article: &'a Article, user: &UserData) -> Vec<&'a Quote> {
    let noted: Vec<usize> = user
        .annotations
        .iter()
        .filter_map(|n| match n.anchor {
            Anchor::Quote { index, .. } if !n.orphan => Some(index),
            _ => None,
        })
        .collect();
    let mut ranked: Vec<usize> = (0..article.quotes.len()).collect();
    ranked.sort_by_key(|&i| {
        let q = &article.quotes[i];
        (!noted.contains(&i), q.partial, q.speaker.is_none(), i)
    });
    ranked.truncate(KEY_QUOTES.max(noted.len()));
    ranked.sort_unstable();
    ranked.into_iter().map(|i| &article.quotes[i]).collect()
}

/// " (on paragraph 3: “…”)" — where a note is attached, briefly.
fn note_place(article: &Article, note: &Annotation) -> String {
    let (what, exact) = match &note.anchor {
        Anchor::Article => return String::new(),
        Anchor::Paragraph { index, exact, .. } => (format!("paragraph {}", index + 1), exact),
        Anchor::Quote { index, exact, .. } => {
            let speaker = article
                .quotes
                .get(*index)
                .and_then(|q| q.speaker.as_deref())
                .filter(|_| !note.orphan)
                .map(|s| format!(" by {}", escape(s)))
                .unwrap_or_default();
            (format!("quote{speaker}"), exact)
        }
    };
    let orphan = if note.orphan { ", no longer found" } else { "" };
    let excerpt: String = one_line(exact).chars().take(80).collect();
    let ellipsis = if exact.chars().count() > 80 {
        "…"
    } else {
        ""
    };
    if excerpt.is_empty() {
        format!(" _(on {what}{orphan})_")
    } else {
        format!(" _(on {what}{orphan}: “{}{ellipsis}”)_", escape(&excerpt))
    }
}

/// The `YYYY-MM-DD` of a date: ISO 8601 as the contract wants, or RFC 2822 as some feeds
/// still deliver until the date parser normalises them.
fn iso_day(date: &str) -> Option<String> {
    let date = date.trim();
    if let Some(day) = date.get(..10) {
        let iso = day.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
        if iso {
            return Some(day.to_string());
        }
    }
    chrono::DateTime::parse_from_rfc2822(date)
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// An http(s) URL safe to show as an autolink (no spaces, no angle brackets, no controls).
fn safe_link(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            c if c.is_control() => return None,
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c => out.push(c),
        }
    }
    Some(out)
}

/// Text for inside a single-backtick code span: no backticks, one line.
fn code_span_text(text: &str) -> String {
    one_line(text).replace('`', "'")
}

/// Makes untrusted text inert as Markdown while keeping it readable as plain text.
///
/// Controls are stripped and line breaks folded, so text cannot open a block; inline syntax
/// (backslash, backtick, `*`, `_`, brackets, angle brackets, `|`, `~`) and entity-looking `&`
/// are backslash-escaped; a leading `#`, `+`, `-`, `=` or `1.` / `1)` is escaped too.
pub fn escape(text: &str) -> String {
    let text = one_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0;
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            '#' | '+' | '-' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i > 0 && chars[..i].iter().all(|d| d.is_ascii_digit()) => {
                out.push('\\');
                out.push(c);
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                out.push_str("\\!");
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::notes::{new_annotation, Target};

    #[test]
    fn escaping_defuses_markdown_and_html() {
        assert_eq!(
            escape("*bold* _it_ [x](y)"),
            "\\*bold\\* \\_it\\_ \\[x\\](y)"
        );
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("- no\n# block"), "\\- no # block");
        assert_eq!(escape("AT&T &amp; co"), "AT\\&T \\&amp; co");
        assert_eq!(escape("U.S. Department - fine"), "U.S. Department - fine");
        assert_eq!(escape("red\u{1b}[31m"), "red");
    }

    #[test]
    fn links_must_be_http() {
        assert_eq!(
            safe_link("https://x.org/a b"),
            Some("https://x.org/a%20b".into())
        );
        assert_eq!(safe_link("javascript:alert(1)"), None);
        assert_eq!(
            safe_link("https://x.org/<a>"),
            Some("https://x.org/%3Ca%3E".into())
        );
    }

    #[test]
    fn article_shows_title_source_quotes_and_notes() {
        let article = Article {
            id: "abcd".into(),
            title: "Lavrov *meets* Blinken".into(),
            source: Some("TASS".into()),
            published: Some("2024-02-29T11:20:00-05:00".into()),
            url: Some("https://tass.com/1".into()),
            paragraphs: vec!["Lavrov said \"we are ready\".".into()],
            quotes: vec![Quote {
                text: "we are ready".into(),
                speaker: Some("Sergei Lavrov".into()),
                paragraph: 0,
                ..Default::default()
            }],
            ..Default::default()
        };
        let note = new_annotation(&article, "=HYPERLINK(x)", Target::Quote(0)).unwrap();
        let user = UserData {
            tags: vec!["russia".into()],
            status: Status::Reviewed,
            annotations: vec![note],
        };
        let md = render_article(&article, &user);
        assert!(md.contains("### Lavrov \\*meets\\* Blinken"));
        assert!(md.contains("**TASS** · 2024-02-29 · <https://tass.com/1>"));
        assert!(md.contains("- “we are ready” — Sergei Lavrov"));
        assert!(md.contains("- \\=HYPERLINK(x) _(on quote by Sergei Lavrov: “we are ready”)_"));
        assert!(md.contains("Status: reviewed · Tags: russia"));
    }
}
