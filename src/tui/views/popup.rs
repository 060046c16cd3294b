//! Overlays: the help screen (generated from the keymap in force), the tag prompt and the
//! annotation editor.

use super::content::anchor_label;
use super::text::{fit, truncate, width};
use crate::model::Anchor;
use crate::notes::Target;
use crate::sanitize::one_line;
use crate::tui::app::{App, Editor, Mode, Prompt, PromptKind};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Extra help lines for keys that only exist inside prompts and the editor.
const MODAL_HELP: &[(&str, &str)] = &[
    ("Tab", "tag prompt: complete the tag"),
    ("1-9", "tag prompt: take suggestion N"),
    ("Ctrl-S", "editor: save the note"),
    ("Ctrl-T", "editor: attach to article/¶/quote"),
    ("Esc", "prompt/editor: cancel"),
];

pub fn draw_help(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let mut rows: Vec<(String, String)> = app
        .config
        .keymap
        .help_rows()
        .into_iter()
        .map(|(k, h)| (k, h.to_string()))
        .collect();
    rows.extend(
        MODAL_HELP
            .iter()
            .map(|(k, h)| (k.to_string(), h.to_string())),
    );
    let w = area.width.saturating_sub(4).min(110);
    let h = area.height.saturating_sub(2);
    let rect = centered(area, w, h);
    let block = Block::bordered()
        .title(Span::styled(" Keys (? or Esc closes) ", t.title))
        .border_style(t.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let per_col = (inner.height as usize).max(1);
    let ncols = rows.len().div_ceil(per_col).max(1);
    let col_w = inner.width as usize / ncols;
    let key_w = 14.min(col_w / 2);
    let mut lines: Vec<Line> = Vec::new();
    for r in 0..per_col.min(rows.len()) {
        let mut spans = Vec::new();
        for c in 0..ncols {
            if let Some((k, d)) = rows.get(c * per_col + r) {
                spans.push(Span::styled(fit(k, key_w), t.label));
                spans.push(Span::styled(
                    fit(&format!(" {d}"), col_w.saturating_sub(key_w)),
                    t.base,
                ));
            }
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn draw_tag_prompt(frame: &mut Frame, area: Rect, app: &App, p: &Prompt) {
    let t = &app.theme;
    let (verb, id, offer) = match &p.kind {
        PromptKind::AddTag { id } => ("Add tags", id, "Suggested"),
        PromptKind::RemoveTag { id } => ("Remove tags", id, "On article"),
        _ => return,
    };
    let title = app
        .summaries
        .iter()
        .find(|s| &s.id == id)
        .map(|s| one_line(&s.title))
        .unwrap_or_default();
    let rect = centered(area, area.width.saturating_sub(6).min(90), 8);
    let block = Block::bordered()
        .title(Span::styled(format!(" {verb} "), t.title))
        .title_bottom(Span::styled(
            " Enter apply · Tab complete · 1-9 take suggestion · Esc cancel ",
            t.dim,
        ))
        .border_style(t.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let cols = inner.width as usize;
    let mut lines = vec![Line::styled(truncate(&title, cols), t.dim)];
    lines.push(Line::from(vec![
        Span::styled("> ", t.label),
        Span::styled(one_line(&p.input.text), t.base),
    ]));
    let mut offer_spans = vec![Span::styled(format!("{offer}: "), t.label)];
    if p.suggestions.is_empty() {
        offer_spans.push(Span::styled("none", t.dim));
    }
    for (i, s) in p.suggestions.iter().take(9).enumerate() {
        offer_spans.push(Span::styled(format!("{} ", i + 1), t.dim));
        offer_spans.push(Span::styled(format!("#{}  ", one_line(s)), t.tag(s)));
    }
    lines.push(Line::from(offer_spans));
    let mut comp = vec![Span::styled("Tags in use: ", t.label)];
    let mut used = 12;
    let matching = p.matching_completions();
    if matching.is_empty() {
        comp.push(Span::styled("none", t.dim));
    }
    for c in matching {
        let chip = format!("#{} ", one_line(c));
        if used + width(&chip) > cols {
            comp.push(Span::styled("…", t.dim));
            break;
        }
        used += width(&chip);
        comp.push(Span::styled(chip, t.tag(c)));
    }
    lines.push(Line::from(comp));
    if let Some(e) = &p.error {
        lines.push(Line::styled(one_line(e), t.error));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let before: String = p.input.text.chars().take(p.input.cursor).collect();
    let x = inner.x as usize + 2 + width(&one_line(&before));
    frame.set_cursor_position(Position::new(
        (x as u16).min(inner.right().saturating_sub(1)),
        inner.y + 1,
    ));
}

fn target_label(app: &App, e: &Editor) -> String {
    let article = app.open.as_ref().map(|o| &o.article);
    match (e.target, article) {
        (Target::Article, _) => "whole article".into(),
        (Target::Paragraph(i), Some(a)) => anchor_label(&Anchor::Paragraph {
            index: i,
            exact: a.paragraphs.get(i).cloned().unwrap_or_default(),
            prefix: String::new(),
            suffix: String::new(),
        }),
        (Target::Quote(i), Some(a)) => anchor_label(&Anchor::Quote {
            index: i,
            exact: a.quotes.get(i).map(|q| q.text.clone()).unwrap_or_default(),
            prefix: String::new(),
            suffix: String::new(),
        }),
        (Target::Paragraph(i), None) => format!("¶{}", i + 1),
        (Target::Quote(i), None) => format!("quote {}", i + 1),
    }
}

pub fn draw_editor(frame: &mut Frame, area: Rect, app: &App) {
    let Mode::Editor(e) = &app.mode else { return };
    let t = &app.theme;
    let w = (area.width * 4 / 5).max(60);
    let h = (area.height * 3 / 5).max(10);
    let rect = centered(area, w, h);
    let verb = if e.note_id.is_some() {
        "Edit note"
    } else {
        "New note"
    };
    let bottom = if e.confirm_discard {
        Span::styled(
            " Discard the unsaved note? y = discard · n = keep editing ",
            t.error,
        )
    } else {
        Span::styled(
            " Ctrl-S save · Esc cancel · Ctrl-T attach to article/¶/quote ",
            t.dim,
        )
    };
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " {verb} on {} ",
                truncate(&target_label(app, e), (w as usize).saturating_sub(20))
            ),
            t.title,
        ))
        .title_bottom(bottom)
        .border_style(t.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(&e.textarea, inner);
}
