//! The content pane: article header and wrapped body (quotes highlighted with their speaker,
//! annotated paragraphs marked), the quotes tab and the notes tab.
//!
//! Wrapping happens once per article and width ([`build`]), not per frame: the layout maps each
//! screen line back to its paragraph, which scrolling, the paragraph cursor and mouse clicks use.

use super::text::{fit, truncate, width, wrap};
use crate::model::{Anchor, Article, UserData};
use crate::sanitize::one_line;
use crate::tui::app::{App, Opened, Tab};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The wrapped article: header then paragraphs, one entry per screen line.
#[derive(Debug, Clone, Default)]
pub struct BodyLayout {
    pub lines: Vec<Line<'static>>,
    /// The paragraph each line belongs to (`None` for header and blank lines).
    pub line_para: Vec<Option<usize>>,
    /// First line of each paragraph.
    pub para_start: Vec<usize>,
    /// Paragraphs carrying at least one note.
    pub annotated: Vec<bool>,
    pub width: u16,
}

/// Columns taken by the gutter (cursor and note marks) left of the body text.
pub const GUTTER: usize = 3;

/// Lays out `article` for a text area `cols` wide.
pub fn build(article: &Article, user: &UserData, theme: &Theme, cols: u16) -> BodyLayout {
    let w = (cols as usize).saturating_sub(GUTTER).max(10);
    let mut out = BodyLayout {
        width: cols,
        ..Default::default()
    };
    let header = |lines: Vec<Line<'static>>, out: &mut BodyLayout| {
        for l in lines {
            out.lines.push(l);
            out.line_para.push(None);
        }
    };
    let field = |label: &str, value: String, style: Style| -> Vec<Line<'static>> {
        wrap(
            &[
                (format!("{label}: "), theme.label),
                (one_line(&value), style),
            ],
            w,
            "  ",
        )
    };
    header(
        wrap(&[(one_line(&article.title), theme.title)], w, ""),
        &mut out,
    );
    let mut origin = article
        .source
        .clone()
        .unwrap_or_else(|| "unknown source".into());
    if let Some(section) = &article.section {
        origin.push_str(" · ");
        origin.push_str(section);
    }
    origin.push_str(&format!(" · {}", article.language));
    header(field("Source", origin, theme.base), &mut out);
    let mut dates = article
        .published
        .clone()
        .unwrap_or_else(|| "no date".into());
    if let Some(u) = &article.updated {
        dates.push_str(&format!(" (updated {u})"));
    }
    header(field("Published", dates, theme.base), &mut out);
    if !article.authors.is_empty() {
        header(
            field("Authors", article.authors.join(", "), theme.base),
            &mut out,
        );
    }
    if !article.editors.is_empty() {
        header(
            field("Editors", article.editors.join(", "), theme.base),
            &mut out,
        );
    }
    if let Some(url) = &article.url {
        header(field("URL", url.clone(), theme.dim), &mut out);
    }
    let mut tag_line: Vec<(String, Style)> = vec![("Tags: ".into(), theme.label)];
    if user.tags.is_empty() {
        tag_line.push(("none".into(), theme.dim));
    }
    for t in &user.tags {
        tag_line.push((format!("#{} ", one_line(t)), theme.tag(t)));
    }
    tag_line.push(("  Status: ".into(), theme.label));
    tag_line.push((user.status.to_string(), status_style(theme, user)));
    header(wrap(&tag_line, w, "  "), &mut out);
    if !article.topics.is_empty() {
        header(
            field("Suggested topics", article.topics.join(", "), theme.dim),
            &mut out,
        );
    }
    header(vec![Line::styled("─".repeat(w), theme.border)], &mut out);

    out.annotated = vec![false; article.paragraphs.len()];
    for note in &user.annotations {
        let p = match &note.anchor {
            Anchor::Paragraph { index, .. } => Some(*index),
            Anchor::Quote { index, .. } => article.quotes.get(*index).map(|q| q.paragraph),
            Anchor::Article => None,
        };
        if let Some(slot) = p.and_then(|p| out.annotated.get_mut(p)) {
            *slot = true;
        }
    }
    if article.paragraphs.is_empty() {
        out.lines
            .push(Line::styled("(this article has no body text)", theme.dim));
        out.line_para.push(None);
    }
    for (i, para) in article.paragraphs.iter().enumerate() {
        out.para_start.push(out.lines.len());
        for line in wrap(&paragraph_segments(article, i, para, theme), w, "") {
            out.lines.push(line);
            out.line_para.push(Some(i));
        }
        out.lines.push(Line::default());
        out.line_para.push(None);
    }
    out
}

