//! Eight short articles written for this test only (two per language), before the speaker rules
//! of the `quotes2` branch were changed: they estimate how the extractor does on text it was not
//! tuned on. Measured then: quote F1 0.981, speaker 0.872 (41/47). The misses were fixed with
//! general rules (long descriptor complements, nationality-only referents, French "a", German
//! ", so X" / "nach Angaben", gender-unique pronouns), after which this reads 1.000 / 1.000, so
//! these articles are no longer unseen: new ones are needed for the next honest estimate. Each has about six quotes
//! of varied patterns (appositions, descriptors with complements, pronouns, inverted verbs, broken
//! quotes, dialogue dashes, colon introductions, selon / according to / laut / según, continuation,
//! partial quotes) and traps that are not quotes (titles, names, scare quotes).
//!
//! Scoring follows `bench/parse/score.py`: a predicted quote matches a gold one when their folded
//! token Jaccard is >= 0.6 or one contains the other and has >= 4 tokens (one-to-one, greedy); a
//! speaker is right when the gold name's last token is in the predicted speaker. Gold quotes with
//! no named speaker count for quote F1 only. `-- --nocapture` prints the misses.

mod quote_match;
use attache::analyze::quotes::extract;
use quote_match::{match_pairs, qtokens};

struct Article {
    name: &'static str,
    lang: &'static str,
    paragraphs: &'static [&'static str],
    /// (quote text, speaker)
    gold: &'static [(&'static str, Option<&'static str>)],
}

