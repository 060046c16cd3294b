//! The status bar (counts, narrowing, ingest and export progress, messages, store path) and
//! the one-line prompt above it.

use super::text::{truncate, width};
use crate::sanitize::one_line;
use crate::tui::app::{App, MessageKind, Mode, PromptKind};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The status bar's parts: counts (or just shown/total), filter and search (cut to
/// `narrowing_max` columns, left out at 0), export progress (left out when `progress` is
/// false and there is a message to show instead), then the message.
fn segments(
    app: &App,
    short_counts: bool,
    narrowing_max: usize,
    progress: bool,
) -> Vec<Span<'static>> {
    let t = &app.theme;
    let counts = if short_counts {
        format!(" {}/{} shown", app.rows.len(), app.summaries.len())
    } else {
        format!(
            " {} total · {} shown · {} unread",
            app.summaries.len(),
            app.rows.len(),
            app.unread
        )
    };
    let mut spans = vec![Span::styled(counts, t.status_bar)];
    let sep = || Span::styled(" │ ", t.status_bar);
    if let Some(f) = app.filter.as_ref().filter(|_| narrowing_max > 0) {
        spans.push(sep());
        spans.push(Span::styled(
            truncate(&format!("filter: {}", one_line(&f.text)), narrowing_max),
            t.status_bar.patch(t.label),
        ));
    }
    if let Some(s) = app.search.as_ref().filter(|_| narrowing_max > 0) {
        spans.push(sep());
        let busy = if s.searching {
            " (searching bodies…)"
        } else {
            ""
        };
        spans.push(Span::styled(
            truncate(&format!("/{}{busy}", one_line(&s.text)), narrowing_max),
            t.status_bar.patch(t.label),
        ));
    }
    if app.loading {
        spans.push(sep());
        spans.push(Span::styled(
            "loading articles…",
            t.status_bar.patch(t.label),
        ));
    }
    if !app.pending_ingest.is_empty() {
        spans.push(sep());
        spans.push(Span::styled(
            "ingest waiting for the list",
            t.status_bar.patch(t.label),
        ));
    }
    if let Some((done, total)) = app.ingest {
        spans.push(sep());
        let text = if total == 0 {
            "ingest: reading files…".to_string()
        } else {
            format!("ingest {done}/{total} files")
        };
        spans.push(Span::styled(text, t.status_bar.patch(t.label)));
    }
    if let Some(run) = app
        .export
        .as_ref()
        .filter(|_| progress || app.message.is_none())
    {
        spans.push(sep());
        let name = run.path.file_name().map_or_else(
            || run.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let p = run.progress;
        let counts = if p.checked == p.selected {
            format!("{} articles", p.selected)
        } else {
            format!("{} of {} checked", p.selected, p.checked)
        };
        spans.push(Span::styled(
            format!("exporting to {}: {counts}…", one_line(&name)),
            t.status_bar.patch(t.label),
        ));
    }
    if let Some(m) = &app.message {
        spans.push(sep());
        let st = match m.kind {
            MessageKind::Info => t.status_bar,
            MessageKind::Saved => t.status_bar.patch(t.ok),
            MessageKind::Error => t.status_bar.patch(t.error),
        };
        spans.push(Span::styled(one_line(&m.text), st));
    }
    spans
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let cols = area.width as usize;
    // A message (e.g. where an export went) matters more than the full counts and filter:
    // when the line is too long, shorten those first, so the message is cut last.
    let mut spans = Vec::new();
    let tries = [
        (false, usize::MAX, true),
        (true, usize::MAX, true),
        (true, 16, true),
        (true, 0, true),
        (true, 0, false),
    ];
    for (short_counts, narrowing_max, progress) in tries {
        spans = segments(app, short_counts, narrowing_max, progress);
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        if used <= cols {
            break;
        }
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let room = cols.saturating_sub(used + 3);
    if room >= 8 {
        let label = truncate(&one_line(&app.store_label), room);
        let pad = cols - used - width(&label) - 1;
        spans.push(Span::styled(" ".repeat(pad), t.status_bar));
        spans.push(Span::styled(label, t.status_bar.patch(t.dim)));
        spans.push(Span::styled(" ", t.status_bar));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status_bar), area);
}

/// The one-line prompt for search, filter and the command line.
pub fn draw_prompt(frame: &mut Frame, area: Rect, app: &App) {
    let Mode::Prompt(p) = &app.mode else { return };
    let label = match p.kind {
        PromptKind::Search => "/",
        PromptKind::Filter => "filter: ",
        PromptKind::Command => ":",
        _ => return,
    };
    let t = &app.theme;
    let mut spans = vec![
        Span::styled(label, t.label),
        Span::styled(one_line(&p.input.text), t.base),
    ];
    if let Some(e) = &p.error {
        spans.push(Span::styled(format!("   {}", one_line(e)), t.error));
    } else if p.kind == PromptKind::Filter && p.input.text.is_empty() {
        spans.push(Span::styled(
            "   e.g. tag:arctic source:xinhua lang:fr is:unread since:2021-05-01 \"phrase\" -tag:done",
            t.dim,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let before: String = p.input.text.chars().take(p.input.cursor).collect();
    let x = area.x as usize + width(label) + width(&one_line(&before));
    frame.set_cursor_position(Position::new(
        (x as u16).min(area.right().saturating_sub(1)),
        area.y,
    ));
}
