//! Each export format through the real binary: CSV neutralises formulas, Web Annotation
//! carries the model's required fields and selectors that point at the text, the Markdown
//! brief holds titles, quotes and notes, `-o` never clobbers, filters select.

mod export_common;
use export_common::*;
use serde_json::Value;
use std::path::Path;

const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

/// A store with the sample corpus plus the quoted article, carrying: a quote note (a formula),
/// a paragraph note, and a tag on one sample article without notes.
fn annotated_store(dir: &Path) -> (String, String) {
    fresh_store(dir);
    let quoted = quoted_article().id;
    let sample = ids(dir).into_iter().find(|id| *id != quoted).unwrap();
    ok(
        dir,
        &["annotate", &quoted, "--quote", "0", "--text", FORMULA],
    );
    ok(
        dir,
        &[
            "annotate",
            &quoted,
            "--paragraph",
            "2",
            "--text",
            "Note *on* ¶2",
        ],
    );
    ok(dir, &["tag", &quoted, "russia", "usa"]);
    ok(dir, &["tag", &sample, "arctic"]);
    ok(dir, &["status", &quoted, "flagged"]);
    (quoted, sample)
}

/// Minimal RFC 4180 reader, strict about quoting, to check what a spreadsheet would see.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => quoted = true,
            '"' => panic!("stray quote in unquoted cell {cell:?}"),
            ',' => row.push(std::mem::take(&mut cell)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            '\n' => panic!("bare LF as record end"),
            c => cell.push(c),
        }
    }
    assert!(
        cell.is_empty() && row.is_empty(),
        "last record not terminated"
    );
    rows
}

#[test]
fn csv_is_rfc4180_and_neutralises_formulas() {
    let tmp = tempfile::tempdir().unwrap();
    let (quoted, sample) = annotated_store(tmp.path());
    let csv = ok(tmp.path(), &["export", "--format", "csv"]);
    let rows = parse_csv(&csv);
    assert_eq!(rows[0][0], "article_id");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    // Two notes on the quoted article, one row for the tagged sample article.
    assert_eq!(rows.len(), 4, "{csv}");
    let notes: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == quoted).collect();
    assert_eq!(notes.len(), 2);
    let formula = notes.iter().find(|r| r[col("anchor")] == "quote").unwrap();
    assert_eq!(formula[col("note")], format!("'{FORMULA}"));
    assert_eq!(
        formula[col("quoted_text")],
        "We are ready to talk about strategic stability,"
    );
    assert_eq!(formula[col("tags")], "russia; usa");
    assert_eq!(formula[col("status")], "flagged");
    let tagged = rows.iter().find(|r| r[0] == sample).unwrap();
    assert_eq!(tagged[col("tags")], "arctic");
    assert_eq!(tagged[col("note_id")], "");
    for cell in rows.iter().flatten() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "live formula cell {cell:?}"
        );
    }
}

