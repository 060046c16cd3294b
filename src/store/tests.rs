//! Store behaviour around the body log: reading back, compaction, damage, migration, reopening.

use super::*;
use crate::model::Status;

fn article(i: usize) -> Article {
    Article {
        id: format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes())),
        path: format!("/wire/{i}.html"),
        title: format!("Dispatch {i} from Geneva"),
        language: "en".into(),
        published: Some(format!("2024-01-{:02}T00:00:00Z", 1 + i % 28)),
        paragraphs: (0..4)
            .map(|p| format!("Paragraph {p} of dispatch {i}: talks resumed — «Sergueï» said."))
            .collect(),
        ..Article::default()
    }
}

fn user(i: usize) -> UserData {
    UserData {
        tags: vec![format!("tag{}", i % 3)],
        status: Status::Flagged,
        annotations: vec![],
    }
}

/// A store holding `n` articles, every second one with user data.
fn filled(dir: &Path, n: usize) -> (Store, Vec<Article>) {
    let store = Store::open(dir).unwrap();
    let articles: Vec<Article> = (0..n).map(article).collect();
    for a in &articles {
        assert_eq!(store.put_article(a, &a.path).unwrap(), PutOutcome::New);
    }
    let edits: Vec<(String, UserData)> = articles
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(i, a)| (a.id.clone(), user(i)))
        .collect();
    store.set_user_data_many(&edits).unwrap();
    (store, articles)
}

/// Everything a reader can see of the store, to compare before and after.
fn contents(store: &Store) -> Vec<(Article, UserData, serde_json::Value)> {
    store
        .scan_articles()
        .map(|item| {
            let (a, u) = item.unwrap();
            let json = store.article_json(&a.id).unwrap().unwrap();
            let json: serde_json::Value = serde_json::from_slice(json.as_bytes()).unwrap();
            assert_eq!(store.article(&a.id).unwrap().as_ref(), Some(&a));
            (a, u, json)
        })
        .collect()
}

fn log_path(store: &Store) -> PathBuf {
    store.log.path().to_path_buf()
}

#[test]
fn articles_read_back_exactly_through_every_reader() {
    let dir = tempfile::tempdir().unwrap();
    let (store, articles) = filled(dir.path(), 30);
    let mut sorted = articles.clone();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let seen = contents(&store);
    assert_eq!(seen.len(), 30);
    for ((a, u, json), want) in seen.iter().zip(&sorted) {
        assert_eq!(a, want);
        assert_eq!(json, &serde_json::to_value(want).unwrap());
        assert_eq!(u, &store.user_data(&want.id).unwrap());
    }
    let json_scan: Vec<serde_json::Value> = store
        .scan_article_json()
        .map(|item| serde_json::from_slice(item.unwrap().0.as_bytes()).unwrap())
        .collect();
    assert_eq!(
        json_scan,
        seen.iter().map(|(_, _, j)| j.clone()).collect::<Vec<_>>()
    );
    // Bodies are in the log, not in sled: the tree holds pointers only.
    for entry in store.bodies.iter() {
        let (_, v) = entry.unwrap();
        assert_eq!(v.len(), Pointer::ENCODED_LEN);
    }
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn reopening_after_drop_sees_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), 25);
    let before = contents(&store);
    let extra = article(1000);
    store.put_article(&extra, &extra.path).unwrap();
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.article(&extra.id).unwrap(), Some(extra.clone()));
    let after: Vec<_> = contents(&store)
        .into_iter()
        .filter(|(a, _, _)| a.id != extra.id)
        .collect();
    assert_eq!(after, before);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn updates_leave_garbage_that_compaction_reclaims_keeping_user_data() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, articles) = filled(dir.path(), 40);
    for round in 0..3 {
        for a in &articles {
            let mut changed = a.clone();
            changed.paragraphs.push(format!("Update {round}."));
            assert_eq!(
                store.put_article(&changed, &a.path).unwrap(),
                PutOutcome::Updated
            );
        }
    }
    let before = contents(&store);
    let stats = store.body_log_stats().unwrap();
    assert!(stats.worth_compacting(), "{stats:?}");
    let old_path = log_path(&store);

    let (size_before, size_after) = store.compact_bodies().unwrap();
    assert_eq!(size_before, stats.size);
    assert!(
        size_after < size_before / 3,
        "{size_before} -> {size_after}"
    );
    let stats = store.body_log_stats().unwrap();
    assert_eq!(stats.garbage(), 0, "{stats:?}");
    assert!(!old_path.exists());
    assert_eq!(contents(&store), before);
    assert!(before.iter().all(|(a, _, _)| a.paragraphs.len() == 5));
    assert!(store.check().unwrap().is_empty());

    // The switch is durable: a reopened store reads the compacted log, and writes go on.
    let new_path = log_path(&store);
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(log_path(&store), new_path);
    assert_eq!(contents(&store), before);
    let extra = article(500);
    store.put_article(&extra, &extra.path).unwrap();
    assert_eq!(store.article(&extra.id).unwrap(), Some(extra));
}

