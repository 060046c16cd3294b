//! Unit tests of `App::update`, one or more per action, against a real temp store so that
//! "saved" always means "in the store".

mod tui_support;

use attache::export::ExportFormat;
use attache::model::{Anchor, Status};
use attache::tui::action::{Action, MouseAction, WorkerMsg};
use attache::tui::app::{ExportDialog, ExportField, Focus, Mode, PromptKind, SortKey, Tab};
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
fn a_negated_word_found_only_in_a_body_hides_the_article() {
    let (_d, mut app) = app();
    ch(&mut app, '/');
    typ(&mut app, "-norvegienne");
    pump_until(&mut app, is_body_done);
    let shown = shown_ids(&app);
    assert_eq!(shown.len(), 3, "{shown:?}");
    assert!(!shown.contains(&"a3".to_string()), "{shown:?}");
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
        misses: Vec::new(),
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

fn dialog(app: &attache::tui::app::App) -> &ExportDialog {
    match &app.mode {
        Mode::Export(d) => d,
        other => panic!("no export dialog: {other:?}"),
    }
}

/// Replaces the dialog's path the way a user would: Tab to the field, Ctrl-U, type.
fn set_export_path(app: &mut attache::tui::app::App, path: &std::path::Path) {
    while dialog(app).field != ExportField::Path {
        press(app, KeyCode::Tab);
    }
    press_mod(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typ(app, path.to_str().unwrap());
}

fn export_done(app: &attache::tui::app::App) -> bool {
    app.export.is_none()
}

fn exported_ids(path: &std::path::Path) -> Vec<String> {
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(doc["version"], 1);
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn e_opens_the_export_dialog_with_the_list_filter_and_a_default_path() {
    let (_d, mut app) = app();
    app.update(Action::Command("filter lang:fr".into()));
    ch(&mut app, 'e');
    let d = dialog(&app);
    assert_eq!(d.format, ExportFormat::Json);
    assert_eq!(d.field, ExportField::Format);
    assert_eq!(d.filter.text, "lang:fr");
    assert_eq!(d.list_rows, 1);
    let name = d.path.text.rsplit('/').next().unwrap();
    assert!(
        name.starts_with("attache-export-") && name.ends_with(".json"),
        "{name}"
    );
    assert_eq!(
        name.len(),
        "attache-export-20210522-0900.json".len(),
        "{name}"
    );
    assert!(d.error.is_none() && !d.confirm_overwrite);

    // The search narrows the list too, so it is part of the default filter.
    press(&mut app, KeyCode::Esc);
    app.update(Action::Command("search tromso".into()));
    pump_until(&mut app, is_body_done);
    app.update(Action::Command("export".into()));
    assert_eq!(dialog(&app).filter.text, "lang:fr tromso");
}

#[test]
fn export_command_takes_a_format() {
    let (_d, mut app) = app();
    app.update(Action::Command("export md".into()));
    assert_eq!(dialog(&app).format, ExportFormat::Markdown);
    assert!(dialog(&app).path.text.ends_with(".md"));
    app.update(Action::Command("export xml".into()));
    assert!(matches!(app.mode, Mode::Normal));
    assert!(message(&app).starts_with("export: unknown format 'xml'"));
}

#[test]
fn format_cycles_with_arrows_and_digits_and_the_extension_follows() {
    let (_d, mut app) = app();
    ch(&mut app, 'e');
    press(&mut app, KeyCode::Right);
    assert_eq!(dialog(&app).format, ExportFormat::Jsonl);
    assert!(dialog(&app).path.text.ends_with(".jsonl"));
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert_eq!(dialog(&app).format, ExportFormat::WebAnnotation, "wraps");
    assert!(dialog(&app).path.text.ends_with(".jsonld"));
    ch(&mut app, '3');
    assert_eq!(dialog(&app).format, ExportFormat::Csv);
    ch(&mut app, '4');
    assert_eq!(dialog(&app).format, ExportFormat::Markdown);
    assert!(dialog(&app).path.text.ends_with(".md"));
    ch(&mut app, '9');
    assert_eq!(
        dialog(&app).format,
        ExportFormat::Markdown,
        "no sixth format"
    );
    // A path the user named differently keeps its name.
    set_export_path(&mut app, std::path::Path::new("/tmp/brief.txt"));
    press(&mut app, KeyCode::Tab);
    assert_eq!(dialog(&app).field, ExportField::Format, "Tab wraps");
    press(&mut app, KeyCode::Right);
    assert_eq!(dialog(&app).format, ExportFormat::WebAnnotation);
    assert_eq!(dialog(&app).path.text, "/tmp/brief.txt");
}

#[test]
fn tab_moves_between_fields_and_keys_edit_the_focused_one() {
    let (_d, mut app) = app();
    ch(&mut app, 'e');
    press(&mut app, KeyCode::Tab);
    assert_eq!(dialog(&app).field, ExportField::Filter);
    // Digits, q and arrows are text here, not format keys or commands.
    typ(&mut app, "since:2021 q");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Backspace);
    ch(&mut app, '0');
    assert_eq!(dialog(&app).filter.text, "since:2020 q");
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(dialog(&app).filter.text, "since:2020");
    assert_eq!(dialog(&app).format, ExportFormat::Json);
    assert!(!app.should_quit);
    press(&mut app, KeyCode::Tab);
    assert_eq!(dialog(&app).field, ExportField::Path);
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(dialog(&app).path.text, "");
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(dialog(&app).field, ExportField::Format);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(dialog(&app).field, ExportField::Path, "Shift-Tab wraps");
}

#[test]
fn esc_cancels_the_export_dialog() {
    let (d, mut app) = app();
    ch(&mut app, 'e');
    set_export_path(&mut app, &d.path().join("never.json"));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(message(&app), "export cancelled");
    assert!(app.export.is_none());
    ch(&mut app, 'e');
    app.update(Action::Cancel);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(!d.path().join("never.json").exists());
}

#[test]
fn invalid_filter_or_path_stays_in_the_dialog_and_exports_nothing() {
    let (d, mut app) = app();
    let out = d.path().join("out.json");
    ch(&mut app, 'e');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::BackTab);
    typ(&mut app, "since:yesterday");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    let dlg = dialog(&app);
    assert!(
        dlg.error.as_deref().unwrap().contains("yesterday"),
        "{dlg:?}"
    );
    assert_eq!(dlg.field, ExportField::Filter, "focus goes to the culprit");
    assert!(app.export.is_none());
    // Editing the field clears the error.
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert!(dialog(&app).error.is_none());

    set_export_path(&mut app, &d.path().join("no-such-dir").join("x.json"));
    press(&mut app, KeyCode::Enter);
    assert!(dialog(&app)
        .error
        .as_deref()
        .unwrap()
        .starts_with("no such folder"));
    set_export_path(&mut app, d.path());
    press(&mut app, KeyCode::Enter);
    assert!(dialog(&app)
        .error
        .as_deref()
        .unwrap()
        .starts_with("that is a folder"));
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        dialog(&app).error.as_deref(),
        Some("give the file to write")
    );
    assert!(app.export.is_none());
    assert!(!out.exists());
}

