//! Importing notes into a store where the article text changed: notes follow their text
//! (exact, then by context, then fuzzily), and what cannot be placed is kept as an orphan.

mod export_common;
use attache::export::{self, import, ExportFormat, ExportMeta, Filter};
use attache::model::{Anchor, Annotation, Article, UserData};
use attache::notes::{new_annotation, Target};
use attache::store::Store;
use export_common::quoted_article;

fn export_json(store: &Store) -> Vec<u8> {
    let filter = Filter::default();
    let mut out = Vec::new();
    export::export(
        store,
        ExportFormat::Json,
        &filter,
        &ExportMeta::now(&filter),
        &mut out,
    )
    .unwrap();
    out
}

fn note(article: &Article, text: &str, target: Target) -> Annotation {
    new_annotation(article, text, target).unwrap()
}

#[test]
fn notes_follow_edited_text_and_orphans_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let old = quoted_article();
    let notes = vec![
        note(&old, "on the ministers meeting", Target::Paragraph(0)),
        note(&old, "Lavrov's offer", Target::Quote(0)),
        note(&old, "Blinken's tone", Target::Quote(1)),
        note(&old, "no follow-up", Target::Paragraph(3)),
        note(&old, "whole story", Target::Article),
    ];
    let file = {
        let store = Store::open(&tmp.path().join("old")).unwrap();
        store.put_article(&old, "origin").unwrap();
        store
            .set_user_data(
                &old.id,
                &UserData {
                    tags: vec!["geneva".into()],
                    annotations: notes.clone(),
                    ..Default::default()
                },
            )
            .unwrap();
        export_json(&store)
    };

    // The story was updated: a new lead paragraph, Lavrov's words re-worded, the parser no
    // longer lists Blinken's partial quote, and the last paragraph was dropped.
    let mut new = old.clone();
    new.paragraphs = vec![
        "UPDATE: adds details from the Russian side.".into(),
        old.paragraphs[0].clone(),
        "\"We are ready to talk about strategic stability and arms control,\" Lavrov told reporters."
            .into(),
        old.paragraphs[2].clone(),
    ];
    new.quotes = vec![attache::model::Quote {
        text: "We are ready to talk about strategic stability and arms control,".into(),
        speaker: Some("Sergei Lavrov".into()),
        paragraph: 2,
        ..Default::default()
    }];
    let store = Store::open(&tmp.path().join("new")).unwrap();
    store.put_article(&new, "origin").unwrap();

    let report = import::import_reader(&store, file.as_slice(), "export.json").unwrap();
    assert_eq!(report.matched, 1);
    assert_eq!(report.notes_added, 5);
    assert_eq!(report.reanchored, 3, "{report:?}");
    assert_eq!(report.orphans, 1, "{report:?}");
    assert_eq!(report.tags_added, 1);

    let user = store.user_data(&new.id).unwrap();
    let by_text = |t: &str| user.annotations.iter().find(|n| n.text == t).unwrap();
    // Exact text, new index.
    assert_eq!(
        by_text("on the ministers meeting").anchor,
        attache::notes::anchor_for(&new, Target::Paragraph(1)).unwrap()
    );
    // Re-worded quote: fuzzy match in the quote list.
    assert!(matches!(
        by_text("Lavrov's offer").anchor,
        Anchor::Quote { index: 0, .. }
    ));
    // Quote gone from the list, text still in the body: anchored on the paragraph text.
    match &by_text("Blinken's tone").anchor {
        Anchor::Paragraph { index, exact, .. } => {
            assert_eq!((*index, exact.as_str()), (3, "frank and useful"));
        }
        other => panic!("unexpected {other:?}"),
    }
    // Vanished paragraph: kept, flagged, anchor untouched.
    let orphan = by_text("no follow-up");
    assert!(orphan.orphan);
    assert_eq!(orphan.anchor, notes[3].anchor);
    assert!(!by_text("whole story").orphan);

    // Importing again changes nothing.
    let again = import::import_reader(&store, file.as_slice(), "export.json").unwrap();
    assert_eq!((again.notes_added, again.notes_unchanged), (0, 5));
    assert_eq!(store.user_data(&new.id).unwrap(), user);
}

#[test]
fn articles_match_by_url_then_title_when_ids_differ() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let mut by_url = quoted_article();
    by_url.id = "aaaa000000000001".into();
    let mut by_title = quoted_article();
    by_title.id = "bbbb000000000002".into();
    by_title.url = None;
    by_title.title = "A différent   story".into();
    by_title.fingerprint = 99;
    store.put_article(&by_url, "one").unwrap();
    store.put_article(&by_title, "two").unwrap();
    let file = format!(
        r#"{{"version":1,"articles":[
        {{"id":"elsewhere1","url":"{}/","title":"x","tags":["via-url"]}},
        {{"id":"elsewhere2","url":null,"title":"a different story","tags":["via-title"]}}
        ]}}"#,
        by_url.url.as_deref().unwrap()
    );
    let report = import::import_reader(&store, file.as_bytes(), "f.json").unwrap();
    assert_eq!(report.matched, 2, "{report:?}");
    assert_eq!(store.user_data(&by_url.id).unwrap().tags, ["via-url"]);
    assert_eq!(store.user_data(&by_title.id).unwrap().tags, ["via-title"]);
}
