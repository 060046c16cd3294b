//! Unit tests of `App::update`, one or more per action, against a real temp store so that
//! "saved" always means "in the store".

mod tui_support;

use attache::model::{Anchor, Status};
use attache::tui::action::{Action, MouseAction, WorkerMsg};
use attache::tui::app::{Focus, Mode, PromptKind, SortKey, Tab};
use attache::tui::update::EXPORT_MESSAGE;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use tui_support::*;

fn many(n: usize) -> Vec<attache::model::Article> {
    (0..n)
        .map(|i| {
            article(
                &format!("id{i:04}"),
                &format!("Article number {i}"),
                Some(if i % 2 == 0 { "TASS" } else { "AFP" }),
                "en",
                Some(&format!("2021-01-{:02}T{:02}:00", 1 + i % 28, i % 24)),
            )
        })
        .collect()
}

fn message(app: &attache::tui::app::App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn rows_are_newest_first_with_undated_last() {
    let (_d, app) = app();
    assert_eq!(shown_ids(&app), ["a1", "a2", "a3", "a4"]);
    assert_eq!(app.unread, 4);
}

#[test]
fn up_down_top_bottom_move_the_selection() {
    let (_d, mut app) = app();
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.selected, 2);
    app.update(Action::Up);
    assert_eq!(app.selected, 1);
    app.update(Action::Bottom);
    assert_eq!(app.selected, 3);
    app.update(Action::Down);
    assert_eq!(app.selected, 3, "stays on the last row");
    app.update(Action::Top);
    assert_eq!(app.selected, 0);
    app.update(Action::Up);
    assert_eq!(app.selected, 0);
}

#[test]
fn page_down_and_up_scroll_the_list_by_a_page() {
    let (_d, mut app) = app_with(&many(100), 80, 24);
    let h = app.list_height();
    app.update(Action::PageDown);
    assert_eq!(app.selected, h - 1);
    app.update(Action::PageDown);
    assert_eq!(app.selected, 2 * (h - 1));
    assert!(app.list_offset > 0 && app.list_offset <= app.selected);
    assert!(app.selected < app.list_offset + h);
    app.update(Action::PageUp);
    assert_eq!(app.selected, h - 1);
    app.update(Action::Bottom);
    assert_eq!(app.selected, 99);
    assert_eq!(app.list_offset, 100 - h);
}

#[test]
fn open_marks_read_persists_and_focuses_content() {
    let (_d, mut app) = app();
    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Content);
    assert_eq!(app.open.as_ref().unwrap().article.id, "a1");
    assert_eq!(app.store.user_data("a1").unwrap().status, Status::Read);
    assert_eq!(app.unread, 3);
    assert!(app.undo.is_empty(), "reading is not an undoable edit");
}

#[test]
fn switch_pane_opens_then_toggles_focus() {
    let (_d, mut app) = app();
    app.update(Action::SwitchPane);
    assert_eq!(app.focus, Focus::Content);
    assert!(app.open.is_some());
    app.update(Action::SwitchPane);
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn tabs_cycle_and_enter_on_a_quote_jumps_to_its_paragraph() {
    let (_d, mut app) = app();
    app.update(Action::Open);
    app.update(Action::NextTab);
    assert_eq!(app.tab, Tab::Quotes);
    app.update(Action::Down);
    assert_eq!(app.open.as_ref().unwrap().quote, 1);
    app.update(Action::Open);
    assert_eq!(app.tab, Tab::Body);
    assert_eq!(app.open.as_ref().unwrap().para, 2);
    app.update(Action::PrevTab);
    assert_eq!(app.tab, Tab::Notes);
    app.update(Action::NextTab);
    assert_eq!(app.tab, Tab::Body);
}

#[test]
fn content_cursor_moves_by_paragraph_and_pages() {
    let (_d, mut app) = app_with(&fixtures(), 80, 24);
    app.update(Action::Open);
    app.update(Action::Down);
    assert_eq!(app.open.as_ref().unwrap().para, 1);
    app.update(Action::Bottom);
    assert_eq!(app.open.as_ref().unwrap().para, 3);
    assert!(
        app.open.as_ref().unwrap().scroll > 0,
        "the pane scrolls on its own"
    );
    app.update(Action::Top);
    assert_eq!(app.open.as_ref().unwrap().scroll, 0);
    app.update(Action::PageDown);
    assert!(app.open.as_ref().unwrap().scroll > 0);
    app.update(Action::PageUp);
    assert_eq!(app.open.as_ref().unwrap().scroll, 0);
    assert_eq!(app.selected, 0, "the list selection does not move");
}

#[test]
fn search_narrows_as_you_type_enter_keeps_esc_clears() {
    let (_d, mut app) = app();
    app.update(Action::Down);
    ch(&mut app, '/');
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.kind == PromptKind::Search));
    typ(&mut app, "arcti");
    assert_eq!(shown_ids(&app), ["a3"]);
    typ(&mut app, "que");
    press(&mut app, KeyCode::Enter);
    pump_until(&mut app, is_body_done);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(shown_ids(&app), ["a3"], "accent-folded title match");
    assert_eq!(app.selected, 0);
    app.update(Action::Cancel);
    assert!(app.search.is_none());
    assert_eq!(app.rows.len(), 4);
    assert_eq!(app.selected, 1, "selection restored");
}

