//! General failure classes found on unseen articles: double surnames, long post-verb subjects,
//! dialogue without a closing dash, expert descriptors, German subjunctive, transcript endings.

use attache::analyze::quotes::extract;

fn run(lang: &str, paras: &[&str]) -> Vec<(String, Option<String>)> {
    let p: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    extract(&p, lang)
        .quotes
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn double_surname_short_form_and_long_subject() {
    let q = run(
        "es",
        &[
            "«No habrá marcha atrás», declaró ante la asamblea general el embajador peruano ante la ONU, Ernesto Salcedo Vargas.",
            "—Seguiremos negociando —agregó Salcedo—. La puerta está abierta.",
        ],
    );
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(
        q.iter().all(|(_, sp)| *sp == s("Ernesto Salcedo Vargas")),
        "{q:?}"
    );
}

#[test]
fn unnamed_descriptor_in_apposition_to_a_named_one() {
    let q = run(
        "fr",
        &["« Rien n'est réglé », a déclaré à la presse le chef de la mission, l'ambassadeur Pierre Dufresne, mardi soir."],
    );
    assert_eq!(q, vec![("Rien n'est réglé".into(), s("Pierre Dufresne"))]);
}

#[test]
fn dialogue_with_a_comma_tag_and_no_closing_dash() {
    let q = run(
        "fr",
        &[
            "La ministre Claire Dubois a pris la parole.",
            "— Le texte reste trop faible, a lancé Claire Dubois devant la presse. Nous voterons contre.",
            "-- Nous reviendrons, a-t-elle ajouté.",
        ],
    );
    assert_eq!(
        q,
        vec![
            ("Le texte reste trop faible".into(), s("Claire Dubois")),
            ("Nous voterons contre.".into(), s("Claire Dubois")),
            ("Nous reviendrons".into(), s("Claire Dubois")),
        ]
    );
}

#[test]
fn expert_descriptors_resolve() {
    let q = run(
        "en",
        &["Anna Berg, a professor of law at Uppsala, said the ruling mattered. \"It sets a precedent,\" the academic said."],
    );
    assert_eq!(q, vec![("It sets a precedent".into(), s("Anna Berg"))]);
}

#[test]
fn german_subjunctive_keeps_the_speaker() {
    let q = run(
        "de",
        &["„Wir sind bereit“, sagte der Diplomat Peter Hansen. Die Gegenseite habe „jede Frist verstreichen lassen“."],
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[1],
        ("jede Frist verstreichen lassen".into(), s("Peter Hansen"))
    );
}

#[test]
fn quoted_narrative_ends_a_transcript() {
    let q = run(
        "de",
        &[
            "Frage: Wie geht es weiter?",
            "Berg: Wir warten ab.",
            "Frage: Und dann?",
            "Berg: Dann entscheiden wir.",
            "Der Abgeordnete Jonas Keller sagte: „Das kommt zu spät.“",
        ],
    );
    assert_eq!(
        q.last().unwrap(),
        &("Das kommt zu spät.".into(), s("Jonas Keller"))
    );
}

#[test]
fn sentence_final_tag_governs_a_fragment() {
    let q = run(
        "en",
        &["The new pact is \"strictly temporary\" and will lapse in May, Trade Minister Olav Lunde told reporters on Friday."],
    );
    assert_eq!(q, vec![("strictly temporary".into(), s("Olav Lunde"))]);
}
