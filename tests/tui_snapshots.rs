//! `TestBackend` snapshots (insta) of the main screens at 80×24 and 120×40, including CJK,
//! accented and emoji titles. Review changes with `cargo insta review` or by reading the
//! `.snap` files under `tests/snapshots/`.

mod tui_support;

use attache::model::{Anchor, Annotation, Status, UserData};
use attache::tui::action::Action;
use attache::tui::app::App;
use attache::tui::views;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use tui_support::*;

fn render(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| views::draw(f, app)).unwrap();
    terminal.backend().to_string()
}

/// A store state with tags, statuses and a note with fixed timestamps.
fn seeded(w: u16, h: u16) -> (tempfile::TempDir, App) {
    let (d, app) = app_with(&fixtures(), w, h);
    let note = Annotation {
        id: "n1".into(),
        text: "Lavrov's wording matches the 2019 statement.".into(),
        created: "2021-05-22T09:00:00Z".into(),
        updated: "2021-05-22T09:00:00Z".into(),
        anchor: Anchor::Paragraph {
            index: 1,
            exact: "\"We are ready to work on strategic stability,\" Lavrov told reporters after the meeting.".into(),
            prefix: String::new(),
            suffix: String::new(),
        },
        orphan: false,
    };
    let data = [
        (
            "a1",
            vec!["arctic", "arms-control"],
            Status::Reviewed,
            vec![note],
        ),
        ("a2", vec!["china", "中美"], Status::Flagged, vec![]),
        ("a3", vec![], Status::Unread, vec![]),
    ];
    for (id, tags, status, annotations) in data {
        let u = UserData {
            tags: tags.into_iter().map(String::from).collect(),
            status,
            annotations,
        };
        app.store.set_user_data(id, &u).unwrap();
    }
    let users = app.store.all_user_data().unwrap();
    let summaries = app.store.summaries_by_date().unwrap();
    let mut fresh = App::with_data(app.store.clone(), Default::default(), summaries, users);
    fresh.store_label = app.store_label.clone();
    fresh.update(Action::Resize(w, h));
    drop(app);
    (d, fresh)
}

#[test]
fn list_screen() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (_d, app) = seeded(w, h);
        insta::assert_snapshot!(format!("list_{w}x{h}"), render(&app));
    }
}

#[test]
fn article_body_with_quotes_and_note_marks() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (_d, mut app) = seeded(w, h);
        app.update(Action::Open);
        app.update(Action::Down);
        insta::assert_snapshot!(format!("body_{w}x{h}"), render(&app));
    }
}

#[test]
fn cjk_article() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (_d, mut app) = seeded(w, h);
        app.update(Action::Down);
        app.update(Action::Open);
        insta::assert_snapshot!(format!("cjk_{w}x{h}"), render(&app));
    }
}

#[test]
fn quotes_and_notes_tabs() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (_d, mut app) = seeded(w, h);
        app.update(Action::Open);
        app.update(Action::NextTab);
        insta::assert_snapshot!(format!("quotes_{w}x{h}"), render(&app));
        app.update(Action::NextTab);
        insta::assert_snapshot!(format!("notes_{w}x{h}"), render(&app));
    }
}

#[test]
fn article_without_quotes() {
    let (_d, mut app) = seeded(80, 24);
    app.update(Action::Bottom);
    app.update(Action::Open);
    app.update(Action::NextTab);
    insta::assert_snapshot!("no_quotes_80x24", render(&app));
}

#[test]
fn help_overlay() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (_d, mut app) = seeded(w, h);
        app.update(Action::Help);
        insta::assert_snapshot!(format!("help_{w}x{h}"), render(&app));
    }
}

#[test]
fn prompts_and_editor() {
    let (_d, mut app) = seeded(80, 24);
    app.update(Action::Command("filter lang:fr".into()));
    ch(&mut app, '/');
    typ(&mut app, "tromso");
    pump_until(&mut app, is_body_done);
    insta::assert_snapshot!("search_prompt_80x24", render(&app));
    press(&mut app, KeyCode::Enter);
    ch(&mut app, 't');
    typ(&mut app, "ar");
    insta::assert_snapshot!("tag_prompt_80x24", render(&app));
    press(&mut app, KeyCode::Esc);
    app.update(Action::Open);
    ch(&mut app, 'a');
    typ(&mut app, "Norway's chairmanship");
    insta::assert_snapshot!("editor_80x24", render(&app));
}

/// Opens the export dialog with the path replaced by a fixed one (the default carries the
/// current time), leaving the cursor in the filter field.
fn export_dialog(app: &mut App) {
    ch(app, 'e');
    press(app, KeyCode::BackTab);
    press_mod(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typ(app, "~/attache-export-20210522-0900.json");
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
}

#[test]
fn export_dialog_over_a_filtered_list() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (_d, mut app) = seeded(w, h);
        app.update(Action::Command("filter tag:arctic".into()));
        export_dialog(&mut app);
        insta::assert_snapshot!(format!("export_dialog_{w}x{h}"), render(&app));
    }
}

#[test]
fn export_dialog_errors_and_overwrite_question() {
    let (_d, mut app) = seeded(80, 24);
    export_dialog(&mut app);
    press(&mut app, KeyCode::BackTab);
    ch(&mut app, '4');
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "since:last-week");
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("export_bad_filter_80x24", render(&app));

    // A relative path is taken from the current folder (the crate root under cargo test);
    // the question comes before anything is written, and `n` leaves the file alone.
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Tab);
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typ(&mut app, "Cargo.toml");
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("export_overwrite_80x24", render(&app));
    ch(&mut app, 'n');
    assert!(app.export.is_none());
}

#[test]
fn export_progress_and_result_in_the_status_bar() {
    let (d, mut app) = seeded(80, 24);
    app.update(Action::Command("filter tag:arctic".into()));
    export_dialog(&mut app);
    press(&mut app, KeyCode::Tab);
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    let out = d.path().join("arctic.json");
    typ(&mut app, out.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    // Worker reports only change the state through `update`, so this frame is the first one.
    let last = |s: String| s.lines().last().unwrap().to_string();
    insta::assert_snapshot!("export_running_status_80x24", last(render(&app)));
    // The first q only warns, and the warning gets the room it needs even at 80 columns.
    ch(&mut app, 'q');
    let status = last(render(&app));
    assert!(
        status.contains("an export is running: q again cancels it and quits"),
        "{status}"
    );
    pump_until(&mut app, |a| a.export.is_none());
    // At 80 columns the counts and the filter give way so the whole result shows.
    let status = last(render(&app));
    let expected = format!("exported 1 article, 1 note to {}", out.display());
    assert!(status.contains(&expected), "{status}");
}

#[test]
fn terminal_too_small() {
    let (_d, mut app) = seeded(80, 24);
    app.update(Action::Resize(60, 20));
    insta::assert_snapshot!("too_small", render(&app));
}
