//! Quote extraction on the seed and on short inline examples of each pattern, trap and hostile
//! input named in the issue, in French, English, Spanish and German.

use attache::analyze::quotes::extract;
use attache::model::Quote;
use proptest::prelude::*;

fn run(lang: &str, paras: &[&str]) -> Vec<Quote> {
    let p: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    extract(&p, lang).quotes
}

fn summary(q: &[Quote]) -> Vec<(String, Option<String>)> {
    q.iter()
        .map(|q| (q.text.clone(), q.speaker.clone()))
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn seed_gives_exactly_the_gold_quotes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-data/gold/000_3dd575960d85eb04.json"
    );
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let paras: Vec<String> = gold["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    let q = extract(&paras, "fr").quotes;
    let got: Vec<(usize, &str, Option<&str>, bool)> = q
        .iter()
        .map(|q| {
            (
                q.paragraph,
                q.text.as_str(),
                q.speaker.as_deref(),
                q.partial,
            )
        })
        .collect();
    let lav = Some("Sergueï Lavrov");
    let bli = Some("Antony Blinken");
    assert_eq!(
        got,
        vec![
            (0, "sérieuses différences", None, true),
            (1, "sérieuses différences", lav, true),
            (2, "Nous avons de sérieuses différences dans l'évaluation de la situation internationale, nous avons de sérieuses différences dans les approches des tâches qui doivent être résolues pour sa normalisation", lav, false),
            (3, "Notre position est très simple", lav, false),
            (3, "Nous sommes prêts à discuter de toutes les questions sans exception, mais dans la perspective que la discussion sera honnête, avec les faits sur la table, et bien entendu sur la base du respect mutuel", lav, false),
            (4, "une relation prévisible et stable", bli, true),
            (5, "pas un secret que nous avons nos différences", bli, true),
            (5, "si la Russie agit de manière agressive", bli, true),
        ]
    );
    assert_eq!(q[2].mention.as_deref(), Some("a-t-il"));
    assert_eq!(q[3].mention.as_deref(), Some("le diplomate russe"));
    assert_eq!(q[3].verb.as_deref(), Some("poursuivi"));
}

#[test]
fn french_tags_before_after_inside_and_selon() {
    let q = run(
        "fr",
        &[
            "Le ministre letton des Affaires étrangères, Andris Kalniņš, a déclaré : « Nous ne pouvons pas, a-t-il dit, continuer ainsi. »",
            "« Le temps presse », a estimé Mme Claire Dubois. Selon elle, l'accord est « à portée de main ».",
            "« C'est un signal clair », a affirmé le diplomate letton.",
        ],
    );
    assert_eq!(
        summary(&q),
        vec![
            ("Nous ne pouvons pas".into(), s("Andris Kalniņš")),
            ("continuer ainsi.".into(), s("Andris Kalniņš")),
            ("Le temps presse".into(), s("Claire Dubois")),
            ("à portée de main".into(), s("Claire Dubois")),
            ("C'est un signal clair".into(), s("Andris Kalniņš")),
        ]
    );
    assert!(q[3].partial && !q[2].partial);
}

#[test]
fn english_tags_descriptors_and_according_to() {
    let q = run(
        "en",
        &[
            "Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov.",
            "\"Our message was clear,\" the top U.S. diplomat said. \"The war has to end.\"",
            "The talks \"could not be reconciled,\" according to Lavrov. \"We tried,\" he told reporters.",
            "“It is a mistake,” said Korolev, Russia’s envoy, whose name was Andrei Korolev.",
        ],
    );
    let sp: Vec<Option<String>> = q.iter().map(|q| q.speaker.clone()).collect();
    assert_eq!(
        sp[..4],
        [
            s("Antony Blinken"),
            s("Antony Blinken"),
            s("Sergei Lavrov"),
            s("Sergei Lavrov")
        ]
    );
    assert_eq!(q[4].text, "It is a mistake");
}

#[test]
fn spanish_dialogue_dashes_and_null_subjects() {
    let q = run(
        "es",
        &[
            "El vicecanciller argentino, Tomás Ledesma, afirmó: «Venimos a hablar de comercio».",
            "—Estamos listos para firmar el acuerdo —dijo el diplomático argentino—, pero no a cualquier precio.",
            "La jefa de la delegación, Lucía Gamboa, habló con la prensa. «No vamos a firmar», subrayó.",
        ],
    );
    assert_eq!(
        summary(&q),
        vec![
            ("Venimos a hablar de comercio".into(), s("Tomás Ledesma")),
            (
                "Estamos listos para firmar el acuerdo".into(),
                s("Tomás Ledesma")
            ),
            ("pero no a cualquier precio.".into(), s("Tomás Ledesma")),
            ("No vamos a firmar".into(), s("Lucía Gamboa")),
        ]
    );
}