#[test]
fn search_matches_speakers_and_bodies_on_a_worker() {
    let (_d, mut app) = app();
    ch(&mut app, '/');
    typ(&mut app, "blinken");
    // The title matches at once; speakers too.
    assert_eq!(shown_ids(&app), ["a1"]);
    press(&mut app, KeyCode::Esc);
    ch(&mut app, '/');
    typ(&mut app, "norvegienne");
    pump_until(&mut app, is_body_done);
    assert_eq!(shown_ids(&app), ["a3"], "found in the body by the worker");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.rows.len(), 4);
}

#[test]
fn stale_body_hits_are_ignored() {
    let (_d, mut app) = app();
    ch(&mut app, '/');
    typ(&mut app, "zzz");
    pump_until(&mut app, is_body_done);
    app.update(Action::Worker(WorkerMsg::BodyHits {
        generation: 9999,
        ids: vec!["a1".into()],
        done: true,
    }));
    assert!(app.rows.is_empty());
}

#[test]
fn filter_takes_the_query_language() {
    let (_d, mut app) = app();
    ch(&mut app, 'f');
    typ(&mut app, "lang:fr");
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown_ids(&app), ["a3"]);
    ch(&mut app, 'f');
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typ(&mut app, "since:yesterday");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Prompt(p) if p.error.is_some()),
        "bad query keeps the prompt"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(shown_ids(&app), ["a3"], "Esc keeps the old filter");
    ch(&mut app, 'f');
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typ(&mut app, "is:unread -source:afp until:2021-05-20");
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown_ids(&app), ["a2"]);
    ch(&mut app, 'f');
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Enter);
    assert!(app.filter.is_none());
    assert_eq!(app.rows.len(), 4);
}

#[test]
fn add_tags_with_suggestions_completion_and_several_at_once() {
    let (_d, mut app) = app();
    // Give "diplomacy" some use so it completes.
    app.update(Action::Down);
    ch(&mut app, 't');
    typ(&mut app, "diplomacy");
    press(&mut app, KeyCode::Enter);
    app.update(Action::Top);
    ch(&mut app, 't');
    let Mode::Prompt(p) = &app.mode else {
        panic!("no prompt")
    };
    assert_eq!(p.suggestions, ["arctic", "arms-control"]);
    ch(&mut app, '2'); // take suggestion 2
    typ(&mut app, "dip");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Urgent, ");
    ch(&mut app, '1');
    press(&mut app, KeyCode::Enter);
    let tags = app.store.user_data("a1").unwrap().tags;
    assert_eq!(tags, ["arms-control", "diplomacy", "urgent", "arctic"]);
    assert!(message(&app).starts_with("saved: tagged"));
}

#[test]
fn remove_tag_prompt_offers_current_tags() {
    let (_d, mut app) = app();
    app.update(Action::Command("tag one two three".into()));
    ch(&mut app, 'T');
    let Mode::Prompt(p) = &app.mode else {
        panic!("no prompt")
    };
    assert_eq!(p.suggestions, ["one", "two", "three"]);
    ch(&mut app, '2');
    typ(&mut app, "thr");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.user_data("a1").unwrap().tags, ["one"]);
    ch(&mut app, 't');
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.store.user_data("a1").unwrap().tags, ["one"]);
}

#[test]
fn filter_by_tag_sees_new_tags() {
    let (_d, mut app) = app();
    app.update(Action::Command("filter tag:arctic".into()));
    assert!(app.rows.is_empty());
    app.update(Action::Command("filter".into()));
    app.update(Action::Down);
    app.update(Action::Command("tag arctic".into()));
    app.update(Action::Command("filter tag:arctic".into()));
    assert_eq!(shown_ids(&app), ["a2"]);
}

