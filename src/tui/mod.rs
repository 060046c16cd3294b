//! The ratatui front end: state ([`app`]), actions ([`action`]), `App::update` ([`update`]),
//! keymap and config ([`keymap`]), styles ([`theme`]), drawing ([`views`]) and worker threads
//! ([`worker`]). This module owns the terminal: setup, the event loop, and restoring the
//! terminal on exit and on panic.

pub mod action;
pub mod app;
pub mod keymap;
pub mod theme;
pub mod update;
pub mod views;
pub mod worker;

use crate::store::Store;
use action::{Action, MouseAction};
use app::App;
use keymap::Config;
use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};
use ratatui::crossterm::{execute, terminal};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Opens the TUI on an already-opened store (so a locked store was reported before the terminal
/// was touched), ingesting `ingest` in the background first when it is not empty.
pub fn run(store: Store, ingest: Vec<PathBuf>) -> anyhow::Result<()> {
    let (config, config_error) = Config::load(Config::default_path().as_deref());
    let mut app = App::loading(Arc::new(store), config);
    if let Some(e) = config_error {
        app.error(e);
    }
    if !ingest.is_empty() {
        app.start_ingest(ingest);
    }
    let mut terminal = setup_terminal()?;
    let result = event_loop(&mut terminal, &mut app);
    restore_terminal();
    // Quitting mid-export cancels it; wait for the worker to remove its partial file.
    app.abandon_export(Duration::from_secs(5));
    result
}

type Term = ratatui::Terminal<ratatui::backend::CrosstermBackend<std::io::Stdout>>;

fn setup_terminal() -> anyhow::Result<Term> {
    // Restore the terminal before the panic message is printed, so it stays readable.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        hook(info);
    }));
    terminal::enable_raw_mode()?;
    let mut out = std::io::stdout();
    execute!(
        out,
        terminal::EnterAlternateScreen,
        event::EnableMouseCapture,
        event::EnableBracketedPaste
    )?;
    Ok(ratatui::Terminal::new(
        ratatui::backend::CrosstermBackend::new(out),
    )?)
}

fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        event::DisableBracketedPaste,
        event::DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = out.flush();
}

/// Turns a terminal event into an action (none for events the TUI ignores).
pub fn action_for_event(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != event::KeyEventKind::Release => app.action_for_key(k),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    Some(Action::Mouse(MouseAction::Click { column, row }))
                }
                MouseEventKind::ScrollUp => {
                    Some(Action::Mouse(MouseAction::ScrollUp { column, row }))
                }
                MouseEventKind::ScrollDown => {
                    Some(Action::Mouse(MouseAction::ScrollDown { column, row }))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn event_loop(terminal: &mut Term, app: &mut App) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.should_quit {
        if dirty {
            terminal.draw(|f| views::draw(f, app))?;
            dirty = false;
        }
        let busy = app.loading
            || app.ingest.is_some()
            || app.export.is_some()
            || app.search.as_ref().is_some_and(|s| s.searching)
            || app.filter.as_ref().is_some_and(|s| s.searching);
        let timeout = Duration::from_millis(if busy { 30 } else { 250 });
        if event::poll(timeout)? {
            // Drain every pending event before drawing, so key repeat never lags behind.
            loop {
                let ev = event::read()?;
                if let Event::Paste(text) = &ev {
                    for c in text.chars() {
                        let key = event::KeyEvent::from(match c {
                            '\n' | '\r' => event::KeyCode::Enter,
                            c => event::KeyCode::Char(c),
                        });
                        if !matches!(app.mode, app::Mode::Normal) {
                            app.update(Action::Key(key));
                        }
                    }
                    dirty = true;
                } else if let Some(action) = action_for_event(app, ev) {
                    app.update(action);
                    dirty = true;
                }
                if app.should_quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        while let Ok(msg) = app.rx.try_recv() {
            app.update(Action::Worker(msg));
            dirty = true;
        }
    }
    Ok(())
}