#[test]
fn german_marks_and_multi_paragraph_quotes() {
    let q = run(
        "de",
        &[
            "Die stellvertretende US-Botschafterin Rebecca Hale sagte: „Sie haben das Regime geschwächt.",
            "„Die Welt wird sich daran erinnern.“",
            "„Zusätzliche Sanktionen“, sagte er, „werden schaden.“ Laut Baerbock trägt Peking „eine besondere Verantwortung“.",
            "Baerbock sagte: »Wir wollen Risiken verringern.« Die Reise gilt als Test für die „China-Strategie“.",
        ],
    );
    let got = summary(&q);
    assert_eq!(
        got[0],
        ("Sie haben das Regime geschwächt.".into(), s("Rebecca Hale"))
    );
    assert_eq!(
        got[1],
        (
            "Die Welt wird sich daran erinnern.".into(),
            s("Rebecca Hale")
        )
    );
    assert_eq!(got[4].0, "eine besondere Verantwortung");
    assert_eq!(
        got[5],
        ("Wir wollen Risiken verringern.".into(), got[5].1.clone())
    );
    assert!(!got.iter().any(|(t, _)| t == "China-Strategie"), "{got:?}");
}

#[test]
fn organisations_speak_without_a_person() {
    let q = run(
        "en",
        &["Lavrov spoke first. The Russian Foreign Ministry said Moscow \"will not allow its interests to be ignored.\""],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
    assert_eq!(
        q[0].mention.as_deref(),
        Some("The Russian Foreign Ministry")
    );
}

#[test]
fn titles_names_and_apostrophes_are_not_quotes() {
    let q = run(
        "en",
        &[
            "The treaty, known as “New START”, expires. Brussels launched its “Global Gateway” strategy.",
            "Russia’s envoy said it was ‘a serious mistake’. Don't worry about l'Arctique.",
        ],
    );
    assert_eq!(summary(&q), vec![("a serious mistake".into(), None)]);
    let q = run(
        "fr",
        &["Bruxelles renforce la stratégie « Global Gateway », a-t-on appris."],
    );
    assert!(q.iter().all(|q| q.speaker.is_none()), "{q:?}");
}

#[test]
fn briefing_transcript_answers_are_quotes() {
    let q = run(
        "en",
        &[
            "Spokesperson Mao Ning held a regular press conference.",
            "Q: Can you comment on the talks?",
            "Mao Ning: The talks were constructive.",
            "We will release details later.",
            "AFP: What about the \"sanctions\"?",
            "Mao Ning: We oppose the so-called \"sanctions\".",
        ],
    );
    assert_eq!(
        summary(&q),
        vec![
            ("The talks were constructive.".into(), s("Mao Ning")),
            ("We will release details later.".into(), s("Mao Ning")),
            (
                "We oppose the so-called \"sanctions\".".into(),
                s("Mao Ning")
            ),
        ]
    );
}

#[test]
fn unbalanced_marks_do_not_swallow_the_article() {
    let q = run(
        "fr",
        &[
            "Il a parlé d'un « accord sans fin et il est parti.",
            "« Nous sommes prêts », a déclaré M. Jean Dupont.",
        ],
    );
    assert_eq!(
        summary(&q),
        vec![("Nous sommes prêts".into(), s("Jean Dupont"))]
    );
}

#[test]
fn hostile_inputs_do_not_panic_or_swallow_the_next_paragraph() {
    // How time grows with such input is measured by `cargo bench --bench quotes` (scaling).
    let deep = "«".repeat(50_000) + &"»".repeat(50_000);
    let marks = "\"“”„«»‹›‘’‚「」".repeat(8_000);
    let long = format!("« {} », a-t-il dit.", "mot ".repeat(25_000));
    let after = "« Nous sommes prêts », a déclaré M. Jean Dupont.".to_string();
    for p in [deep, marks] {
        let q = extract(&[p, after.clone()], "fr").quotes;
        assert!(
            q.iter()
                .any(|q| q.paragraph == 1 && q.speaker.as_deref() == Some("Jean Dupont")),
            "{q:?}"
        );
    }
    let q = extract(&[long], "fr").quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text.split_whitespace().count(), 25_000);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn random_marks_never_panic(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("«".to_string()), Just("»".to_string()), Just("“".to_string()), Just("”".to_string()),
                Just("„".to_string()), Just("\"".to_string()), Just("‘".to_string()), Just("’".to_string()),
                Just("‚".to_string()), Just("‹".to_string()), Just("›".to_string()), Just("「".to_string()),
                Just("」".to_string()), Just(" —".to_string()), Just(", a-t-il dit, ".to_string()),
                Just(" said ".to_string()), Just("M. Lavrov".to_string()), Just(" il ".to_string()),
                "[a-zA-Zéü .,:]{0,12}",
            ],
            0..400,
        ),
        lang in prop_oneof![Just("fr"), Just("en"), Just("es"), Just("de"), Just("xx")],
    ) {
        let p: String = parts.concat();
        let big = p.repeat(1 + 100_000 / (p.len() + 1)).chars().take(100_000).collect::<String>();
        let q = extract(&[p.clone(), big, p], lang).quotes;
        for q in q {
            prop_assert!(!q.text.is_empty());
        }
    }
}