#[test]
fn toggle_reviewed_and_flagged_persist() {
    let (_d, mut app) = app();
    ch(&mut app, 'r');
    assert_eq!(app.store.user_data("a1").unwrap().status, Status::Reviewed);
    assert_eq!(message(&app), "saved: reviewed");
    ch(&mut app, 'r');
    assert_eq!(app.store.user_data("a1").unwrap().status, Status::Read);
    ch(&mut app, 's');
    assert_eq!(app.store.user_data("a1").unwrap().status, Status::Flagged);
    ch(&mut app, 's');
    assert_eq!(app.store.user_data("a1").unwrap().status, Status::Read);
}

#[test]
fn undo_goes_several_levels_deep() {
    let (_d, mut app) = app();
    app.update(Action::Command("tag x".into()));
    ch(&mut app, 's');
    app.update(Action::Down);
    ch(&mut app, 'r');
    ch(&mut app, 'u');
    assert_eq!(app.store.user_data("a2").unwrap().status, Status::Unread);
    ch(&mut app, 'u');
    assert_eq!(app.store.user_data("a1").unwrap().status, Status::Unread);
    assert_eq!(app.store.user_data("a1").unwrap().tags, ["x"]);
    ch(&mut app, 'u');
    assert!(app.store.user_data("a1").unwrap().tags.is_empty());
    ch(&mut app, 'u');
    assert_eq!(message(&app), "nothing to undo");
}

#[test]
fn annotate_paragraph_under_cursor_saves_with_ctrl_s() {
    let (_d, mut app) = app();
    app.update(Action::Open);
    app.update(Action::Down);
    ch(&mut app, 'a');
    assert!(matches!(app.mode, Mode::Editor(_)));
    typ(&mut app, "Lavrov's line");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "on stability");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(matches!(app.mode, Mode::Normal));
    let notes = app.store.user_data("a1").unwrap().annotations;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "Lavrov's line\non stability");
    assert!(
        matches!(&notes[0].anchor, Anchor::Paragraph { index: 1, exact, .. } if exact.contains("strategic"))
    );
    assert!(app.open.as_ref().unwrap().layout.annotated[1]);
}

#[test]
fn annotate_selected_quote_or_whole_article() {
    let (_d, mut app) = app();
    // From the list: the whole article.
    ch(&mut app, 'a');
    typ(&mut app, "whole");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    app.update(Action::NextTab);
    app.update(Action::Down);
    ch(&mut app, 'a');
    typ(&mut app, "on the quote");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let notes = app.store.user_data("a1").unwrap().annotations;
    assert_eq!(notes[0].anchor, Anchor::Article);
    assert!(
        matches!(&notes[1].anchor, Anchor::Quote { index: 1, exact, .. } if exact == "useful and candid")
    );
    // Ctrl-T cycles the anchor.
    ch(&mut app, 'a');
    press_mod(&mut app, KeyCode::Char('t'), KeyModifiers::CONTROL);
    typ(&mut app, "now on the article");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        app.store.user_data("a1").unwrap().annotations[2].anchor,
        Anchor::Article
    );
}

#[test]
fn esc_in_editor_asks_before_discarding() {
    let (_d, mut app) = app();
    ch(&mut app, 'a');
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.mode, Mode::Normal),
        "empty editor closes at once"
    );
    ch(&mut app, 'a');
    typ(&mut app, "draft");
    press(&mut app, KeyCode::Esc);
    assert!(matches!(&app.mode, Mode::Editor(e) if e.confirm_discard));
    ch(&mut app, 'n');
    assert!(matches!(&app.mode, Mode::Editor(e) if !e.confirm_discard && e.text() == "draft"));
    press(&mut app, KeyCode::Esc);
    ch(&mut app, 'y');
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.store.user_data("a1").unwrap().annotations.is_empty());
}

#[test]
fn notes_tab_edits_and_deletes_notes() {
    let (_d, mut app) = app();
    ch(&mut app, 'a');
    typ(&mut app, "first");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    app.update(Action::SwitchPane);
    app.update(Action::PrevTab);
    assert_eq!(app.tab, Tab::Notes);
    app.update(Action::Open);
    typ(&mut app, " edited");
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        app.store.user_data("a1").unwrap().annotations[0].text,
        "first edited"
    );
    app.update(Action::DeleteNote);
    assert!(app.store.user_data("a1").unwrap().annotations.is_empty());
    ch(&mut app, 'u');
    assert_eq!(app.store.user_data("a1").unwrap().annotations.len(), 1);
}

#[test]
fn export_only_points_at_the_cli() {
    let (_d, mut app) = app();
    ch(&mut app, 'e');
    assert_eq!(message(&app), EXPORT_MESSAGE);
}