fn body_of(dir: &Path, id: &str) -> Vec<char> {
    let shown: Value = serde_json::from_str(&ok(dir, &["show", id, "--json"])).unwrap();
    let paragraphs: Vec<&str> = shown["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    paragraphs.join("\n\n").chars().collect()
}

#[test]
fn web_annotation_follows_the_model_and_points_at_the_text() {
    let tmp = tempfile::tempdir().unwrap();
    let (quoted, _) = annotated_store(tmp.path());
    let out = ok(tmp.path(), &["export", "--format", "webannotation"]);
    let doc: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(doc["type"], "AnnotationCollection");
    assert!(doc["id"].is_string());
    assert_eq!(doc["first"]["type"], "AnnotationPage");
    let items = doc["first"]["items"].as_array().unwrap();
    assert_eq!(doc["total"], items.len());
    assert_eq!(items.len(), 3, "two notes and one tagging annotation");
    let body = body_of(tmp.path(), &quoted);
    let mut quote_selectors = 0;
    for item in items {
        assert_eq!(item["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert!(
            item["id"].as_str().is_some_and(|id| id.contains(':')),
            "id is an IRI"
        );
        assert_eq!(item["type"], "Annotation");
        assert!(item["motivation"] == "commenting" || item["motivation"] == "tagging");
        for b in item["body"].as_array().unwrap() {
            assert_eq!(b["type"], "TextualBody");
            assert!(b["value"].is_string());
            assert!(b["purpose"] == "commenting" || b["purpose"] == "tagging");
        }
        let target = &item["target"];
        let source = target["source"].as_str().unwrap();
        assert!(
            source.starts_with("http") || source.starts_with("urn:attache:"),
            "{source}"
        );
        let Some(selectors) = target["selector"].as_array() else {
            continue;
        };
        let tq = selectors
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .unwrap();
        let exact = tq["exact"].as_str().unwrap();
        assert!(!exact.is_empty());
        assert!(tq["prefix"].is_string() && tq["suffix"].is_string());
        let tp = selectors
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .unwrap();
        let (s, e) = (
            tp["start"].as_u64().unwrap() as usize,
            tp["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(body[s..e].iter().collect::<String>(), exact);
        let before: String = body[s.saturating_sub(32)..s].iter().collect();
        assert_eq!(tq["prefix"], before.as_str());
        quote_selectors += 1;
    }
    assert_eq!(quote_selectors, 2);
    let commenting = items
        .iter()
        .find(|i| i["body"][0]["value"] == FORMULA)
        .unwrap();
    assert_eq!(commenting["motivation"], "commenting");
    assert_eq!(
        commenting["target"]["selector"][0]["exact"],
        "We are ready to talk about strategic stability,"
    );
    let tags: Vec<&str> = commenting["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["purpose"] == "tagging")
        .map(|b| b["value"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["russia", "usa"]);
}

#[test]
fn web_annotation_imports_back_like_the_json_export() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    annotated_store(&a);
    let file = tmp.path().join("notes.jsonld");
    ok(
        &a,
        &[
            "export",
            "--format",
            "webannotation",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    fresh_store(&b);
    let report = ok(&b, &["import", file.to_str().unwrap()]);
    assert!(report.contains("notes: 2 added"), "{report}");
    assert!(report.contains("0 orphans; 3 tags added"), "{report}");
    let again = ok(&b, &["import", file.to_str().unwrap()]);
    assert!(again.contains("notes: 0 added"), "{again}");
    // Same notes (id, text, anchor) and tags; status is not part of the Web Annotation model.
    let strip = |dir: &Path| -> Vec<Value> {
        let v: Value = serde_json::from_str(&ok(dir, &["export", "--format", "json"])).unwrap();
        v["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| serde_json::json!([a["id"], a["tags"], a["annotations"]]))
            .collect()
    };
    assert_eq!(strip(&a), strip(&b));
}

#[test]
fn markdown_brief_has_titles_quotes_and_notes() {
    let tmp = tempfile::tempdir().unwrap();
    annotated_store(tmp.path());
    let md = ok(tmp.path(), &["export", "--format", "md"]);
    assert!(md.starts_with("# Attache brief: "), "{md}");
    let n = article_count(tmp.path());
    let quotes = quote_count(tmp.path());
    assert!(
        md.contains(&format!("- Articles: {n} (2 notes, {quotes} quotes)")),
        "{md}"
    );
    assert!(md.contains("- Filter: none"));
    assert!(md.contains("\n## arctic (1)\n"));
    assert!(md.contains("\n## russia (1)\n"));
    assert!(md.contains(&format!("\n## Untagged ({})\n", n - 2)));
    assert!(md.contains("### Lavrov and Blinken \\*meet\\* in Geneva \\<b\\>briefly\\</b\\>"));
    assert!(md
        .contains("**Wire Test** · 2024-03-01 · <https://wire.example/2024/03/01/lavrov-blinken>"));
    assert!(md.contains("- “We are ready to talk about strategic stability,” — Sergei Lavrov"));
    assert!(md.contains("- “frank and useful” — Antony Blinken"));
    assert!(md
        .contains("- \\=HYPERLINK(\"http://evil.example\",\"click\") _(on quote by Sergei Lavrov"));
    assert!(md.contains("- Note \\*on\\* ¶2 _(on paragraph 3: “Blinken said"));
    // Sections come in order, russia after arctic, untagged last.
    let pos = |s: &str| md.find(s).unwrap();
    assert!(pos("## arctic") < pos("## russia") && pos("## russia") < pos("## Untagged"));
}

#[test]
fn jsonl_has_one_article_per_line_and_filters_select() {
    let tmp = tempfile::tempdir().unwrap();
    let (quoted, sample) = annotated_store(tmp.path());
    let all = ok(tmp.path(), &["export", "--format", "jsonl"]);
    assert_eq!(all.lines().count(), article_count(tmp.path()));
    for line in all.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string() && v["paragraphs"].is_array() && v["annotations"].is_array());
    }
    let by = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["export", "--format", "jsonl"];
        full.extend_from_slice(args);
        ok(tmp.path(), &full)
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(by(&["--tag", "Arctic"]), [sample.as_str()]);
    assert_eq!(by(&["--status", "flagged"]), [quoted.as_str()]);
    assert_eq!(
        by(&["--ids", &format!("{},{}", &sample[..8], quoted)]),
        [sample.clone(), quoted.clone()]
    );
    assert_eq!(by(&["--query", "tag:russia strategic"]), [quoted.as_str()]);
    assert_eq!(
        by(&["--since", "2024-03-01", "--until", "2024-03-01"]),
        [quoted.as_str()]
    );
    assert!(by(&["--until", "2000"]).is_empty());

    let bad = run(tmp.path(), &["export", "--since", "yesterday"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.starts_with("error: bad date 'yesterday'"), "{err}");
    let unknown = run(tmp.path(), &["export", "--format", "xml"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn output_file_is_never_clobbered_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    annotated_store(tmp.path());
    let out = tmp.path().join("brief.md");
    let path = out.to_str().unwrap();
    ok(tmp.path(), &["export", "--format", "md", "-o", path]);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("# Attache brief"));

    std::fs::write(&out, "keep me").unwrap();
    let refused = run(tmp.path(), &["export", "--format", "md", "-o", path]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(refused.stdout.is_empty());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.starts_with("error: the output file exists; add --force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");

    ok(
        tmp.path(),
        &["export", "--format", "md", "-o", path, "--force"],
    );
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("# Attache brief"));
    // No temporary files left behind.
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("attache-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn import_reports_bad_files_and_missing_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    fresh_store(&db);
    let junk = tmp.path().join("junk.json");
    std::fs::write(&junk, "{\"hello\": ").unwrap();
    let out = run(&db, &["import", junk.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: ") && err.contains("junk.json"),
        "{err}"
    );

    let foreign = tmp.path().join("foreign.json");
    std::fs::write(
        &foreign,
        r#"{"version":1,"articles":[{"id":"0000000000000000","title":"Not here","tags":["x"],"annotations":[]}]}"#,
    )
    .unwrap();
    let out = run(&db, &["import", foreign.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 matched, 1 not found"));

    let newer = tmp.path().join("newer.json");
    std::fs::write(&newer, r#"{"version":2,"articles":[]}"#).unwrap();
    let out = run(&db, &["import", newer.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer"));
}

#[test]
fn jsonl_imports_back_too() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    annotated_store(&a);
    let file = tmp.path().join("all.jsonl");
    ok(
        &a,
        &["export", "--format", "jsonl", "-o", file.to_str().unwrap()],
    );
    fresh_store(&b);
    let report = ok(&b, &["import", file.to_str().unwrap()]);
    assert!(
        report.contains(&format!(
            "{} matched, 0 not found; notes: 2 added",
            article_count(&b)
        )),
        "{report}"
    );
    let jsonl = |dir: &Path| ok(dir, &["export", "--format", "jsonl"]);
    assert_eq!(jsonl(&a), jsonl(&b));
}
