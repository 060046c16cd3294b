//! The plain-text page-dump reader, end to end (bytes -> Document -> Article): the seed must
//! parse exactly to its gold, each outlet layout must give its title, dates, source, credits and
//! body, and hostile inputs must never panic.

use attache::analyze::analyze;
use attache::ingest::{parse_bytes, Limits};
use attache::model::Article;

fn parse(name: &str, text: &str) -> Article {
    let docs = parse_bytes(name, text.as_bytes(), &Limits::default()).expect("parses");
    assert_eq!(docs.len(), 1);
    analyze(docs.into_iter().next().unwrap())
}

fn check_against_gold(article_path: &str, gold_path: &str) {
    let bytes = std::fs::read(article_path).expect("seed article present");
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(gold_path).expect("gold present"))
            .expect("gold is JSON");
    let docs = parse_bytes(article_path, &bytes, &Limits::default()).expect("seed parses");
    let a = analyze(docs.into_iter().next().unwrap());
    let s = |k: &str| gold[k].as_str().map(str::to_string);
    let list = |k: &str| -> Vec<String> {
        gold[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(Some(a.title.clone()), s("title"));
    assert_eq!(a.source, s("source"));
    assert_eq!(a.section, s("section"));
    assert_eq!(a.published, s("published"));
    assert_eq!(a.updated, s("updated"));
    assert_eq!(a.authors, list("authors"));
    assert_eq!(a.editors, list("editors"));
    assert_eq!(a.paragraphs, list("paragraphs"));
}

#[test]
fn seed_parses_exactly_to_its_gold() {
    check_against_gold(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seed/articles/000_3dd575960d85eb04.txt"
        ),
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seed/gold/000_3dd575960d85eb04.json"
        ),
    );
}

#[test]
fn sample_data_copy_of_the_seed_parses_exactly_to_its_gold() {
    check_against_gold(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sample-data/articles/000_3dd575960d85eb04.txt"
        ),
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seed/gold/000_3dd575960d85eb04.json"
        ),
    );
}

const TASS: &str = "We use cookies to make our website more convenient. By continuing to browse the site, you agree to our use of cookies.
OK
TASS
Russian News Agency
Russian Politics & Diplomacy
World
Business & Economy
Search
Russian Politics & Diplomacy
3 MAR 2023, 14:02
Updated 3 MAR 2023, 15:40
Lavrov says Moscow open to talks on strategic stability, but not on Western terms
Russian Foreign Minister Sergey Lavrov
© Sergei Karpukhin/TASS
Share
Telegram
Copy link

MOSCOW, March 3 (TASS) — The Russian Foreign Minister said on Friday that Moscow remained open to dialogue on strategic stability.

\"We have never refused dialogue, but it must be equal,\" Lavrov told reporters after talks with his Indian counterpart.

Read also
Kremlin: No talks on New START possible while West pursues defeat of Russia
Russia to keep observing treaty limits, Foreign Ministry says

He added that the United States had to \"show with deeds\" that it was ready for a serious conversation.

Tags
Russia-US relations
Read also
Moscow warns against new sanctions
When using materials from TASS, a hyperlink to tass.com is required.
© 1999-2023 TASS. All rights reserved.
";

#[test]
fn tass_layout() {
    let a = parse("tass.txt", TASS);
    assert_eq!(
        a.title,
        "Lavrov says Moscow open to talks on strategic stability, but not on Western terms"
    );
    assert_eq!(a.source.as_deref(), Some("TASS"));
    assert_eq!(a.section.as_deref(), Some("Russian Politics & Diplomacy"));
    assert_eq!(a.published.as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(a.updated.as_deref(), Some("2023-03-03T15:40"));
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs[0].starts_with("MOSCOW, March 3 (TASS) — The Russian"));
    assert!(a
        .paragraphs
        .iter()
        .all(|p| !p.contains("Kremlin: No talks")));
    assert!(a.paragraphs.iter().all(|p| !p.contains("hyperlink")));
}

const AFP_FR_WRAPPED: &str = "Aller au contenu principal
Menu
Le Quotidien
Accueil > Monde > Europe
Ukraine\u{a0}: Paris et Berlin promettent de nouvelles livraisons d'armes
Par Jean Dupont, AFP | Publié le 3 mars 2023 à 14h02 | Mis à jour le 3 mars 2023 à 16h30
Partager\u{a0}:
Facebook
X
Le président français à l'Elysée, le 3 mars 2023. © Ludovic MARIN / AFP
Temps de lecture\u{a0}: 2 min

