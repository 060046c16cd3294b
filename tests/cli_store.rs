//! The store through the real binary: idempotent ingest, user edits that persist and are
//! journalled, the process lock, and rebuilding from the journal.

mod common;
use common::*;

#[test]
fn ingesting_the_same_folder_twice_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let first = run(&db, &["ingest", sample_articles().to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    let count = list_json(&db).len();
    assert!(count >= 20, "only {count} articles from sample-data");
    assert!(
        stdout(&first).contains(&format!("{count} new")),
        "{}",
        stdout(&first)
    );

    let second = run(&db, &["ingest", sample_articles().to_str().unwrap()]);
    assert!(second.status.success());
    assert!(
        stdout(&second).contains(" 0 new, 0 updated"),
        "{}",
        stdout(&second)
    );
    assert_eq!(list_json(&db).len(), count);
}

#[test]
fn user_edits_persist_and_are_journalled() {
    let (_dir, db) = store_with_seed();
    let id = list_json(&db)[0]["id"].as_str().unwrap().to_string();
    let short = &id[..6];

    assert!(run(&db, &["tag", short, "Arctic", "Russia US"])
        .status
        .success());
    assert!(run(&db, &["untag", short, "arctic"]).status.success());
    assert!(run(&db, &["status", short, "reviewed"]).status.success());
    let note = run(
        &db,
        &[
            "annotate",
            short,
            "--text",
            "Lavrov sets conditions",
            "--paragraph",
            "3",
        ],
    );
    assert!(note.status.success(), "{}", stderr(&note));

    let row = &list_json(&db)[0];
    assert_eq!(row["tags"], serde_json::json!(["russia-us"]));
    assert_eq!(row["status"], "reviewed");
    let shown: serde_json::Value =
        serde_json::from_slice(&run(&db, &["show", &id, "--json"]).stdout).unwrap();
    let anchor = &shown["annotations"][0]["anchor"];
    assert_eq!(anchor["kind"], "paragraph");
    assert_eq!(anchor["index"], 3);
    assert!(
        anchor["exact"]
            .as_str()
            .unwrap()
            .starts_with("\"Notre position"),
        "{anchor}"
    );

    let journal = std::fs::read_to_string(db.join("journal.jsonl")).unwrap();
    assert_eq!(
        journal.lines().count(),
        4,
        "one journal line per edit:\n{journal}"
    );

    // Filters see the edits.
    let o = run(&db, &["list", "--status", "reviewed", "--tag", "Russia US"]);
    assert!(stdout(&o).contains(&id[..8]));
    let o = run(&db, &["list", "--query", "is:unread"]);
    assert!(stdout(&o).trim().is_empty(), "{}", stdout(&o));
}

#[test]
fn rebuild_restores_user_data_from_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    assert!(run(&db, &["ingest", sample_articles().to_str().unwrap()])
        .status
        .success());
    let id = list_json(&db)[3]["id"].as_str().unwrap().to_string();
    assert!(run(&db, &["tag", &id, "keep-me"]).status.success());
    assert!(run(&db, &["status", &id, "flagged"]).status.success());

    // Wreck the database: the journal survives outside it.
    std::fs::remove_dir_all(db.join("sled")).unwrap();
    std::fs::create_dir(db.join("sled")).unwrap();
    std::fs::write(db.join("sled/conf"), b"garbage").unwrap();

    let o = run(&db, &["doctor", "--rebuild"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = list_json(&db);
    let row = rows
        .iter()
        .find(|r| r["id"] == id.as_str())
        .expect("article back after rebuild");
    assert_eq!(row["tags"], serde_json::json!(["keep-me"]));
    assert_eq!(row["status"], "flagged");
    let check = run(&db, &["doctor"]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn doctor_reports_a_cut_body_log_and_rebuild_repairs_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    assert!(run(&db, &["ingest", sample_articles().to_str().unwrap()])
        .status
        .success());
    let rows = list_json(&db);
    let id = rows[0]["id"].as_str().unwrap().to_string();
    assert!(run(&db, &["tag", &id, "keep-me"]).status.success());
    let log = db.join("bodies-0.log");
    let len = std::fs::metadata(&log).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&log)
        .unwrap()
        .set_len(len / 2)
        .unwrap();

    // Every damaged body is a problem naming its article; nothing panics.
    let check = run(&db, &["doctor"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let problems = stderr(&check);
    assert!(problems.contains("re-ingest"), "{problems}");
    assert!(!problems.contains("panicked"), "{problems}");
    let damaged: Vec<&str> = problems
        .lines()
        .filter(|l| l.starts_with("problem:"))
        .collect();
    assert!(
        !damaged.is_empty() && damaged.len() < rows.len(),
        "{problems}"
    );
    let export = run(&db, &["export", "--format", "jsonl"]);
    assert_eq!(export.status.code(), Some(1));
    assert!(
        stderr(&export).contains("doctor --rebuild"),
        "{}",
        stderr(&export)
    );
    let compact = run(&db, &["doctor", "--compact"]);
    assert!(
        stderr(&compact).contains("not compacting"),
        "{}",
        stderr(&compact)
    );

    let o = run(&db, &["doctor", "--rebuild"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let check = run(&db, &["doctor"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert_eq!(list_json(&db).len(), rows.len());
    let row = list_json(&db)
        .into_iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap();
    assert_eq!(row["tags"], serde_json::json!(["keep-me"]));
    let export = run(&db, &["export", "--format", "jsonl"]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert_eq!(stdout(&export).lines().count(), rows.len());

    let compact = run(&db, &["doctor", "--compact"]);
    assert!(compact.status.success(), "{}", stderr(&compact));
    assert!(
        stderr(&compact).contains("compacted the body log"),
        "{}",
        stderr(&compact)
    );
    assert!(db.join("bodies-1.log").exists() && !db.join("bodies-0.log").exists());
    let after = run(&db, &["export", "--format", "jsonl"]);
    assert_eq!(stdout(&after), stdout(&export));
}

#[test]
fn a_second_process_gets_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let _held = attache::store::Store::open(&db).unwrap();
    let o = run(&db, &["list"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("is in use by another attache process"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn usage_errors_exit_2_and_unknown_ids_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    assert_eq!(
        run(&db, &["status", "abcd", "bogus"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&db, &["list", "--query", "since:yesterday"])
            .status
            .code(),
        Some(2)
    );
    let o = run(&db, &["show", "deadbeef"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).trim(), "error: no such article (deadbeef)");
}

#[test]
fn a_republished_wire_story_is_a_near_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let seed_path = sample_articles().join("000_3dd575960d85eb04.txt");
    let seed = std::fs::read_to_string(&seed_path).unwrap();
    // Another outlet's copy: a different headline and one sentence of its own.
    let copy = seed
        .replace(
            "La Russie et les Etats-Unis recherchent la coopération dans un contexte de relations tendues avec \"de sérieuses différences\"",
            "Lavrov et Blinken se rencontrent à Reykjavik",
        )
        .replace(
            "comparer leurs notes sur certaines questions spécifiques.",
            "comparer leurs notes sur certaines questions spécifiques, selon des diplomates.",
        );
    let copy_path = dir.path().join("republished.txt");
    std::fs::write(&copy_path, copy).unwrap();
    assert!(run(&db, &["ingest", seed_path.to_str().unwrap()])
        .status
        .success());
    let o = run(&db, &["ingest", copy_path.to_str().unwrap()]);
    assert!(stdout(&o).contains("1 near-duplicates"), "{}", stdout(&o));
    let rows = list_json(&db);
    assert_eq!(rows.len(), 2);
    let original = rows.iter().find(|r| r["duplicate_of"].is_null()).unwrap();
    let copy = rows.iter().find(|r| !r["duplicate_of"].is_null()).unwrap();
    assert_eq!(copy["duplicate_of"], original["id"]);
    assert_eq!(
        copy["title"],
        "Lavrov et Blinken se rencontrent à Reykjavik"
    );
}

#[test]
fn reparsing_a_changed_source_keeps_id_and_user_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let file = dir.path().join("story.txt");
    let seed = std::fs::read_to_string(sample_articles().join("000_3dd575960d85eb04.txt")).unwrap();
    std::fs::write(&file, &seed).unwrap();
    assert!(run(&db, &["ingest", file.to_str().unwrap()])
        .status
        .success());
    let id = list_json(&db)[0]["id"].as_str().unwrap().to_string();
    assert!(run(&db, &["tag", &id, "arctic"]).status.success());
    // The same source, now parsed differently (here: the page was corrected at the source).
    std::fs::write(
        &file,
        seed.replace(
            "pour la première fois mercredi",
            "pour la première fois ce mercredi",
        ),
    )
    .unwrap();
    let o = run(&db, &["ingest", file.to_str().unwrap()]);
    assert!(stdout(&o).contains("1 updated"), "{}", stdout(&o));
    let rows = list_json(&db);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"], id.as_str());
    assert_eq!(rows[0]["tags"], serde_json::json!(["arctic"]));
    let shown: serde_json::Value =
        serde_json::from_slice(&run(&db, &["show", &id, "--json"]).stdout).unwrap();
    assert!(shown["paragraphs"][0]
        .as_str()
        .unwrap()
        .contains("ce mercredi"));
}

#[test]
fn free_text_filters_read_the_body_also_when_negated() {
    let (_dir, db) = store_with_seed();
    // "Reykjavik" is in the body only, not in the title, source or tags.
    let count = |q: &str| {
        let o = run(&db, &["list", &format!("--query={q}")]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o).lines().count()
    };
    assert_eq!(count("reykjavik"), 1);
    assert_eq!(count("-reykjavik"), 0);
    assert_eq!(count("-tokyo"), 1);
    let exported = run(&db, &["export", "--format", "jsonl", "--query=-reykjavik"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert_eq!(stdout(&exported).lines().count(), 0);
}

/// A fresh store holding only the seed article; the directory lives as long as the guard.
fn store_with_seed() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let seed = sample_articles().join("000_3dd575960d85eb04.txt");
    assert!(run(&db, &["ingest", seed.to_str().unwrap()])
        .status
        .success());
    (dir, db)
}