const ARTICLES: &[Article] = &[
    Article {
        name: "en_baltic",
        lang: "en",
        paragraphs: &[
            "Finnish Foreign Minister Elina Valtonen said on Tuesday that Helsinki would not accept “any redrawing of borders by force” in Europe.",
            "“We have seen this playbook before, and we know how it ends,” the minister told reporters in Brussels. “Our answer is unity.”",
            "Her Estonian counterpart, Margus Tsahkna, struck a similar note. “Nobody in our region is naive any more,” he said.",
            "According to a senior NATO diplomat who asked not to be named, the alliance is “close to a consensus” on the new air-defence plan.",
            "The ministers also reviewed the “Eastern Shield” programme, launched last year.",
            "“This is not about Russia alone,” said Valtonen, adding that the Baltic Sea had become “a frontline of sabotage”.",
        ],
        gold: &[
            ("any redrawing of borders by force", Some("Elina Valtonen")),
            ("We have seen this playbook before, and we know how it ends", Some("Elina Valtonen")),
            ("Our answer is unity.", Some("Elina Valtonen")),
            ("Nobody in our region is naive any more", Some("Margus Tsahkna")),
            ("close to a consensus", None),
            ("This is not about Russia alone", Some("Elina Valtonen")),
            ("a frontline of sabotage", Some("Elina Valtonen")),
        ],
    },
    Article {
        name: "en_yemen",
        lang: "en",
        paragraphs: &[
            "The United Nations envoy for Yemen, Hans Grundberg, warned the Security Council on Thursday that the truce remained fragile.",
            "“The window is closing,” Grundberg said. “If we lose this moment, we may not get another one for years.”",
            "The head of the World Food Programme's operations in the country, Corinne Fleischer, described the situation in the north as “catastrophic”.",
            "“Families are eating once a day, sometimes less,” she said, adding: “We need access, not promises.”",
            "According to the Saudi-led coalition, the strikes targeted “military sites only”.",
            "A spokesman for the Houthi movement, Mohammed Abdulsalam, called the resolution “a gift to the aggressors”.",
            "The so-called “Stockholm track” has stalled since 2019.",
        ],
        gold: &[
            ("The window is closing", Some("Hans Grundberg")),
            ("If we lose this moment, we may not get another one for years.", Some("Hans Grundberg")),
            ("catastrophic", Some("Corinne Fleischer")),
            ("Families are eating once a day, sometimes less", Some("Corinne Fleischer")),
            ("We need access, not promises.", Some("Corinne Fleischer")),
            ("military sites only", None),
            ("a gift to the aggressors", Some("Mohammed Abdulsalam")),
        ],
    },
    Article {
        name: "fr_prochorient",
        lang: "fr",
        paragraphs: &[
            "Le chef de la diplomatie française, Jean-Noël Barrot, a appelé mardi à « une désescalade immédiate » au Proche-Orient.",
            "« Nous ne laisserons pas la région s'embraser », a-t-il déclaré devant l'Assemblée nationale. « La France parle à tous, mais elle ne renonce à rien. »",
            "Selon la porte-parole du Quai d'Orsay, Anne-Claire Legendre, Paris « ne ferme aucune porte ».",
            "La ministre de la Transition écologique, Agnès Pannier-Runacher, a pour sa part jugé que l'Europe devait « cesser d'être naïve ».",
            "« C'est un moment de vérité pour l'Union », a estimé la ministre, tandis que le projet baptisé « Bouclier européen » reste en suspens.",
            "Le diplomate, lui, s'est montré plus prudent : « Rien n'est joué », a-t-il glissé.",
        ],
        gold: &[
            ("une désescalade immédiate", Some("Jean-Noël Barrot")),
            ("Nous ne laisserons pas la région s'embraser", Some("Jean-Noël Barrot")),
            ("La France parle à tous, mais elle ne renonce à rien.", Some("Jean-Noël Barrot")),
            ("ne ferme aucune porte", Some("Anne-Claire Legendre")),
            ("cesser d'être naïve", Some("Agnès Pannier-Runacher")),
            ("C'est un moment de vérité pour l'Union", Some("Agnès Pannier-Runacher")),
            ("Rien n'est joué", Some("Jean-Noël Barrot")),
        ],
    },
    Article {
        name: "fr_dakar",
        lang: "fr",
        paragraphs: &[
            "Le président sénégalais Bassirou Diomaye Faye a reçu jeudi à Dakar son homologue mauritanien, Mohamed Ould Ghazouani.",
            "« Nos deux peuples partagent bien plus qu'une frontière », a déclaré le chef de l'État sénégalais lors d'une conférence de presse commune.",
            "Le dirigeant mauritanien a salué pour sa part « un partenariat exemplaire » dans le domaine du gaz.",
            "« Le gisement de Grand Tortue Ahmeyim doit profiter d'abord aux populations », a insisté M. Faye.",
            "Interrogé sur la sécurité au Sahel, Mohamed Ould Ghazouani a estimé que la menace « ne connaît pas de frontières » et a plaidé pour « une réponse régionale, coordonnée et durable ».",
            "D'après un conseiller de la présidence, les deux chefs d'État doivent se revoir « avant la fin de l'année ».",
        ],
        gold: &[
            ("Nos deux peuples partagent bien plus qu'une frontière", Some("Bassirou Diomaye Faye")),
            ("un partenariat exemplaire", Some("Mohamed Ould Ghazouani")),
            ("Le gisement de Grand Tortue Ahmeyim doit profiter d'abord aux populations", Some("Bassirou Diomaye Faye")),
            ("ne connaît pas de frontières", Some("Mohamed Ould Ghazouani")),
            ("une réponse régionale, coordonnée et durable", Some("Mohamed Ould Ghazouani")),
            ("avant la fin de l'année", None),
        ],
    },
    Article {
        name: "es_marruecos",
        lang: "es",
        paragraphs: &[
            "El ministro de Asuntos Exteriores, José Manuel Albares, afirmó este lunes que España «no va a aceptar chantajes» en la negociación pesquera con Marruecos.",
            "«Hemos trabajado con discreción y con firmeza», señaló el jefe de la diplomacia española en rueda de prensa. «La relación con Rabat es estratégica».",
            "Según la portavoz del Gobierno, Pilar Alegría, el Ejecutivo «respalda plenamente» al ministro.",
            "—Nadie va a dar lecciones a España —dijo Alegría—. Cumplimos con nuestros compromisos.",
            "El eurodiputado del PP Esteban González Pons calificó el acuerdo de «papel mojado».",
            "Para el Gobierno marroquí, el llamado «plan de acción conjunto» sigue vigente.",
        ],
        gold: &[
            ("no va a aceptar chantajes", Some("José Manuel Albares")),
            ("Hemos trabajado con discreción y con firmeza", Some("José Manuel Albares")),
            ("La relación con Rabat es estratégica", Some("José Manuel Albares")),
            ("respalda plenamente", Some("Pilar Alegría")),
            ("Nadie va a dar lecciones a España", Some("Pilar Alegría")),
            ("Cumplimos con nuestros compromisos.", Some("Pilar Alegría")),
            ("papel mojado", Some("Esteban González Pons")),
        ],
    },
    Article {
        name: "es_migracion",
        lang: "es",
        paragraphs: &[
            "La canciller mexicana, Alicia Bárcena, advirtió el miércoles que la crisis migratoria «exige respuestas compartidas y no muros».",
            "«No podemos resolver solos un fenómeno que es regional», dijo Bárcena ante la prensa. Y añadió: «Necesitamos que Washington cumpla su parte».",
            "Por su parte, el secretario de Estado estadounidense, Antony Blinken, aseguró que su país está «comprometido con una solución humana».",
            "«Ningún país puede hacerlo solo», subrayó el jefe de la diplomacia de Estados Unidos.",
            "Según fuentes de la cancillería, la reunión fue «tensa pero productiva».",
            "Ella insistió en que México «no será el tercer país seguro de nadie».",
        ],
        gold: &[
            ("exige respuestas compartidas y no muros", Some("Alicia Bárcena")),
            ("No podemos resolver solos un fenómeno que es regional", Some("Alicia Bárcena")),
            ("Necesitamos que Washington cumpla su parte", Some("Alicia Bárcena")),
            ("comprometido con una solución humana", Some("Antony Blinken")),
            ("Ningún país puede hacerlo solo", Some("Antony Blinken")),
            ("tensa pero productiva", None),
            ("no será el tercer país seguro de nadie", Some("Alicia Bárcena")),
        ],
    },
    Article {
        name: "de_kiew",
        lang: "de",
        paragraphs: &[
            "Bundesaußenministerin Annalena Baerbock hat bei ihrem Besuch in Kiew weitere Unterstützung zugesagt.",
            "„Wir lassen die Ukraine nicht im Stich“, sagte die Grünen-Politikerin am Montag. „Das gilt heute und morgen.“",
            "Der ukrainische Außenminister Andrij Sybiha erklärte: „Jeder Tag ohne Luftabwehr kostet Menschenleben.“",
            "Laut Sybiha braucht die Ukraine „mindestens sieben weitere Patriot-Systeme“.",
            "Baerbock kündigte an, die Bundesregierung werde „alles Mögliche“ tun, um weitere Systeme zu beschaffen.",
            "Der Minister betonte, man brauche „keine warmen Worte, sondern Taten“.",
            "Das Programm „Ramstein-Format“ soll im Herbst fortgesetzt werden.",
        ],
        gold: &[
            ("Wir lassen die Ukraine nicht im Stich", Some("Annalena Baerbock")),
            ("Das gilt heute und morgen.", Some("Annalena Baerbock")),
            ("Jeder Tag ohne Luftabwehr kostet Menschenleben.", Some("Andrij Sybiha")),
            ("mindestens sieben weitere Patriot-Systeme", Some("Andrij Sybiha")),
            ("alles Mögliche", Some("Annalena Baerbock")),
            ("keine warmen Worte, sondern Taten", Some("Andrij Sybiha")),
        ],
    },
    Article {
        name: "de_wien",
        lang: "de",
        paragraphs: &[
            "Die Schweizer Bundespräsidentin Viola Amherd und der österreichische Bundeskanzler Karl Nehammer haben sich am Freitag in Wien getroffen.",
            "Nehammer sagte: „Neutralität heißt nicht Gleichgültigkeit.“",
            "„Wir teilen dieselben Sorgen“, ergänzte die Bundespräsidentin. Die Schweiz werde „ihren Beitrag leisten“, so Amherd weiter.",
            "Auf die Frage nach den Gasimporten antwortete der Kanzler knapp:",
            "„Darüber reden wir, wenn es so weit ist.“",
            "Er fügte hinzu, Herr Putin irre sich, wenn er glaube, Europa sei „gespalten und müde“.",
            "Nach Angaben der Schweizer Delegation war das Gespräch „offen und konstruktiv“.",
            "Die „neutrale“ Schweiz steht seit Monaten unter Druck.",
        ],
        gold: &[
            ("Neutralität heißt nicht Gleichgültigkeit.", Some("Karl Nehammer")),
            ("Wir teilen dieselben Sorgen", Some("Viola Amherd")),
            ("ihren Beitrag leisten", Some("Viola Amherd")),
            ("Darüber reden wir, wenn es so weit ist.", Some("Karl Nehammer")),
            ("gespalten und müde", Some("Karl Nehammer")),
            ("offen und konstruktiv", None),
        ],
    },
];