fn status_style(theme: &Theme, user: &UserData) -> Style {
    use crate::model::Status;
    match user.status {
        Status::Unread => theme.unread,
        Status::Flagged => theme.flagged,
        Status::Reviewed => theme.reviewed,
        _ => theme.base,
    }
}

/// Splits a paragraph into plain and quoted runs; each quote is followed by its speaker.
fn paragraph_segments(
    article: &Article,
    index: usize,
    para: &str,
    theme: &Theme,
) -> Vec<(String, Style)> {
    let text = one_line(para);
    let mut spans: Vec<(usize, usize, Option<String>)> = Vec::new();
    for q in article.quotes.iter().filter(|q| q.paragraph == index) {
        let qt = one_line(&q.text);
        if qt.is_empty() {
            continue;
        }
        let from = spans.last().map_or(0, |s| s.1);
        if let Some(at) = text[from..].find(&qt) {
            spans.push((from + at, from + at + qt.len(), q.speaker.clone()));
        }
    }
    spans.sort_by_key(|s| s.0);
    let mut out = Vec::new();
    let mut pos = 0;
    for (start, end, speaker) in spans {
        if start < pos {
            continue;
        }
        out.push((text[pos..start].to_string(), theme.base));
        out.push((text[start..end].to_string(), theme.quote));
        let name = speaker.map_or_else(|| "unattributed".to_string(), |s| one_line(&s));
        // The end of a quote is usually followed by a closing mark; put the name after it.
        let mut close = end;
        for c in text[end..].chars() {
            if matches!(c, '"' | '»' | '”' | '’' | '」' | '』' | '“' | '\u{202f}') {
                close += c.len_utf8();
            } else {
                break;
            }
        }
        out.push((text[end..close].to_string(), theme.base));
        out.push((format!(" [{name}]"), theme.speaker));
        pos = close;
    }
    out.push((text[pos..].to_string(), theme.base));
    out.retain(|(t, _)| !t.is_empty());
    out
}

/// The tab bar on the first line of the content pane.
pub fn tabs_line(app: &App, o: &Opened) -> Line<'static> {
    let user = app.users.get(&o.article.id);
    let notes = user.map_or(0, |u| u.annotations.len());
    let mut spans = Vec::new();
    for (tab, label) in [
        (Tab::Body, "Body".to_string()),
        (Tab::Quotes, format!("Quotes ({})", o.article.quotes.len())),
        (Tab::Notes, format!("Notes ({notes})")),
    ] {
        let style = if tab == app.tab {
            app.theme.selected
        } else {
            app.theme.dim
        };
        spans.push(Span::styled(format!(" {label} "), style));
        spans.push(Span::styled("│", app.theme.border));
    }
    spans.pop();
    Line::from(spans)
}

pub fn draw_body(frame: &mut Frame, area: Rect, app: &App, o: &Opened) {
    let h = area.height as usize;
    let lines: Vec<Line> = o
        .layout
        .lines
        .iter()
        .zip(&o.layout.line_para)
        .enumerate()
        .skip(o.scroll)
        .take(h)
        .map(|(n, (line, para))| {
            let first = para.is_some_and(|p| o.layout.para_start.get(p) == Some(&n));
            let cursor = match para {
                Some(p) if *p == o.para => Span::styled("▌", app.theme.cursor),
                _ => Span::raw(" "),
            };
            let mark = match para {
                Some(p) if first && o.layout.annotated.get(*p) == Some(&true) => {
                    Span::styled("✎", app.theme.note_mark)
                }
                _ => Span::raw(" "),
            };
            let mut spans = vec![cursor, mark, Span::raw(" ")];
            spans.extend(line.spans.iter().cloned());
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).style(app.theme.base), area);
}

