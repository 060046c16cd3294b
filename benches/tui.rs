//! TUI figures at 100k articles: startup to first frame, frame render, key-to-frame for moving,
//! tagging and filtering by tag. Run with `cargo bench --bench tui` (release profile).
//!
//! The 100k-article store is built once and kept under the target dir
//! (`$CARGO_TARGET_DIR/attache-bench-100k` or `target/attache-bench-100k`); delete it to rebuild.
//! Budgets (the issue): frame ≤ 2 ms, key-to-frame ≤ 16 ms, startup ≤ 150 ms.

use attache::model::{Article, Format, UserData};
use attache::store::Store;
use attache::tui::action::Action;
use attache::tui::app::App;
use attache::tui::keymap::Config;
use attache::tui::views;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

const N: usize = 100_000;

fn store_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target")));
    target.join("attache-bench-100k")
}

fn synthetic(i: usize) -> Article {
    const SOURCES: [&str; 8] = [
        "Xinhua",
        "TASS",
        "Reuters",
        "AFP",
        "EFE",
        "dpa",
        "新华社",
        "U.S. Department of State",
    ];
    const WORDS: [&str; 12] = [
        "talks",
        "Arctic",
        "sanctions",
        "ministers",
        "summit",
        "coopération",
        "négociations",
        "外交部",
        "发言人",
        "ceasefire",
        "treaty",
        "Zusammenarbeit",
    ];
    let title = (0..8)
        .map(|k| WORDS[(i * 7 + k * 5) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ");
    Article {
        id: format!("{:016x}", (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)),
        path: format!("/bench/{i}.txt"),
        format: Format::Text,
        title: format!("{title} #{i}"),
        source: Some(SOURCES[i % SOURCES.len()].to_string()),
        language: ["en", "fr", "zh", "ru", "es", "de"][i % 6].to_string(),
        published: Some(format!(
            "20{:02}-{:02}-{:02}T{:02}:{:02}",
            10 + i % 15,
            1 + i % 12,
            1 + i % 28,
            i % 24,
            i % 60
        )),
        paragraphs: vec![
            format!("Paragraph one of article {i}."),
            "Second paragraph.".into(),
        ],
        topics: vec!["Arctic".into()],
        ..Default::default()
    }
}

fn build_store() -> PathBuf {
    let dir = store_dir();
    if let Ok(store) = Store::open(&dir) {
        if store.len() == N {
            return dir;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("building a {N}-article store in {} (once)…", dir.display());
    let t = Instant::now();
    let store = Store::open(&dir).unwrap();
    for i in 0..N {
        let a = synthetic(i);
        store.put_article(&a, &a.path).unwrap();
    }
    // A few hundred tagged and read articles, so filters and counts have work to do.
    for i in (0..N).step_by(500) {
        let id = synthetic(i).id;
        let u = UserData {
            tags: vec!["arctic".into()],
            status: attache::model::Status::Read,
            annotations: vec![],
        };
        store.set_user_data(&id, &u).unwrap();
    }
    store.flush().unwrap();
    eprintln!("built in {:.1}s", t.elapsed().as_secs_f64());
    dir
}

fn key(app: &mut App, code: KeyCode) {
    if let Some(a) = app.action_for_key(KeyEvent::new(code, KeyModifiers::NONE)) {
        app.update(a);
    }
}

fn text(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

struct Stats(Vec<Duration>);

impl Stats {
    fn report(mut self, name: &str, budget_ms: f64) {
        self.0.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let median = ms(self.0[self.0.len() / 2]);
        let p95 = ms(self.0[self.0.len() * 95 / 100]);
        let max = ms(*self.0.last().unwrap());
        let verdict = if p95 <= budget_ms { "ok" } else { "OVER" };
        println!(
            "{name:<34} median {median:>7.3} ms  p95 {p95:>7.3} ms  max {max:>7.3} ms  (budget {budget_ms} ms: {verdict}, n={})",
            self.0.len()
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs us too: keep that quick.
    if std::env::args().all(|a| a != "--bench") {
        println!("tui bench: run with `cargo bench --bench tui`");
        return;
    }
    let dir = build_store();
    let (w, h) = (120u16, 40u16);

    // Startup as `attache tui` does it: open the store, draw the first frame while a worker
    // loads the list, then draw the full list when it arrives.
    let mut first_frame = Vec::new();
    let mut full_list = Vec::new();
    let mut open_times = Vec::new();
    let mut load_summaries = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let store = Store::open(&dir).unwrap();
        open_times.push(t.elapsed());
        let mut app = App::loading(Arc::new(store), Config::default());
        app.update(Action::Resize(w, h));
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        term.draw(|f| views::draw(f, &app)).unwrap();
        first_frame.push(t.elapsed());
        let msg = app.rx.recv().unwrap();
        app.update(Action::Worker(msg));
        term.draw(|f| views::draw(f, &app)).unwrap();
        full_list.push(t.elapsed());
        assert_eq!(app.summaries.len(), N);
        // The store's own load, alone.
        let t_load = Instant::now();
        let _ = app.store.summaries_by_date().unwrap();
        load_summaries.push(t_load.elapsed());
    }
    Stats(open_times).report("Store::open (sled open)", 150.0);
    Stats(first_frame).report("startup to first frame", 150.0);
    Stats(full_list).report("startup to full 100k list drawn", 150.0);
    Stats(load_summaries).report("Store::summaries_by_date alone", 150.0);

    let store = Arc::new(Store::open(&dir).unwrap());
    let mut app = App::new(store, Config::default()).unwrap();
    app.update(Action::Resize(w, h));
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();

    // Frame render of the list screen, then with an article open.
    let frames = |app: &App, term: &mut Terminal<TestBackend>| {
        (0..300)
            .map(|_| {
                let t = Instant::now();
                term.draw(|f| views::draw(f, app)).unwrap();
                t.elapsed()
            })
            .collect::<Vec<_>>()
    };
    Stats(frames(&app, &mut term)).report("frame: list", 2.0);
    app.update(Action::Open);
    Stats(frames(&app, &mut term)).report("frame: list + open article", 2.0);
    app.update(Action::SwitchPane);

    // Key to frame: move down.
    let mut moves = Vec::new();
    for _ in 0..500 {
        let t = Instant::now();
        key(&mut app, KeyCode::Char('j'));
        term.draw(|f| views::draw(f, &app)).unwrap();
        moves.push(t.elapsed());
    }
    Stats(moves).report("key-to-frame: move (j)", 16.0);

    // Key to frame: the Enter that applies a tag (store write, flush and journal included).
    let mut tags = Vec::new();
    for i in 0..50 {
        key(&mut app, KeyCode::Char('j'));
        key(&mut app, KeyCode::Char('t'));
        text(&mut app, &format!("bench-{}", i % 3));
        let t = Instant::now();
        key(&mut app, KeyCode::Enter);
        term.draw(|f| views::draw(f, &app)).unwrap();
        tags.push(t.elapsed());
    }
    Stats(tags).report("key-to-frame: tag (Enter, flushed)", 16.0);

    // Key to frame: the Enter that applies `tag:arctic` over 100k articles, and clearing it.
    let mut filters = Vec::new();
    for _ in 0..30 {
        key(&mut app, KeyCode::Char('f'));
        text(&mut app, "tag:arctic");
        let t = Instant::now();
        key(&mut app, KeyCode::Enter);
        term.draw(|f| views::draw(f, &app)).unwrap();
        filters.push(t.elapsed());
        assert_eq!(app.rows.len(), N / 500);
        app.update(Action::Command("filter".into()));
    }
    Stats(filters).report("key-to-frame: filter tag:arctic", 16.0);

    // Search as you type (the first keystroke builds the folded haystack once). The body
    // search worker runs meanwhile; on a 2-core machine it competes with the UI thread.
    let mut search = Vec::new();
    key(&mut app, KeyCode::Char('/'));
    for c in "summit".chars() {
        let t = Instant::now();
        key(&mut app, KeyCode::Char(c));
        term.draw(|f| views::draw(f, &app)).unwrap();
        search.push(t.elapsed());
    }
    println!(
        "search-as-you-type keystrokes (ms): {:?}",
        search
            .iter()
            .map(|d| (d.as_secs_f64() * 1e4).round() / 10.0)
            .collect::<Vec<_>>()
    );
    key(&mut app, KeyCode::Esc);
}
