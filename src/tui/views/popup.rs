//! Overlays: the help screen (generated from the keymap in force), the tag prompt, the
//! annotation editor and the export dialog.

use super::content::anchor_label;
use super::text::{fit, truncate, width};
use crate::export::ExportFormat;
use crate::model::Anchor;
use crate::notes::Target;
use crate::sanitize::one_line;
use crate::tui::app::{
    App, Editor, ExportDialog, ExportField, LineInput, Mode, Prompt, PromptKind, EXPORT_FORMATS,
};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

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
    ("Tab S-Tab", "export: next field"),
    ("← → 1-5", "export: format"),
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

/// The format as `attache export --format` spells it.
fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Json => "json",
        ExportFormat::Jsonl => "jsonl",
        ExportFormat::Csv => "csv",
        ExportFormat::Markdown => "md",
        ExportFormat::WebAnnotation => "webannotation",
    }
}

/// One line of what each format is for, shown under the format choice.
fn format_blurb(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Json => "{\"version\":1,\"articles\":[…]}; attache import reads it back",
        ExportFormat::Jsonl => "one article per line (the json objects), for jq and big archives",
        ExportFormat::Csv => "spreadsheet: a row per note and per tagged article",
        ExportFormat::Markdown => "a brief to hand on: articles by tag, key quotes, notes",
        ExportFormat::WebAnnotation => "W3C Web Annotations (JSON-LD): notes and tags only",
    }
}

/// The part of a one-line field that fits in `cols` columns, scrolled so the cursor shows, and
/// the cursor's column in it. Control characters show as spaces (one column each), so the
/// cursor stays where the text is.
fn field_view(input: &LineInput, cols: usize) -> (String, usize) {
    let chars: Vec<(char, usize)> = input
        .text
        .chars()
        .map(|c| {
            let c = if c.is_control() { ' ' } else { c };
            (c, c.width().unwrap_or(0))
        })
        .collect();
    let cursor = input.cursor.min(chars.len());
    let cols = cols.max(2);
    // First shown char: as far left as keeps the cursor (and one cell after it) visible.
    let mut start = 0;
    let mut before: usize = chars[..cursor].iter().map(|(_, w)| w).sum();
    while before + 1 > cols - 1 && start < cursor {
        before -= chars[start].1;
        start += 1;
    }
    let mut shown = String::new();
    let mut used = 0;
    for (i, (c, w)) in chars.iter().enumerate().skip(start) {
        if used + w > cols {
            break;
        }
        if i == start && start > 0 {
            shown.push('…');
            used += 1;
            // The ellipsis takes this char's place (wide chars leave a space).
            shown.extend(std::iter::repeat_n(' ', w.saturating_sub(1)));
            used += w.saturating_sub(1);
            continue;
        }
        shown.push(*c);
        used += w;
    }
    (shown, before)
}

/// The export dialog. The selected format is bracketed and the focused field marked with `›`,
/// so both read without colour (`NO_COLOR`, snapshots); the terminal cursor sits in the focused
/// text field.
pub fn draw_export(frame: &mut Frame, area: Rect, app: &App, d: &ExportDialog) {
    let t = &app.theme;
    let rect = centered(area, area.width.saturating_sub(4).min(84), 12);
    let bottom = if d.confirm_overwrite {
        Span::styled(" y = replace the file · n = keep it ", t.error)
    } else {
        Span::styled(
            " Enter export · Tab/S-Tab field · ←/→ or 1-5 format · Esc cancel ",
            t.dim,
        )
    };
    let block = Block::bordered()
        .title(Span::styled(" Export ", t.title))
        .title_bottom(bottom)
        .border_style(t.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let cols = inner.width as usize;
    const LABEL: usize = 10;
    let field_cols = cols.saturating_sub(LABEL + 1);
    let label = |field: ExportField, name: &str| {
        let focused = d.field == field && !d.confirm_overwrite;
        let text = format!("{} {name}", if focused { "›" } else { " " });
        let style = if focused {
            t.label.patch(t.selected)
        } else {
            t.label
        };
        Span::styled(fit(&text, LABEL), style)
    };
    let indent = || Span::raw(" ".repeat(LABEL));
    let mut lines: Vec<Line> = vec![Line::default()];

    let mut formats = vec![label(ExportField::Format, "Format")];
    for (i, f) in EXPORT_FORMATS.iter().enumerate() {
        let chip = format!("{} {}", i + 1, format_name(*f));
        if *f == d.format {
            formats.push(Span::styled(format!("[{chip}]"), t.selected.patch(t.label)));
        } else {
            formats.push(Span::styled(format!(" {chip} "), t.base));
        }
        formats.push(Span::raw(" "));
    }
    lines.push(Line::from(formats));
    lines.push(Line::from(vec![
        indent(),
        Span::raw(" "),
        Span::styled(truncate(format_blurb(d.format), field_cols), t.dim),
    ]));
    lines.push(Line::default());

    let (filter_text, filter_cursor) = field_view(&d.filter, field_cols);
    lines.push(Line::from(vec![
        label(ExportField::Filter, "Filter"),
        Span::raw(" "),
        Span::styled(filter_text, t.base),
    ]));
    let typed = d.filter.text.trim();
    let hint = if typed.is_empty() {
        format!(
            "empty: every article ({} in the store)",
            app.summaries.len()
        )
    } else if typed == d.list_filter.trim() {
        let n = d.list_rows;
        format!(
            "the list's filter: {n} article{} shown",
            if n == 1 { "" } else { "s" }
        )
    } else {
        "tag: source: lang: is: since: until: speaker: \"phrase\" -tag:…".to_string()
    };
    lines.push(Line::from(vec![
        indent(),
        Span::raw(" "),
        Span::styled(truncate(&hint, field_cols), t.dim),
    ]));
    lines.push(Line::default());

    let (path_text, path_cursor) = field_view(&d.path, field_cols);
    lines.push(Line::from(vec![
        label(ExportField::Path, "Path"),
        Span::raw(" "),
        Span::styled(path_text, t.base),
    ]));
    lines.push(Line::default());
    if d.confirm_overwrite {
        let msg = format!("{} exists. Replace it? (y/n)", one_line(d.path.text.trim()));
        lines.push(Line::styled(
            format!(" {}", truncate(&msg, cols.saturating_sub(1))),
            t.error,
        ));
    } else if let Some(e) = &d.error {
        lines.push(Line::styled(
            format!(" {}", truncate(&one_line(e), cols.saturating_sub(1))),
            t.error,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);

    let cursor_at = |row: u16, col: usize| {
        Position::new(
            (inner.x as usize + LABEL + 1 + col).min(inner.right().saturating_sub(1) as usize)
                as u16,
            inner.y + row,
        )
    };
    match d.field {
        _ if d.confirm_overwrite => {}
        ExportField::Filter => frame.set_cursor_position(cursor_at(4, filter_cursor)),
        ExportField::Path => frame.set_cursor_position(cursor_at(7, path_cursor)),
        ExportField::Format => {}
    }
}
