//! The article list. Only the rows on screen are formatted, so a frame costs the same at 100k
//! articles as at 10.

use super::text::{fit, truncate, width};
use crate::model::{Status, UserData};
use crate::sanitize::one_line;
use crate::tui::app::{App, Focus, SortKey};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let focused = app.focus == Focus::List;
    let sort = match app.sort {
        SortKey::Date => "by date",
        SortKey::Source => "by source",
    };
    let title = format!(
        " Articles {}/{} · {sort} ",
        app.rows.len(),
        app.summaries.len()
    );
    let block = Block::bordered()
        .title(Span::styled(title, app.theme.title))
        .border_style(if focused {
            app.theme.border_focus
        } else {
            app.theme.border
        });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.rows.is_empty() {
        let msg = if app.loading {
            "Loading the list…"
        } else if app.summaries.is_empty() {
            "The store is empty. Press i (or :ingest PATH) to ingest files or folders."
        } else {
            "No article matches. Esc clears the search; f with an empty query clears the filter."
        };
        frame.render_widget(
            Paragraph::new(Line::styled(msg, app.theme.dim))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let cols = inner.width as usize;
    let default = UserData::default();
    let lines: Vec<Line> = app
        .rows
        .iter()
        .enumerate()
        .skip(app.list_offset)
        .take(inner.height as usize)
        .map(|(n, &i)| {
            let s = &app.summaries[i];
            let u = app.users.get(&s.id).unwrap_or(&default);
            row(app, s, u, cols, n == app.selected)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).style(app.theme.base), inner);
}

fn row(
    app: &App,
    s: &crate::store::Summary,
    u: &UserData,
    cols: usize,
    selected: bool,
) -> Line<'static> {
    let t = &app.theme;
    let patch = |st: Style| if selected { st.patch(t.selected) } else { st };
    let narrow = cols < 100;
    let src_w = if narrow { 9 } else { 14 };
    let mut spans = vec![
        Span::styled(
            if u.status == Status::Unread {
                "•"
            } else {
                " "
            },
            patch(t.unread),
        ),
        Span::styled(
            if u.status == Status::Reviewed {
                "✓"
            } else {
                " "
            },
            patch(t.reviewed),
        ),
        Span::styled(
            if u.status == Status::Flagged {
                "⚑"
            } else {
                " "
            },
            patch(t.flagged),
        ),
        Span::styled(" ", patch(t.base)),
    ];
    let date = s.published.as_deref().map_or("", |d| &d[..d.len().min(10)]);
    spans.push(Span::styled(format!("{} ", fit(date, 10)), patch(t.dim)));
    let source = one_line(s.source.as_deref().unwrap_or("—"));
    spans.push(Span::styled(
        format!("{} ", fit(&source, src_w)),
        patch(t.label),
    ));
    spans.push(Span::styled(
        format!("{} ", fit(&s.language, 2)),
        patch(t.dim),
    ));
    let fixed = 4 + 11 + src_w + 1 + 3;
    let quotes = if s.quote_count > 0 {
        format!("{:>4}", format!("{}q", s.quote_count.min(999)))
    } else {
        "    ".to_string()
    };
    // Tag chips, as many as fit in a quarter of the row.
    let chip_budget = (cols / 4).min(30);
    let mut chips: Vec<(String, Style)> = Vec::new();
    let mut used = 0;
    for tag in &u.tags {
        let chip = format!(" #{}", one_line(tag));
        let w = width(&chip);
        if used + w > chip_budget {
            if used + 2 <= chip_budget {
                chips.push((" …".into(), t.dim));
                used += 2;
            }
            break;
        }
        used += w;
        chips.push((chip, t.tag(tag)));
    }
    let title_w = cols.saturating_sub(fixed + used + 5);
    let mut title_style = t.base;
    if u.status == Status::Unread {
        title_style = title_style.add_modifier(Modifier::BOLD);
    }
    spans.push(Span::styled(
        fit(&one_line(&s.title), title_w),
        patch(title_style),
    ));
    for (chip, st) in chips {
        spans.push(Span::styled(chip, patch(st)));
    }
    spans.push(Span::styled(
        format!(" {}", truncate(&quotes, 4)),
        patch(t.dim),
    ));
    Line::from(spans)
}