#[test]
fn leftovers_of_an_interrupted_compaction_are_removed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), 10);
    let before = contents(&store);
    let current = log_path(&store);
    drop(store);
    // A crash after step 1 leaves the next generation written but never named by sled.
    let next = BodyLog::path_for(dir.path(), 1);
    std::fs::copy(&current, &next).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert!(!next.exists());
    assert!(current.exists());
    assert_eq!(contents(&store), before);
}

#[test]
fn a_cut_log_gives_corrupt_errors_and_doctor_problems_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let (store, articles) = filled(dir.path(), 20);
    // The article written last is at the end of the log.
    let last = &articles[19];
    let path = log_path(&store);
    store.flush().unwrap();
    let len = std::fs::metadata(&path).unwrap().len();
    drop(store);
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(len - 100)
        .unwrap();

    let mut store = Store::open(dir.path()).unwrap();
    match store.article(&last.id) {
        Err(StoreError::Corrupt(m)) => {
            assert!(m.contains(&last.id), "{m}");
            assert!(m.contains("doctor --rebuild"), "{m}");
        }
        other => panic!("expected a corrupt body, got {other:?}"),
    }
    assert!(matches!(
        store.article_json(&last.id),
        Err(StoreError::Corrupt(_))
    ));
    assert_eq!(
        store.article(&articles[0].id).unwrap().as_ref(),
        Some(&articles[0])
    );
    let problems = store.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains(&last.id), "{problems:?}");
    let failures = store.scan_articles().filter(|r| r.is_err()).count();
    assert_eq!(failures, 1);
    // Compaction refuses to drop a damaged body and leaves the store as it was.
    assert!(matches!(
        store.compact_bodies(),
        Err(StoreError::Corrupt(_))
    ));
    assert!(path.exists());
    assert!(!BodyLog::path_for(dir.path(), 1).exists());
    assert_eq!(store.check().unwrap().len(), 1);
    // Re-ingesting the article repairs it.
    store.put_article(last, &last.path).unwrap();
    assert_eq!(store.article(&last.id).unwrap().as_ref(), Some(last));
    assert!(store.check().unwrap().is_empty());

    // Cut to nothing, even the magic: every body is reported, opening still works.
    drop(store);
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.check().unwrap().len(), 20);
    assert!(store.scan_article_json().all(|r| r.is_err()));
}

#[test]
fn a_damaged_pointer_is_an_error_not_an_allocation() {
    let dir = tempfile::tempdir().unwrap();
    let (store, articles) = filled(dir.path(), 3);
    let id = &articles[1].id;
    let huge = Pointer {
        offset: u64::MAX - 3,
        len: u32::MAX,
        checksum: 0,
    };
    store.bodies.insert(id, &huge.encode()[..]).unwrap();
    assert!(matches!(store.article(id), Err(StoreError::Corrupt(_))));
    store.bodies.insert(id, &b"\xb1short"[..]).unwrap();
    assert!(matches!(store.article(id), Err(StoreError::Corrupt(m)) if m.contains("pointer")));
}