#[test]
fn export_runs_on_a_worker_and_writes_the_filtered_articles() {
    let (d, mut app) = app();
    app.update(Action::Command("filter lang:fr".into()));
    let out = d.path().join("french.json");
    ch(&mut app, 'e');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    let run = app.export.as_ref().expect("export started");
    assert_eq!(run.path, out);
    pump_until(&mut app, export_done);
    assert_eq!(
        message(&app),
        format!("exported 1 article to {}", out.display())
    );
    assert_eq!(
        app.message.as_ref().unwrap().kind,
        attache::tui::app::MessageKind::Saved
    );
    assert_eq!(exported_ids(&out), ["a3"]);
    // The next dialog offers the format used last.
    ch(&mut app, 'e');
    ch(&mut app, '5');
    let out_wa = d.path().join("all.jsonld");
    set_export_path(&mut app, &out_wa);
    // Clear the filter: everything.
    press(&mut app, KeyCode::BackTab);
    assert_eq!(dialog(&app).field, ExportField::Filter);
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Enter);
    assert!(app.export.is_some());
    pump_until(&mut app, export_done);
    assert!(
        message(&app).starts_with("exported 4 articles (0 with tags or notes) to"),
        "{}",
        message(&app)
    );
    assert!(out_wa.exists());
    ch(&mut app, 'e');
    assert_eq!(dialog(&app).format, ExportFormat::WebAnnotation);
}