Paris (AFP) - La France et l'Allemagne ont promis vendredi de nouvelles
livraisons d'armes à l'Ukraine, lors d'une rencontre entre les deux
dirigeants à Paris, a annoncé l'Elysée dans un communiqué publié dans la
soirée.

«\u{a0}Nous serons aux côtés de l'Ukraine aussi longtemps qu'il le faudra\u{a0}»,
a déclaré le président français devant la presse, aux côtés du chancelier
allemand.

Lire aussi\u{a0}: Guerre en Ukraine\u{a0}: ce que l'on sait des livraisons d'armes

Les deux pays n'ont pas précisé le calendrier des livraisons. Moscou a
dénoncé une «\u{a0}escalade\u{a0}».

jd/fz/ob

Partager\u{a0}:
Facebook
Commentaires
Soyez le premier à réagir à cet article.
© Le Quotidien 2023 - Tous droits réservés.
";

#[test]
fn afp_french_hard_wrapped_layout() {
    let a = parse("afp.txt", AFP_FR_WRAPPED);
    assert_eq!(
        a.title,
        "Ukraine\u{a0}: Paris et Berlin promettent de nouvelles livraisons d'armes"
    );
    assert_eq!(a.source.as_deref(), Some("AFP"));
    assert_eq!(a.section.as_deref(), Some("Europe"));
    assert_eq!(a.authors, vec!["Jean Dupont"]);
    assert_eq!(a.published.as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(a.updated.as_deref(), Some("2023-03-03T16:30"));
    assert_eq!(
        a.paragraphs,
        vec![
            "Paris (AFP) - La France et l'Allemagne ont promis vendredi de nouvelles livraisons d'armes à l'Ukraine, lors d'une rencontre entre les deux dirigeants à Paris, a annoncé l'Elysée dans un communiqué publié dans la soirée.",
            "«\u{a0}Nous serons aux côtés de l'Ukraine aussi longtemps qu'il le faudra\u{a0}», a déclaré le président français devant la presse, aux côtés du chancelier allemand.",
            "Les deux pays n'ont pas précisé le calendrier des livraisons. Moscou a dénoncé une «\u{a0}escalade\u{a0}».",
        ]
    );
}

const EFE: &str = "Saltar al contenido principal
Agencia EFE
Internacional
América
Buscar
Esta web utiliza cookies propias y de terceros para mejorar la experiencia de navegación. Si continúa navegando, consideramos que acepta su uso.
Aceptar
Internacional
España y Marruecos firman una hoja de ruta para reforzar su cooperación migratoria
Por Ana Gómez | 18 jul 2023 | 19:45 CEST
Actualizado: 18 jul 2023 | 21:10 CEST
Compartir
WhatsApp

Madrid, 18 jul 2023 (EFE).- Los Gobiernos de España y Marruecos firmaron este martes en Madrid una hoja de ruta para reforzar su cooperación en materia migratoria.

—Es un paso histórico —dijo el ministro español en declaraciones a EFE—, pero queda mucho por hacer.

Te puede interesar
Marruecos y la UE negocian un nuevo acuerdo pesquero
Las llegadas a Canarias caen un 60 % en el primer semestre

El acuerdo incluye un grupo de trabajo conjunto que se reunirá cada seis meses.

Redacción: Laura Ortega
Edición: Javier Martín
Etiquetas
Marruecos
© EFE 2023. Está expresamente prohibida la redistribución.
";

#[test]
fn efe_layout() {
    let a = parse("efe.txt", EFE);
    assert_eq!(
        a.title,
        "España y Marruecos firman una hoja de ruta para reforzar su cooperación migratoria"
    );
    assert_eq!(a.source.as_deref(), Some("EFE"));
    assert_eq!(a.section.as_deref(), Some("Internacional"));
    assert_eq!(a.authors, vec!["Ana Gómez"]);
    assert_eq!(a.editors, vec!["Laura Ortega", "Javier Martín"]);
    assert_eq!(
        a.published.as_deref().map(|p| &p[..16]),
        Some("2023-07-18T19:45")
    );
    assert_eq!(
        a.updated.as_deref().map(|p| &p[..16]),
        Some("2023-07-18T21:10")
    );
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs[1].starts_with("—Es un paso histórico"));
}