/// Puts the bodies of every `every`-th article back inline in the bodies tree, as schema
/// version 2 kept them, and sets the schema version to `version`.
fn downgrade(store: &Store, every: usize, version: u32) {
    let entries: Vec<_> = store.bodies.iter().map(|e| e.unwrap()).collect();
    for (i, (k, v)) in entries.into_iter().enumerate() {
        if i % every == 0 {
            let body = store.read_body(&k, &v).unwrap();
            store.bodies.insert(k, body.payload()).unwrap();
        }
    }
    store
        .meta
        .insert("schema_version", &version.to_be_bytes())
        .unwrap();
    store.flush().unwrap();
}

fn schema_version(store: &Store) -> u32 {
    u32::from_be_bytes(
        store.meta.get("schema_version").unwrap().unwrap()[..]
            .try_into()
            .unwrap(),
    )
}

#[test]
fn version_2_stores_migrate_with_every_article_identical() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), 50);
    let before = contents(&store);
    let list = store.summaries_by_date().unwrap();
    // A version 2 store: every body inline, no body log, no generation.
    downgrade(&store, 1, 2);
    store.meta.remove(LOG_GENERATION).unwrap();
    store.flush().unwrap();
    let path = log_path(&store);
    drop(store);
    std::fs::remove_file(&path).unwrap();

    let store = Store::open(dir.path()).unwrap();
    assert_eq!(schema_version(&store), SCHEMA_VERSION);
    for entry in store.bodies.iter() {
        let (_, v) = entry.unwrap();
        assert!(Pointer::decode(&v).is_some());
    }
    assert_eq!(contents(&store), before);
    assert_eq!(store.summaries_by_date().unwrap(), list);
    assert!(store.check().unwrap().is_empty());
    assert_eq!(store.body_log_stats().unwrap().garbage(), 0);
}

#[test]
fn an_interrupted_migration_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), 30);
    let before = contents(&store);
    // Cut short: a third of the bodies still inline, the rest already pointers.
    downgrade(&store, 3, 2);
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(schema_version(&store), SCHEMA_VERSION);
    assert_eq!(contents(&store), before);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn version_1_stores_migrate_through_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), 20);
    let before = contents(&store);
    let list = store.summaries_by_date().unwrap();
    // Version 1 kept empty values in the date index, and bodies inline.
    downgrade(&store, 1, 1);
    for entry in store.by_date.iter() {
        let (k, _) = entry.unwrap();
        store.by_date.insert(k, &[]).unwrap();
    }
    store.flush().unwrap();
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(schema_version(&store), SCHEMA_VERSION);
    assert_eq!(store.summaries_by_date().unwrap(), list);
    assert_eq!(contents(&store), before);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_newer_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = filled(dir.path(), 1);
    store
        .meta
        .insert("schema_version", &(SCHEMA_VERSION + 1).to_be_bytes())
        .unwrap();
    drop(store);
    // A log of a generation this store does not name: a newer attache may need it.
    let other = BodyLog::path_for(dir.path(), 5);
    std::fs::write(&other, b"ATTBLOG1").unwrap();
    assert!(matches!(
        Store::open(dir.path()),
        Err(StoreError::TooNew { .. })
    ));
    assert!(other.exists());
}

#[test]
fn reopening_waits_for_sled_handles_still_closing() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    // A sled handle that is still alive for a moment, as sled's background threads keep one
    // after a store is dropped: opening must wait for it rather than fail.
    let lingering = sled::open(dir.path().join("sled")).unwrap();
    let closer = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(200));
        drop(lingering);
    });
    let store = Store::open(dir.path()).expect("opens once the old handle is gone");
    closer.join().unwrap();
    assert!(store.is_empty());
}