pub fn draw_quotes(frame: &mut Frame, area: Rect, app: &App, o: &Opened) {
    let quotes = &o.article.quotes;
    if quotes.is_empty() {
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled("No quotes found in this article.", app.theme.dim),
                Line::styled(
                    "(Quotes appear here once the quote parser has read it.)",
                    app.theme.dim,
                ),
            ]),
            area,
        );
        return;
    }
    let h = area.height as usize;
    let offset = o.quote.saturating_sub(h.saturating_sub(1));
    let cols = area.width as usize;
    let lines: Vec<Line> = quotes
        .iter()
        .enumerate()
        .skip(offset)
        .take(h)
        .map(|(i, q)| {
            let speaker = q.speaker.as_deref().map(one_line);
            let speaker = speaker.unwrap_or_else(|| "unattributed".into());
            let verb = q.verb.as_deref().map(one_line).unwrap_or_default();
            let head = format!("¶{:<3} {} ", q.paragraph + 1, fit(&speaker, 18));
            let verb = format!("{} ", fit(&verb, 10));
            let rest = cols.saturating_sub(width(&head) + width(&verb));
            let snippet = truncate(&format!("“{}”", one_line(&q.text)), rest);
            let sel = i == o.quote;
            let st = |s: Style| if sel { s.patch(app.theme.selected) } else { s };
            let mut spans = vec![
                Span::styled(head, st(app.theme.speaker)),
                Span::styled(verb, st(app.theme.dim)),
                Span::styled(snippet.clone(), st(app.theme.quote)),
            ];
            if sel {
                let pad = rest.saturating_sub(width(&snippet));
                spans.push(Span::styled(" ".repeat(pad), app.theme.selected));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// A short description of where a note is attached.
pub fn anchor_label(anchor: &Anchor) -> String {
    match anchor {
        Anchor::Article => "whole article".into(),
        Anchor::Paragraph { index, exact, .. } => {
            format!("¶{} «{}»", index + 1, truncate(&one_line(exact), 40))
        }
        Anchor::Quote { index, exact, .. } => {
            format!("quote {} «{}»", index + 1, truncate(&one_line(exact), 40))
        }
    }
}

pub fn draw_notes(frame: &mut Frame, area: Rect, app: &App, o: &Opened) {
    let user = app.users.get(&o.article.id);
    let notes = user.map(|u| u.annotations.as_slice()).unwrap_or(&[]);
    if notes.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                "No notes yet. Press a to annotate (the paragraph under the cursor, the selected quote or the article).",
                app.theme.dim,
            ))
            .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let cols = area.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut sel_range = (0, 0);
    for (i, n) in notes.iter().enumerate() {
        let sel = i == o.note;
        let start = lines.len();
        let head = format!(
            "{} {}{}",
            if sel { "▶" } else { " " },
            anchor_label(&n.anchor),
            if n.orphan { " (orphaned)" } else { "" }
        );
        lines.push(Line::styled(
            fit(&head, cols),
            if sel {
                app.theme.selected
            } else {
                app.theme.label
            },
        ));
        for text_line in crate::sanitize::strip_controls(&n.text).lines() {
            lines.extend(
                wrap(
                    &[(text_line.to_string(), app.theme.base)],
                    cols.saturating_sub(2).max(4),
                    "",
                )
                .into_iter()
                .map(|l| {
                    let mut spans = vec![Span::raw("  ")];
                    spans.extend(l.spans);
                    Line::from(spans)
                }),
            );
        }
        lines.push(Line::styled(format!("  {}", n.updated), app.theme.dim));
        if sel {
            sel_range = (start, lines.len());
        }
    }
    let h = area.height as usize;
    let offset = if sel_range.1 > h {
        (sel_range.1 - h).min(sel_range.0)
    } else {
        0
    };
    let lines: Vec<Line> = lines.into_iter().skip(offset).take(h).collect();
    frame.render_widget(Paragraph::new(lines), area);
}
