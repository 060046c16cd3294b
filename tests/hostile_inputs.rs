//! Bad input never panics and never loses data: each bad file gets one error line naming it,
//! the rest of the batch goes on, the exit status is 1 and the store stays consistent.

mod common;
use common::*;
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn hostile_folder(dir: &Path) {
    write(
        dir,
        "binary.html",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0x00, 0x10],
    );
    write(dir, "empty.txt", b"");
    write(dir, "zeros.bin", &[0u8; 4096]);
    let mut invalid = b"Titre de la d\xe9p\xeache\n\nLe ministre a d\xe9clar\xe9 que la coop\xe9ration continuerait.\n".to_vec();
    invalid.extend_from_slice(&[0xff, 0xfe, 0xfd]);
    write(dir, "latin1.txt", &invalid);
    write(dir, "truncated.html", b"<html><head><title>Cut short - Wire</title></head><body><article><h1>Cut short</h1><p>The first paragraph of a page that stops in the mid");
    write(dir, "escapes.txt", b"Title \x1b[2J\x1b]0;owned\x07here\n\nBody with \x1b[31mred\x1b[0m text and a bell\x07 and more words in it.\n");
    write(dir, "big.txt", &vec![b'a'; 5000]);
    std::os::unix::fs::symlink(dir.join("no-such-target"), dir.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink(dir, dir.join("loop")).unwrap();
}

#[test]
fn parse_reports_each_bad_file_and_keeps_going() {
    let dir = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    let seed = sample_articles().join("000_3dd575960d85eb04.txt");
    let o = std::process::Command::new(bin())
        .args(["parse", "--json", "--max-bytes", "4000"])
        .arg(dir.path())
        .arg(&seed)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "exit 1 when anything failed");
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let by_name = |name: &str| {
        lines
            .iter()
            .find(|v| v["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .unwrap_or_else(|| panic!("no output for {name}: {out}"))
    };
    for bad in [
        "binary.html",
        "empty.txt",
        "zeros.bin",
        "big.txt",
        "dangling.txt",
    ] {
        assert!(
            by_name(bad)["error"].is_string(),
            "{bad} should be an error line"
        );
    }
    assert!(by_name("big.txt")["error"]
        .as_str()
        .unwrap()
        .contains("limit"));
    assert!(out.contains("symlink loop"), "{out}");
    // Best-effort parses.
    assert!(by_name("latin1.txt")["paragraphs"][0]
        .as_str()
        .unwrap()
        .contains("déclaré"));
    assert!(by_name("truncated.html")["error"].is_null());
    let esc = by_name("escapes.txt");
    assert!(
        !esc.to_string().contains("\\u001b") && !esc.to_string().contains("\\u0007"),
        "{esc}"
    );
    // The good file in the same batch is intact.
    assert_eq!(by_name("000_3dd575960d85eb04.txt")["source"], "Xinhua");
    // stderr: one line per problem, each naming its file.
    let err = stderr(&o);
    assert!(
        err.lines()
            .all(|l| l.starts_with("error: ") && l.ends_with(')')),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn ingest_of_a_hostile_batch_keeps_the_store_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    hostile_folder(&inputs);
    std::fs::copy(
        sample_articles().join("000_3dd575960d85eb04.txt"),
        inputs.join("seed.txt"),
    )
    .unwrap();
    let db = dir.path().join("store");
    let o = run(
        &db,
        &["ingest", "--max-bytes", "4000", inputs.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("errors"), "{}", stdout(&o));
    let rows = list_json(&db);
    assert!(rows.iter().any(|r| r["source"] == "Xinhua"));
    assert!(rows
        .iter()
        .all(|r| !r["title"].as_str().unwrap().contains('\u{1b}')));
    let doctor = run(&db, &["doctor"]);
    assert!(doctor.status.success(), "{}", stderr(&doctor));
}

#[test]
fn gzip_input_is_unwrapped() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read(sample_articles().join("000_3dd575960d85eb04.txt")).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&seed).unwrap();
    let path = write(dir.path(), "seed.dump.gz", &gz.finish().unwrap());
    let o = std::process::Command::new(bin())
        .args(["parse", "--json", &path])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format"], "text");
    assert_eq!(v["source"], "Xinhua");
}