const DPA: &str = "Zum Inhalt springen
Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.
Alle akzeptieren
Rheinische Zeitung
Startseite
Politik
Startseite › Politik › Ausland
Nahost-Reise
Baerbock fordert mehr humanitäre Hilfe für Gaza
3. März 2023, 14:02 Uhr
Aktualisiert am 3. März 2023, 16:30 Uhr
Von Anna Schmidt und Lukas Wenzel, dpa
Artikel teilen
Baerbock in Amman. Foto: Michael Kappeler/dpa
Lesezeit: 2 Minuten

Berlin (dpa) - Außenministerin Annalena Baerbock hat bei ihrer Nahost-Reise mehr humanitäre Hilfe für die Menschen im Gazastreifen gefordert.

„Wir dürfen nicht zulassen, dass die Menschen verhungern“, sagte die Grünen-Politikerin in Amman.

Mehr zum Thema
Nahost: Die aktuelle Lage im Überblick

Die Ministerin will am Samstag nach Israel weiterreisen.

Redaktion: Jens Hartmann
© dpa-infocom, dpa:230303-99-123456/3
Artikel teilen
Impressum
© Rheinische Zeitung 2023
";

#[test]
fn dpa_layout() {
    let a = parse("dpa.txt", DPA);
    assert_eq!(a.title, "Baerbock fordert mehr humanitäre Hilfe für Gaza");
    assert_eq!(a.source.as_deref(), Some("dpa"));
    assert_eq!(a.section.as_deref(), Some("Ausland"));
    assert_eq!(a.authors, vec!["Anna Schmidt", "Lukas Wenzel"]);
    assert_eq!(a.editors, vec!["Jens Hartmann"]);
    assert_eq!(a.published.as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(a.updated.as_deref(), Some("2023-03-03T16:30"));
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs[0].starts_with("Berlin (dpa) - Außenministerin"));
}

const ENGLISH_EDITED_BY: &str = "Home
World
Politics
World
G20 foreign ministers fail to agree joint statement over Ukraine
By Jane Doe
March 2, 2023 2:02 PM GMT

NEW DELHI, March 2 (Reuters) - Foreign ministers of the Group of 20 failed to agree on a joint statement on Thursday as divisions over the war in Ukraine dominated the meeting.

\"We tried our best, but the gap between the positions was too wide,\" the Indian foreign minister told reporters.

The meeting was the first since Russia suspended its participation in the New START treaty.

Edited by John Smith and Mary Jones
Read more
Ukraine war latest
";

#[test]
fn english_edited_by_layout() {
    let a = parse("en.txt", ENGLISH_EDITED_BY);
    assert_eq!(
        a.title,
        "G20 foreign ministers fail to agree joint statement over Ukraine"
    );
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert_eq!(a.authors, vec!["Jane Doe"]);
    assert_eq!(a.editors, vec!["John Smith", "Mary Jones"]);
    assert_eq!(a.published.as_deref(), Some("2023-03-02T14:02+00:00"));
    assert_eq!(a.paragraphs.len(), 3);
}

#[test]
fn empty_and_blank_inputs_are_errors_not_panics() {
    assert!(parse_bytes("e.txt", b"", &Limits::default()).is_err());
    assert!(parse_bytes("b.txt", b"  \n\n \t\n", &Limits::default()).is_err());
}

#[test]
fn one_line_dump() {
    let docs =
        parse_bytes("one.txt", b"Just one line of text", &Limits::default()).expect("parses");
    let a = analyze(docs.into_iter().next().unwrap());
    assert_eq!(a.title, "Just one line of text");
    assert!(a.paragraphs.is_empty());
}

#[test]
fn ten_thousand_bullets_do_not_panic() {
    let text = "  • item\n".repeat(10_000);
    // Only chrome: either "no article text" or an article without body, never a panic.
    if let Ok(docs) = parse_bytes("bullets.txt", text.as_bytes(), &Limits::default()) {
        for d in docs {
            assert!(d.paragraphs.is_empty());
        }
    }
}

