//! Shared fixtures for the TUI tests: a temp store with hand-made articles (quotes, CJK,
//! accents, emoji, missing fields) and helpers to drive `App::update` with keys.
#![allow(dead_code)]

use attache::model::{Article, Format, Quote};
use attache::store::Store;
use attache::tui::action::{Action, WorkerMsg};
use attache::tui::app::App;
use attache::tui::keymap::Config;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub fn article(
    id: &str,
    title: &str,
    source: Option<&str>,
    lang: &str,
    date: Option<&str>,
) -> Article {
    Article {
        id: id.into(),
        path: format!("{id}.txt"),
        format: Format::Text,
        title: title.into(),
        source: source.map(Into::into),
        language: lang.into(),
        published: date.map(Into::into),
        paragraphs: vec![format!("Body of {id}.")],
        fingerprint: 0,
        ..Default::default()
    }
}

pub fn fixtures() -> Vec<Article> {
    let mut a1 = article(
        "a1",
        "Lavrov and Blinken meet in Geneva as arms talks resume",
        Some("TASS"),
        "en",
        Some("2021-05-21T08:19"),
    );
    a1.section = Some("World".into());
    a1.updated = Some("2021-05-21T10:00".into());
    a1.authors = vec!["Ivan Petrov".into()];
    a1.editors = vec!["Anna Smirnova".into()];
    a1.url = Some("https://tass.example/world/1".into());
    a1.topics = vec!["Arctic".into(), "Arms control".into()];
    a1.paragraphs = vec![
        "GENEVA, May 21. Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken on Thursday.".into(),
        "\"We are ready to work on strategic stability,\" Lavrov told reporters after the meeting.".into(),
        "Blinken said the talks were \"useful and candid\" and that differences remained on Ukraine.".into(),
        "The ministers agreed to meet again before the summit in June, according to both delegations.".into(),
    ];
    a1.quotes = vec![
        Quote {
            text: "We are ready to work on strategic stability,".into(),
            speaker: Some("Sergei Lavrov".into()),
            verb: Some("told".into()),
            paragraph: 1,
            ..Default::default()
        },
        Quote {
            text: "useful and candid".into(),
            speaker: Some("Antony Blinken".into()),
            verb: Some("said".into()),
            paragraph: 2,
            partial: true,
            ..Default::default()
        },
    ];
    let mut a2 = article(
        "a2",
        "外交部发言人就中美关系答记者问",
        Some("新华社 Xinhua"),
        "zh",
        Some("2021-05-20T15:00"),
    );
    a2.paragraphs = vec![
        "外交部发言人汪文斌在例行记者会上表示：“中方愿同美方相向而行。”".into(),
        "他说，双方应当加强沟通。".into(),
    ];
    a2.quotes = vec![Quote {
        text: "中方愿同美方相向而行。".into(),
        speaker: Some("汪文斌".into()),
        verb: Some("表示".into()),
        paragraph: 0,
        ..Default::default()
    }];
    let mut a3 = article(
        "a3",
        "Le Conseil de l’Arctique reprend ses travaux à Tromsø 🎉 malgré les tensions",
        Some("AFP"),
        "fr",
        Some("2021-05-19"),
    );
    a3.paragraphs = vec![
        "Les délégués se sont réunis à Tromsø pour la première fois depuis deux ans.".into(),
        "La présidence norvégienne a salué « un pas important » vers la coopération.".into(),
    ];
    a3.topics = vec!["Arctic".into()];
    let a4 = article(
        "a4",
        "Wire copy without date\u{1b}[31m or source",
        None,
        "de",
        None,
    );
    vec![a1, a2, a3, a4]
}

pub fn store_with(articles: &[Article]) -> (tempfile::TempDir, Arc<Store>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store")).unwrap();
    for a in articles {
        store.put_article(a, &a.path).unwrap();
    }
    (dir, Arc::new(store))
}

pub fn app_with(articles: &[Article], w: u16, h: u16) -> (tempfile::TempDir, App) {
    let (dir, store) = store_with(articles);
    let mut app = App::new(store, Config::default()).unwrap();
    app.store_label = "~/.local/share/attache/store".into();
    app.update(Action::Resize(w, h));
    (dir, app)
}

pub fn app() -> (tempfile::TempDir, App) {
    app_with(&fixtures(), 120, 40)
}

pub fn key_event(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses a key the way the event loop does: through the keymap or the active prompt.
pub fn press(app: &mut App, code: KeyCode) {
    press_mod(app, code, KeyModifiers::NONE);
}

pub fn press_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    if let Some(a) = app.action_for_key(KeyEvent::new(code, mods)) {
        app.update(a);
    }
}

pub fn ch(app: &mut App, c: char) {
    press(app, KeyCode::Char(c));
}

pub fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        ch(app, c);
    }
}

/// Feeds worker reports into the app until `done` holds (or panics after 10 s).
pub fn pump_until(app: &mut App, done: impl Fn(&App) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(app) {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(!left.is_zero(), "timed out waiting for a worker");
        if let Ok(msg) = app.rx.recv_timeout(left.min(Duration::from_millis(50))) {
            app.update(Action::Worker(msg));
        }
    }
}

pub fn drain(app: &mut App) {
    while let Ok(msg) = app.rx.try_recv() {
        app.update(Action::Worker(msg));
    }
}

pub fn shown_ids(app: &App) -> Vec<String> {
    app.rows
        .iter()
        .map(|&i| app.summaries[i].id.clone())
        .collect()
}

pub fn is_body_done(app: &App) -> bool {
    app.search.as_ref().is_none_or(|s| !s.searching)
        && app.filter.as_ref().is_none_or(|s| !s.searching)
}

pub fn _unused(_: WorkerMsg) {}
