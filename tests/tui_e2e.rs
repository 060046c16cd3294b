//! End to end: the real binary in tmux. Ingest the sample data through `attache PATH`, search
//! for an article, tag it, annotate it, mark it reviewed, quit; check the store through the
//! CLI; reopen the TUI and check the tag shows; export the filtered list from the export dialog
//! (twice, answering the overwrite question) and read the file back. Skipped (with a notice)
//! when tmux is missing.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
    session: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn start(&self, command: &str) {
        let out = self.run(&[
            "new-session",
            "-d",
            "-s",
            &self.session,
            "-x",
            "120",
            "-y",
            "40",
            command,
        ]);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    /// Types text literally (no key-name lookup).
    fn text(&self, text: &str) {
        assert!(self
            .run(&["send-keys", "-t", &self.session, "-l", text])
            .status
            .success());
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(
            &self
                .run(&["capture-pane", "-p", "-t", &self.session])
                .stdout,
        )
        .into_owned()
    }

    fn alive(&self) -> bool {
        self.run(&["has-session", "-t", &self.session])
            .status
            .success()
    }

    /// Polls the screen until `pred` holds; panics with the last screen after `secs`.
    fn wait_for(&self, what: &str, secs: u64, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_exit(&self, secs: u64) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while self.alive() {
            assert!(
                Instant::now() < deadline,
                "the TUI did not quit:\n{}",
                self.capture()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn attache(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run attache")
}

#[test]
fn triage_session_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("SKIPPED tui_e2e: tmux is not installed (apt-get install tmux)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-data/articles");
    let bin = env!("CARGO_BIN_EXE_attache");
    let launch = |extra: &str| {
        format!(
            "env XDG_CONFIG_HOME={} TERM=xterm-256color {bin} --db {} {extra}",
            config.display(),
            db.display()
        )
    };
    let tmux = Tmux {
        socket: format!("attache-e2e-{}", std::process::id()),
        session: "e2e".into(),
    };

    // `attache PATH` opens the TUI at once and ingests in the background.
    tmux.start(&launch(samples));
    tmux.wait_for("ingest to finish", 60, |s| s.contains("ingest: "));

    // A second instance is refused with the store's message, before touching any terminal.
    let second = attache(&db, &["list"]);
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr).contains("in use by another attache process"));

    // Search, keep the result, open it.
    tmux.keys(&["/"]);
    tmux.text("pandemies");
    tmux.wait_for("the search to narrow", 10, |s| {
        s.contains("accord historique")
            && s.contains("/pandemies")
            && !s.contains("searching bodies")
    });
    tmux.keys(&["Enter"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the article to open", 10, |s| {
        s.contains("Published:") && s.contains("saved: marked read")
    });

    // Tag it (two tags at once).
    tmux.keys(&["t"]);
    tmux.wait_for("the tag prompt", 10, |s| s.contains("Add tags"));
    tmux.text("e2e-tag health");
    tmux.keys(&["Enter"]);
    tmux.wait_for("tags saved", 10, |s| {
        s.contains("saved: tagged #e2e-tag #health")
    });

    // Annotate the paragraph under the cursor.
    tmux.keys(&["a"]);
    tmux.wait_for("the editor", 10, |s| s.contains("New note on"));
    tmux.text("Check the financing clause.");
    tmux.keys(&["C-s"]);
    tmux.wait_for("note saved", 10, |s| s.contains("saved: note added"));

    // Mark it reviewed, then quit.
    tmux.keys(&["r"]);
    tmux.wait_for("status saved", 10, |s| s.contains("saved: reviewed"));
    tmux.keys(&["q"]);
    tmux.wait_exit(10);

    // Everything is in the store.
    let list = attache(&db, &["list", "--json"]);
    assert!(list.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let tagged: Vec<&serde_json::Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["tags"].as_array().unwrap().iter().any(|t| t == "e2e-tag"))
        .collect();
    assert_eq!(tagged.len(), 1, "{rows:#}");
    let row = tagged[0];
    assert!(row["title"].as_str().unwrap().contains("accord historique"));
    assert_eq!(row["tags"], serde_json::json!(["e2e-tag", "health"]));
    assert_eq!(row["status"], "reviewed");
    let id = row["id"].as_str().unwrap();
    let show = attache(&db, &["show", id, "--json"]);
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    let notes = shown["annotations"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["text"], "Check the financing clause.");
    assert_eq!(notes[0]["anchor"]["kind"], "paragraph");

    // Reopen with `attache tui`: the tag shows, and the filter finds it.
    tmux.start(&launch("tui"));
    tmux.wait_for("the list", 10, |s| s.contains("#e2e-tag"));
    tmux.keys(&["f"]);
    tmux.text("tag:e2e-tag is:reviewed");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the filter", 10, |s| s.contains("1 shown"));
    assert!(screen.contains("accord historique"), "{screen}");

    // Export the filtered list: the dialog starts from the list's filter.
    let out = dir.path().join("e2e export.json");
    tmux.keys(&["e"]);
    let screen = tmux.wait_for("the export dialog", 10, |s| s.contains("Export"));
    assert!(
        screen.contains("Filter   tag:e2e-tag is:reviewed"),
        "{screen}"
    );
    assert!(screen.contains("attache-export-"), "{screen}");
    tmux.keys(&["Right", "Left"]); // jsonl and back to json
    tmux.keys(&["BTab", "C-u"]);
    tmux.text(out.to_str().unwrap());
    tmux.keys(&["Enter"]);
    let done =
        |s: &str| s.contains("exported 1 article, 1 note to") && s.contains("e2e export.json");
    tmux.wait_for("the export to finish", 20, done);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc["version"], 1);
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1, "{doc:#}");
    assert_eq!(articles[0]["id"], id);
    assert_eq!(
        articles[0]["tags"],
        serde_json::json!(["e2e-tag", "health"])
    );
    assert_eq!(
        articles[0]["annotations"][0]["text"],
        "Check the financing clause."
    );

    // Again to the same file, as Markdown: the dialog asks before replacing it.
    tmux.keys(&["e"]);
    tmux.wait_for("the export dialog", 10, |s| s.contains("Enter export"));
    tmux.keys(&["4", "BTab", "C-u"]);
    tmux.text(out.to_str().unwrap());
    tmux.keys(&["Enter"]);
    tmux.wait_for("the overwrite question", 10, |s| {
        s.contains("exists. Replace it? (y/n)")
    });
    tmux.keys(&["n"]);
    tmux.keys(&["Escape"]);
    tmux.wait_for("the dialog to close", 10, |s| {
        s.contains("export cancelled")
    });
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('{'));
    tmux.keys(&["e"]);
    tmux.wait_for("the export dialog", 10, |s| s.contains("Enter export"));
    tmux.keys(&["4", "BTab", "C-u"]);
    tmux.text(out.to_str().unwrap());
    tmux.keys(&["Enter"]);
    tmux.wait_for("the overwrite question", 10, |s| {
        s.contains("exists. Replace it? (y/n)")
    });
    tmux.keys(&["y"]);
    tmux.wait_for("the second export", 20, |s| {
        s.contains("exported 1 article, 1 note to") && !s.contains("export cancelled")
    });
    let brief = std::fs::read_to_string(&out).unwrap();
    assert!(brief.starts_with("# Attache brief"), "{brief}");
    assert!(brief.contains("Check the financing clause."), "{brief}");

    tmux.keys(&["q"]);
    tmux.wait_exit(10);
    // No temporary file left next to the export.
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