#[test]
fn command_line_runs_commands() {
    let (_d, mut app) = app();
    ch(&mut app, ':');
    typ(&mut app, "sort source");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.sort, SortKey::Source);
    assert_eq!(
        shown_ids(&app),
        ["a3", "a1", "a2", "a4"],
        "AFP, TASS, 新华社, none"
    );
    app.update(Action::Command("frobnicate".into()));
    assert!(message(&app).starts_with("unknown command"));
    app.update(Action::Command("theme light".into()));
    assert_eq!(app.config.theme, attache::tui::keymap::ThemeKind::Light);
    app.update(Action::Command("quit".into()));
    assert!(app.should_quit);
}

#[test]
fn toggle_sort_switches_date_and_source() {
    let (_d, mut app) = app();
    ch(&mut app, 'o');
    assert_eq!(app.sort, SortKey::Source);
    ch(&mut app, 'o');
    assert_eq!(shown_ids(&app), ["a1", "a2", "a3", "a4"]);
}

#[test]
fn ingest_runs_on_a_worker_and_new_articles_appear() {
    let (_d, mut app) = app();
    ch(&mut app, 'i');
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input.text == "ingest "));
    typ(
        &mut app,
        concat!(env!("CARGO_MANIFEST_DIR"), "/sample-data/articles"),
    );
    press(&mut app, KeyCode::Enter);
    assert!(app.ingest.is_some());
    // The UI still answers while the worker runs.
    app.update(Action::Down);
    assert_eq!(app.selected, 1);
    pump_until(&mut app, |a| a.ingest.is_none());
    assert!(app.summaries.len() > 10, "{}", app.summaries.len());
    assert!(message(&app).starts_with("ingest:"), "{}", message(&app));
    assert_eq!(
        app.selected_id(),
        Some("a2"),
        "selection kept on the same article"
    );
    app.update(Action::Command("ingest /no/such/dir".into()));
    assert!(message(&app).contains("no such file"));
}

#[test]
fn help_opens_and_closes() {
    let (_d, mut app) = app();
    ch(&mut app, '?');
    assert!(matches!(app.mode, Mode::Help));
    ch(&mut app, 'j');
    assert!(matches!(app.mode, Mode::Help));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn cancel_leaves_content_then_does_nothing() {
    let (_d, mut app) = app();
    app.update(Action::Open);
    app.update(Action::Cancel);
    assert_eq!(app.focus, Focus::List);
    app.update(Action::Cancel);
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn quit_sets_the_flag() {
    let (_d, mut app) = app();
    ch(&mut app, 'q');
    assert!(app.should_quit);
}

#[test]
fn mouse_click_selects_and_focuses_wheel_scrolls() {
    let (_d, mut app) = app_with(&many(60), 120, 40);
    // List rows start one line below the list's top border.
    app.update(Action::Mouse(MouseAction::Click { column: 10, row: 3 }));
    assert_eq!(app.selected, 2);
    app.update(Action::Mouse(MouseAction::ScrollDown {
        column: 10,
        row: 3,
    }));
    assert_eq!(app.selected, 5);
    app.update(Action::Open);
    let content_row = attache::tui::views::layout(app.area(), &app).content.y + 3;
    app.update(Action::SwitchPane);
    assert_eq!(app.focus, Focus::List);
    app.update(Action::Mouse(MouseAction::Click {
        column: 10,
        row: content_row,
    }));
    assert_eq!(app.focus, Focus::Content);
}

#[test]
fn resize_relayouts_and_too_small_is_flagged() {
    let (_d, mut app) = app();
    app.update(Action::Open);
    let wide = app.open.as_ref().unwrap().layout.width;
    app.update(Action::Resize(80, 24));
    assert!(app.open.as_ref().unwrap().layout.width < wide);
    app.update(Action::Resize(60, 10));
    assert_eq!(app.size, (60, 10));
    app.update(Action::Mouse(MouseAction::Click { column: 1, row: 1 }));
}

#[test]
fn a_second_instance_gets_the_in_use_message() {
    let (_d, app) = app();
    let err = attache::store::Store::open(app.store.dir()).unwrap_err();
    assert!(err
        .to_string()
        .contains("in use by another attache process"));
}

#[test]
fn the_list_loads_on_a_worker_and_ingest_waits_for_it() {
    let (_d, store) = store_with(&fixtures());
    let mut app = attache::tui::app::App::loading(store, Default::default());
    app.update(Action::Resize(120, 40));
    app.start_ingest(vec![concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-data/articles"
    )
    .into()]);
    assert!(
        app.loading && app.ingest.is_none(),
        "ingest waits for the list"
    );
    pump_until(&mut app, |a| !a.loading);
    assert!(app.ingest.is_some());
    assert_eq!(app.summaries.len(), 4);
    pump_until(&mut app, |a| a.ingest.is_none());
    assert!(app.summaries.len() > 10);
}
