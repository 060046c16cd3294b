//! The acceptance check of the export issue, with the real binary: annotate through the CLI,
//! export JSON, import it twice into a fresh store, export again: identical but for the time.

mod export_common;
use export_common::*;

/// Replaces the value of `"exported"` so two exports can be compared byte for byte.
fn without_timestamp(export: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(export).expect("export is JSON");
    let stamp = v["exported"].as_str().expect("exported timestamp");
    export.replacen(stamp, "<time>", 1)
}

#[test]
fn export_import_twice_export_is_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    fresh_store(&a);
    let quoted = quoted_article().id;
    let sample = ids(&a)
        .into_iter()
        .find(|id| *id != quoted)
        .expect("sample articles");

    ok(&a, &["tag", &sample, "Arctic", "council"]);
    ok(&a, &["tag", &quoted, "russia"]);
    ok(
        &a,
        &[
            "annotate",
            &sample,
            "--paragraph",
            "0",
            "--text",
            "Context for the brief",
        ],
    );
    let quote_note = ok(
        &a,
        &[
            "annotate",
            &quoted,
            "--quote",
            "1",
            "--text",
            "=HYPERLINK(\"http://x\")",
        ],
    );
    ok(&a, &["annotate", &quoted, "--text", "Whole-article note"]);
    ok(&a, &["status", &sample, "flagged"]);
    ok(&a, &["status", &quoted, "reviewed"]);

    let first = ok(&a, &["export", "--format", "json"]);
    let file = tmp.path().join("export.json");
    std::fs::write(&file, &first).unwrap();

    // Contract shape.
    let v: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["version"], 1);
    let articles = v["articles"].as_array().unwrap();
    let q = articles
        .iter()
        .find(|x| x["id"] == quoted.as_str())
        .unwrap();
    assert_eq!(q["status"], "reviewed");
    assert_eq!(q["tags"], serde_json::json!(["russia"]));
    assert_eq!(q["quotes"][1]["speaker"], "Antony Blinken");
    let note = q["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == quote_note.trim())
        .expect("the quote note");
    assert_eq!(note["anchor"]["kind"], "quote");
    assert_eq!(note["anchor"]["index"], 1);
    assert_eq!(note["anchor"]["exact"], "frank and useful");
    assert_eq!(note["anchor"]["prefix"], "Blinken said the meeting was \"");
    for key in ["id", "text", "created", "updated"] {
        assert!(note[key].is_string(), "note lacks {key}");
    }

    fresh_store(&b);
    let once = ok(&b, &["import", file.to_str().unwrap()]);
    let matched = format!("{} matched, 0 not found", ids(&b).len());
    for part in [
        matched.as_str(),
        "notes: 3 added",
        "0 re-anchored, 0 orphans",
        "3 tags added, 2 statuses set",
    ] {
        assert!(once.contains(part), "missing {part:?} in {once}");
    }
    let twice = ok(&b, &["import", file.to_str().unwrap()]);
    assert!(
        twice.contains("notes: 0 added, 0 updated, 3 already present")
            && twice.contains("0 tags added, 0 statuses set"),
        "second import changed something: {twice}"
    );
    let second = ok(&b, &["export", "--format", "json"]);
    assert_eq!(without_timestamp(&first), without_timestamp(&second));
}