#[test]
fn existing_file_asks_before_it_is_replaced() {
    let (d, mut app) = app();
    let out = d.path().join("out.json");
    std::fs::write(&out, "keep me").unwrap();
    ch(&mut app, 'e');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::Enter);
    assert!(dialog(&app).confirm_overwrite);
    assert!(app.export.is_none());
    // Other keys do nothing while it asks; n goes back to the path.
    ch(&mut app, 'x');
    assert!(dialog(&app).confirm_overwrite);
    ch(&mut app, 'n');
    assert!(!dialog(&app).confirm_overwrite);
    assert_eq!(dialog(&app).field, ExportField::Path);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");

    ch(&mut app, 'e');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::Enter);
    ch(&mut app, 'y');
    assert!(matches!(app.mode, Mode::Normal));
    pump_until(&mut app, export_done);
    assert_eq!(exported_ids(&out), ["a1", "a2", "a3", "a4"]);
    let leftovers: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn export_progress_and_one_export_at_a_time() {
    let (d, mut app) = app();
    let out = d.path().join("out.jsonl");
    ch(&mut app, 'e');
    ch(&mut app, '2');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::Enter);
    assert!(app.export.is_some());
    // Reports are applied as they come (worker messages are only read by `update`).
    let p = attache::export::ExportProgress {
        checked: 3,
        selected: 2,
    };
    app.update(Action::Worker(WorkerMsg::ExportProgress(p)));
    assert_eq!(app.export.as_ref().unwrap().progress, p);
    ch(&mut app, 'e');
    assert!(matches!(app.mode, Mode::Normal));
    assert!(message(&app).starts_with("an export is already running"));
    // The UI keeps answering keys meanwhile.
    app.update(Action::Down);
    assert_eq!(app.selected, 1);
    pump_until(&mut app, export_done);
    let lines = std::fs::read_to_string(&out).unwrap();
    assert_eq!(lines.lines().count(), 4);
}

#[test]
fn export_errors_show_in_the_status_bar() {
    let (d, mut app) = app();
    let out = d.path().join("late.json");
    ch(&mut app, 'e');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::Enter);
    // The worker may lose a race with a file that appears after the dialog checked.
    app.update(Action::Worker(WorkerMsg::ExportDone {
        path: out.clone(),
        result: Err(format!("the output file exists ({})", out.display())),
    }));
    assert!(app.export.is_none());
    assert_eq!(
        message(&app),
        format!("export failed: the output file exists ({})", out.display())
    );
    assert_eq!(
        app.message.as_ref().unwrap().kind,
        attache::tui::app::MessageKind::Error
    );
    drain(&mut app);
}

#[test]
fn quitting_during_an_export_asks_once_then_cancels_it() {
    let (d, mut app) = app();
    let out = d.path().join("out.md");
    ch(&mut app, 'e');
    ch(&mut app, '4');
    set_export_path(&mut app, &out);
    press(&mut app, KeyCode::Enter);
    ch(&mut app, 'q');
    assert!(!app.should_quit);
    assert_eq!(
        message(&app),
        "an export is running: q again cancels it and quits"
    );
    ch(&mut app, 'q');
    assert!(app.should_quit);
    app.abandon_export(std::time::Duration::from_secs(10));
    assert!(app.export.is_none());
    // Cancelled or finished, never half-written: the file is whole or absent, no temp file.
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("out.md"))
        .collect();
    assert!(names.is_empty() || names == ["out.md"], "{names:?}");
    if out.exists() {
        assert!(std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Attache brief"));
    }
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

#[test]
fn export_worker_reports_checked_and_selected_and_can_be_cancelled() {
    use attache::tui::worker::{run_export, ExportJob};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let (d, store) = store_with(&many(200));
    let out = d.path().join("tass.jsonl");
    let job = ExportJob {
        format: ExportFormat::Jsonl,
        query: "source:tass".into(),
        path: out.clone(),
        overwrite: false,
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let stats = run_export(&store, &job, Arc::new(AtomicBool::new(false)), tx).unwrap();
    assert_eq!(stats.articles, 100);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 100);
    // Reports are throttled in time, so there may be none on a fast machine; any that came
    // count what was checked apart from what was selected.
    for msg in rx.try_iter() {
        let WorkerMsg::ExportProgress(p) = msg else {
            panic!("{msg:?}")
        };
        assert!(p.selected <= p.checked && p.checked <= 200, "{p:?}");
    }

    // Cancelled (the TUI quitting): an error, and neither the file nor a temp file is left.
    let cancelled = d.path().join("cancelled.jsonl");
    let job = ExportJob {
        path: cancelled.clone(),
        ..job
    };
    let cancel = Arc::new(AtomicBool::new(true));
    let (tx, _rx) = std::sync::mpsc::channel();
    let err = run_export(&store, &job, cancel.clone(), tx).unwrap_err();
    assert_eq!(err, "export cancelled");
    assert!(cancel.load(Ordering::Relaxed));
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("cancelled"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}
