//! Drawing: `draw(&App, &mut Frame)` only reads state. [`layout`] is shared with `App::update`
//! so that mouse clicks and page sizes agree with what is on screen.

pub mod content;
pub mod list;
pub mod popup;
pub mod status;
pub mod text;

use super::app::{App, Focus, Mode, PromptKind, Tab};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

/// Below this size the TUI shows "terminal too small" instead of a cramped screen.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Where each part of the screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub list: Rect,
    pub content: Rect,
    pub prompt: Option<Rect>,
    pub status: Rect,
}

/// Splits the screen: list above content (side by side from 160 columns), then the prompt
/// line when a one-line prompt is open, then the status bar.
pub fn layout(area: Rect, app: &App) -> Areas {
    let prompt_line = matches!(
        &app.mode,
        Mode::Prompt(p) if matches!(p.kind, PromptKind::Search | PromptKind::Filter | PromptKind::Command)
    );
    let [main, prompt, status] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(u16::from(prompt_line)),
        Constraint::Length(1),
    ])
    .areas(area);
    let [list, content] = if area.width >= 160 {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(main)
    } else {
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(main)
    };
    Areas {
        list,
        content,
        prompt: prompt_line.then_some(prompt),
        status,
    }
}

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let msg = format!(
            "terminal too small: {}×{} (attache needs at least {}×{})",
            area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
        );
        frame.render_widget(
            Paragraph::new(msg).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let areas = layout(area, app);
    list::draw(frame, areas.list, app);
    draw_content(frame, areas.content, app);
    if let Some(p) = areas.prompt {
        status::draw_prompt(frame, p, app);
    }
    status::draw(frame, areas.status, app);
    match &app.mode {
        Mode::Help => popup::draw_help(frame, area, app),
        Mode::Prompt(p)
            if matches!(
                p.kind,
                PromptKind::AddTag { .. } | PromptKind::RemoveTag { .. }
            ) =>
        {
            popup::draw_tag_prompt(frame, area, app, p)
        }
        Mode::Editor(_) => popup::draw_editor(frame, area, app),
        Mode::Export(d) => popup::draw_export(frame, area, app, d),
        _ => {}
    }
}

fn draw_content(frame: &mut Frame, area: Rect, app: &App) {
    let focused = app.focus == Focus::Content;
    let block = Block::bordered().border_style(if focused {
        app.theme.border_focus
    } else {
        app.theme.border
    });
    let Some(o) = &app.open else {
        let block = block.title(Span::styled(" Article ", app.theme.title));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let hint = "Enter opens the selected article · Tab switches pane · ? shows every key";
        frame.render_widget(
            Paragraph::new(Line::styled(hint, app.theme.dim))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    };
    let block = block.title(Span::styled(" Article ", app.theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(content::tabs_line(app, o)), tabs);
    match app.tab {
        Tab::Body => content::draw_body(frame, body, app, o),
        Tab::Quotes => content::draw_quotes(frame, body, app, o),
        Tab::Notes => content::draw_notes(frame, body, app, o),
    }
}