#[test]
fn escape_sequences_are_removed() {
    let text = "Title with \u{1b}[31mcolour\u{1b}[0m and more words here\n\nBy Jane Doe | March 3, 2023\n\n\
                PARIS (AFP) - A paragraph \u{1b}]0;pwned\u{7}that tries to drive the terminal with escapes, which must go.\n\n\
                A second paragraph follows here so that the body is a real run of prose text.\n";
    let a = parse("esc.txt", text);
    assert_eq!(a.title, "Title with colour and more words here");
    assert!(a
        .paragraphs
        .iter()
        .all(|p| !p.contains('\u{1b}') && !p.contains('\u{7}')));
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn one_megabyte_single_line_does_not_panic() {
    let sentence = "The ministers met again in Geneva and agreed to keep talking. ";
    let text = sentence.repeat(1_000_000 / sentence.len() + 1);
    let docs = parse_bytes("big.txt", text.as_bytes(), &Limits::default()).expect("parses");
    let a = analyze(docs.into_iter().next().unwrap());
    assert_eq!(a.paragraphs.len(), 1);
    assert!(a.paragraphs[0].len() > 900_000);
}

#[test]
fn dump_without_blank_lines() {
    let text = "Xinhua English
Home | China | World
World
China and Russia vow to deepen strategic coordination
Source: Xinhua | 2023-03-21 20:15:33 | Editor: Li Wei
BEIJING, March 21 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Tuesday.
Xi said China and Russia are each other's largest neighbor and comprehensive strategic partner of coordination.
Putin said Russia is ready to work with China to deepen cooperation in various fields.
Enditem
Related News
China, Russia sign joint statement
Copyright © 2000-2023 XINHUANET.com All rights reserved.
";
    let a = parse("x.txt", text);
    assert_eq!(
        a.title,
        "China and Russia vow to deepen strategic coordination"
    );
    assert_eq!(a.source.as_deref(), Some("Xinhua"));
    assert_eq!(a.editors, vec!["Li Wei"]);
    assert_eq!(a.published.as_deref(), Some("2023-03-21T20:15"));
    assert_eq!(a.paragraphs.len(), 3);
}

const STANDFIRST_AND_BARE_BYLINE: &str = "Zum Inhalt springen
DW
Themen
Wir verwenden Cookies, um unser Angebot für Sie zu verbessern. [Zustimmen] [Ablehnen]
Politik
Grönland: Dänemark weist Ansprüche der USA zurück
Kopenhagen reagiert gelassen, aber bestimmt auf die Äußerungen aus Washington. Grönland betont sein Recht auf Selbstbestimmung.
Ein Schild am Hafen von Nuuk: „Grönland gehört den Grönländern“
Bild: Lars Bech/Ritzau Scanpix
Sarah Lindqvist
08.01.2025
https://p.dw.com/p/4oXyZ
Teilen
Facebook | X | WhatsApp | E-Mail | Link kopieren

Die dänische Regierung hat die erneuten Äußerungen aus Washington über einen Erwerb Grönlands zurückgewiesen.

„Grönland steht nicht zum Verkauf“, sagte der Staatssekretär im dänischen Außenministerium.

Anzeige
Mehr zum Thema
Seltene Erden: Warum Grönland für die USA so wichtig ist
DW
Über uns | Presse | Jobs | Impressum | Datenschutz
© 2025 Deutsche Welle
";

#[test]
fn standfirst_caption_and_bare_byline() {
    let a = parse("dw.txt", STANDFIRST_AND_BARE_BYLINE);
    assert_eq!(a.title, "Grönland: Dänemark weist Ansprüche der USA zurück");
    assert_eq!(a.section.as_deref(), Some("Politik"));
    assert_eq!(a.authors, vec!["Sarah Lindqvist"]);
    assert_eq!(a.published.as_deref(), Some("2025-01-08"));
    assert_eq!(a.source.as_deref(), Some("DW"));
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn published_and_modified_on_one_line() {
    let text = "International
Ukraine : à Moscou, Sergueï Lavrov accuse l'Occident de « guerre hybride »
Le chef de la diplomatie russe a tenu vendredi une conférence de presse au ton offensif.
Par Benjamin Quénelle (Moscou, correspondance)
Publié le 03 mars 2023 à 14h02, modifié le 03 mars 2023 à 16h30
Partager

Le ton était donné dès les premières minutes, devant une centaine de journalistes réunis au ministère.

« Ils ne cachent plus leurs objectifs », a lancé le ministre, en référence aux dirigeants européens.
";
    let a = parse("lm.txt", text);
    assert_eq!(
        a.title,
        "Ukraine : à Moscou, Sergueï Lavrov accuse l'Occident de « guerre hybride »"
    );
    assert_eq!(a.authors, vec!["Benjamin Quénelle"]);
    assert_eq!(a.published.as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(a.updated.as_deref(), Some("2023-03-03T16:30"));
    assert_eq!(a.paragraphs.len(), 2);
}