/// (tp, fp, fn, speakers right, speakers scored) for one article, printing the misses.
fn score(a: &Article) -> (usize, usize, usize, usize, usize) {
    let paras: Vec<String> = a.paragraphs.iter().map(|s| s.to_string()).collect();
    let pred = extract(&paras, a.lang).quotes;
    let gold_texts: Vec<String> = a.gold.iter().map(|(t, _)| t.to_string()).collect();
    let pred_texts: Vec<String> = pred.iter().map(|q| q.text.clone()).collect();
    let pairs = match_pairs(&gold_texts, &pred_texts);
    let (mut ok, mut n) = (0, 0);
    for &(i, j) in &pairs {
        if let Some(gs) = a.gold[i].1 {
            n += 1;
            let last = qtokens(gs).pop().unwrap_or_default();
            let right = pred[j]
                .speaker
                .as_deref()
                .is_some_and(|s| qtokens(s).contains(&last));
            ok += usize::from(right);
            if !right {
                println!(
                    "  {}: speaker {:?} (mention {:?}) != {gs:?}: {}",
                    a.name, pred[j].speaker, pred[j].mention, a.gold[i].0
                );
            }
        }
    }
    for (i, (t, s)) in a.gold.iter().enumerate() {
        if !pairs.iter().any(|&(g, _)| g == i) {
            println!("  {}: missed [{s:?}] {t}", a.name);
        }
    }
    for (j, q) in pred.iter().enumerate() {
        if !pairs.iter().any(|&(_, p)| p == j) {
            println!("  {}: extra [{:?}] {}", a.name, q.speaker, q.text);
        }
    }
    let tp = pairs.len();
    (tp, pred.len() - tp, a.gold.len() - tp, ok, n)
}

#[test]
fn unseen_articles_quote_f1_and_speakers() {
    let (mut tp, mut fp, mut fn_, mut ok, mut n) = (0, 0, 0, 0, 0);
    for a in ARTICLES {
        let (t, p, f, o, k) = score(a);
        println!(
            "{:16} {} tp={t} fp={p} fn={f} speaker {o}/{k}",
            a.name, a.lang
        );
        tp += t;
        fp += p;
        fn_ += f;
        ok += o;
        n += k;
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    let spk = ok as f64 / n.max(1) as f64;
    println!("unseen: quote F1 {f1:.3} (tp={tp} fp={fp} fn={fn_}), speaker {spk:.3} ({ok}/{n})");
    // Targets for unseen text; see the module docs for how these articles were written.
    assert!(f1 >= 0.92, "quote F1 {f1:.3}");
    assert!(spk >= 0.90, "speaker accuracy {spk:.3}");
}
