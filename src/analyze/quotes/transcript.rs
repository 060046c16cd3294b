//! Q&A transcripts (press briefings): paragraphs such as `Q: …`, `AFP: …` (questions) and
//! `Mao Ning: …` (answers). Each answer is a quote by the named spokesperson; a following paragraph
//! without a prefix continues the same answer; questions are not quotes.

/// The role of one paragraph in a transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Turn {
    /// Not part of the Q&A (introductory text).
    Narrative,
    Question,
    /// An answer by `speaker`; the quote text starts at byte `text_start`.
    Answer {
        speaker: String,
        text_start: usize,
    },
}

const QUESTION_PREFIXES: &[&str] = &[
    "q",
    // German government press conferences: "FRAGE KÖHLER:", "ZUSATZFRAGE LINDQVIST:".
    "zusatzfrage",
    // Spanish "P." (pregunta) and German "F." (Frage).
    "p",
    "f",
    "question",
    "questions",
    "pregunta",
    "frage",
    "journaliste",
    "journalist",
    "reporter",
    "periodista",
];

/// Answer labels that name nobody ("Antwort:", "R :"): the answer is the interviewee's.
pub const ANSWER_PREFIXES: &[&str] = &["a", "r", "answer", "reponse", "respuesta", "antwort"];

/// Labels for the floor speaking as one ("Some hon. members: Hear, hear!"), folded: speech on
/// the record by no one in particular.
const FLOOR_LABELS: &[&str] = &[
    "some hon. members",
    "an hon. member",
    "hon. members",
    "some members",
    "des voix",
    "plusieurs voix",
    "une voix",
    "voces",
    "una voz",
    "varias voces",
    "zurufe",
    "zuruf",
];

/// Whether a turn's label is the floor's (see [`FLOOR_LABELS`]).
pub fn is_floor_label(label: &str) -> bool {
    FLOOR_LABELS.contains(&crate::fold::fold(label.trim()).as_str())
}

/// Whether an answer's label names nobody (see [`ANSWER_PREFIXES`]); an unlabelled answer has
/// the empty label.
pub fn is_generic_answer(label: &str) -> bool {
    label.is_empty()
        || ANSWER_PREFIXES.contains(&crate::fold::fold(label.trim_end_matches('.')).as_str())
}

/// `Name: rest` with a short capitalised prefix; returns (prefix, offset of rest).
fn prefix(p: &str) -> Option<(&str, usize)> {
    // Some outlets close a generic label with a full stop ("Pregunta. …", "P. …", "R. …" in
    // El País style interviews); a name never: "A. K. Dossou-Yovo" is a run of initials.
    if let Some((head, rest)) = p.split_once(". ") {
        let rest = after_stage_direction(rest.trim_start());
        let initials = head.len() == 1 && rest.chars().nth(1) == Some('.');
        let generic = || {
            let f = crate::fold::fold(head);
            QUESTION_PREFIXES.contains(&f.as_str()) || ANSWER_PREFIXES.contains(&f.as_str())
        };
        if head.len() <= 12
            && head.starts_with(char::is_uppercase)
            && generic()
            && !initials
            && rest.starts_with(|c: char| c.is_uppercase() || c == '¿' || c == '¡')
        {
            return Some((head, p.len() - rest.len()));
        }
    }
    let colon = p.find(':')?;
    let head = p[..colon].trim();
    // "Question (Télé Sahel) :", "Mao Ning (spokesperson):": an affiliation in brackets after
    // the label is not part of it.
    // "MODERATOR (Julien Arsenault-Kwan):": a role label with the name in brackets is that
    // person's (not a question's: "Question (Télé Sahel) :" names the outlet).
    let head = match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((label, inside)) if !inside.contains(['(', ')']) => {
            let asks = QUESTION_PREFIXES.contains(&crate::fold::fold(label.trim()).as_str());
            if !asks && name_like(inside) {
                inside.trim()
            } else {
                label.trim_end()
            }
        }
        _ => head,
    };
    if head.is_empty() || head.chars().count() > 40 || head.split_whitespace().count() > 5 {
        return None;
    }
    if is_floor_label(head) {
        let rest = p[colon + 1..].trim_start();
        return (!rest.is_empty()).then(|| (head, p.len() - rest.len()));
    }
    let mut words = head.split_whitespace();
    let first = words.next()?;
    // A surname with its particle ("von Althaus:", "de Barra:") opens in lower case.
    let particle_led = super::coref::PARTICLES.contains(&first)
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    if !particle_led && !first.starts_with(char::is_uppercase) {
        return None;
    }
    // Labels are capitalised names ("Mao Ning", "MR. PRICE") or a role with its article
    // ("La porte-parole", "The spokesperson").
    let with_article = head.split_whitespace().count() <= 3
        && matches!(first, "La" | "Le" | "L'" | "El" | "Der" | "Die" | "The");
    // Name particles stay lower-case inside a label ("Cédric Van den Abeele").
    if !with_article
        && !head.split_whitespace().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || super::coref::PARTICLES.contains(&w)
        })
    {
        return None;
    }
    if head
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, ',' | '(' | '"' | '«' | '“'))
    {
        return None;
    }
    let rest = after_stage_direction(p[colon + 1..].trim_start());
    if rest.is_empty() {
        return None;
    }
    Some((head, p.len() - rest.len()))
}

/// The answer after a stage direction that opens it ("R. (Ríe) Me siento aludida", "L. R.-K. :
/// (Rires.) Non"): the direction is the transcriber's, not the speaker's words.
fn after_stage_direction(rest: &str) -> &str {
    let Some(inner) = rest.strip_prefix('(') else {
        return rest;
    };
    match inner.find(')') {
        Some(close)
            if close <= 40
                && inner[..close].starts_with(char::is_uppercase)
                && !inner[..close].contains(['(', ':']) =>
        {
            let after = inner[close + 1..].trim_start();
            if after.is_empty() {
                rest
            } else {
                after
            }
        }
        _ => rest,
    }
}

/// Two to four capitalised words in mixed case, as a person's name is printed.
fn name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        })
}

fn ends_with_question(p: &str) -> bool {
    p.trim_end().ends_with('?')
}

/// The line that closes an interview by crediting or qualifying it ("Propos recueillis par …",
/// "Das Gespräch führte …", "This transcript has been lightly edited"): not part of any answer.
fn is_credit_line(p: &str) -> bool {
    const CUES: &[&str] = &[
        "propos recueillis",
        "entretien realise",
        "interview by",
        "interviewed by",
        "gesprach fuhrte",
        "interview fuhrte",
        "entrevista realizada",
        "entrevista fue editada",
        "edited for clarity",
        "edited for length",
        "lightly edited",
        "condensed for",
        "gekurzt und redigiert",
    ];
    p.chars().count() <= 200 && {
        let f = crate::fold::fold(p);
        CUES.iter().any(|c| f.contains(c))
    }
}

/// An introduction that calls what follows an interview ("Ein Gespräch über …", "Entretien").
fn announces_interview(p: &str) -> bool {
    const CUES: &[&str] = &["interview", "entretien", "entrevista", "gesprach"];
    crate::fold::fold(p)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CUES.contains(&w))
}

/// Labels each paragraph when the article is a Q&A transcript or interview; `None` otherwise.
pub fn detect(paragraphs: &[String]) -> Option<Vec<Turn>> {
    labelled(paragraphs).or_else(|| unlabelled(paragraphs))
}

/// A transcript whose turns carry labels: "Q: …", "Kulturbote: …" (questions) and "Mao Ning:
/// …", "von Althaus: …" (answers). A label is the interviewer's when it is a question word or
/// most of its turns end with a question mark (an outlet's name, an interviewer's).
fn labelled(paragraphs: &[String]) -> Option<Vec<Turn>> {
    let prefixes: Vec<Option<(&str, usize)>> = paragraphs.iter().map(|p| prefix(p)).collect();
    let n = prefixes.iter().flatten().count();
    if n < 3 {
        return None;
    }
    let mut asked: std::collections::HashMap<String, (usize, usize)> = Default::default();
    for (p, pre) in paragraphs.iter().zip(&prefixes) {
        if let Some((head, _)) = pre {
            let e = asked.entry(crate::fold::fold(head)).or_default();
            e.0 += 1;
            e.1 += usize::from(ends_with_question(p));
        }
    }
    // A host's turns also greet, thank and hand over ("Wir haben die erste Anruferin in der
    // Leitung"), so half of them may be questions; they are still the host's if no one else
    // asks as many. Labels count by surname: "JUDITH ANSORGE-BAPTISTE" opens the show that
    // "ANSORGE-BAPTISTE" then runs.
    let surname = |f: &str| f.split_whitespace().last().unwrap_or("").to_string();
    let mut by_surname: std::collections::HashMap<String, (usize, usize)> = Default::default();
    for (f, &(all, q)) in &asked {
        let e = by_surname.entry(surname(f)).or_default();
        e.0 += all;
        e.1 += q;
    }
    let most_questions = by_surname.values().map(|&(_, q)| q).max().unwrap_or(0);
    let host = by_surname
        .iter()
        .filter(|(_, &(all, q))| q >= 2 && q == most_questions && 2 * q >= all)
        .map(|(k, _)| k.clone())
        .collect::<Vec<_>>();
    let host = (host.len() == 1).then(|| host[0].clone());
    let questioner = |head: &str| {
        let f = crate::fold::fold(head);
        let first = f.split_whitespace().next().unwrap_or("");
        QUESTION_PREFIXES.contains(&f.as_str())
            || f.contains(' ') && QUESTION_PREFIXES.contains(&first)
            || !is_generic_answer(head)
                && (asked
                    .get(&f)
                    .is_some_and(|&(all, q)| all >= 2 && 2 * q > all)
                    || host.as_deref() == Some(surname(&f).as_str()))
    };
    // Some interviews label only the answers ("G. T.-O. : Non. …") and print the questions
    // bare: a bare question right before a labelled turn asks it.
    let bare_question: Vec<bool> = (0..paragraphs.len())
        .map(|i| {
            prefixes[i].is_none()
                && ends_with_question(&paragraphs[i])
                && prefixes.get(i + 1).is_some_and(Option::is_some)
        })
        .collect();
    let bare_questions = bare_question.iter().filter(|&&b| b).count();
    // With no one asking, a record of named people speaking in turn (a committee hearing, a
    // floor debate) is a transcript all the same, and every turn is speech on the record:
    // the members' questions too.
    let nobody_asks = !prefixes.iter().flatten().any(|(h, _)| questioner(h)) && bare_questions < 2;
    let hearing = nobody_asks && on_the_record(&prefixes);
    if nobody_asks && !hearing {
        return None;
    }
    let chairs = bracketed_holders(paragraphs);
    // "PARK:" after "PARK EUN-HA:": a one-word label that is part of a fuller one is that
    // person's short form, not an outlet.
    let short_form = |head: &str| {
        let f = crate::fold::fold(head);
        asked
            .keys()
            .any(|k| k.contains(' ') && k.split_whitespace().any(|w| w == f))
    };
    // With a question label in use ("PERIODISTA:", "Q:"), a one-word label in capitals is the
    // interviewee's surname ("OYARZÚN:"), not an outlet asking.
    let question_label = prefixes.iter().flatten().any(|(h, _)| {
        QUESTION_PREFIXES.contains(&crate::fold::fold(h.trim_end_matches('.')).as_str())
    });
    let mut turns = Vec::with_capacity(paragraphs.len());
    let mut current: Option<String> = None;
    let mut started = false;
    for (i, (p, pre)) in paragraphs.iter().zip(&prefixes).enumerate() {
        match pre {
            Some((head, off)) => {
                started = true;
                // A one-word capitalised label is an outlet asking ("AFP:"), unless it carries
                // an affiliation ("KLEINSCHMIDT (BMVg):" answers for a ministry).
                let affiliated = p[..*off].contains('(');
                // Once a host is known, a one-word label in capitals is a guest's surname
                // ("LÜDERS-MAHNKE:"), not an outlet asking.
                let is_q = !hearing
                    && (questioner(head)
                        || !is_generic_answer(head)
                            && (ends_with_question(p)
                                || host.is_none()
                                    && !affiliated
                                    && !question_label
                                    && head.split_whitespace().count() == 1
                                    && head
                                        .chars()
                                        .all(|c| c.is_uppercase() || !c.is_alphabetic())
                                    && !short_form(head)));
                if is_q {
                    current = None;
                    turns.push(Turn::Question);
                } else {
                    // "The Chair:" after "The Chair (Mr. Anand Ramaswamy-Lecours):".
                    let speaker = chairs
                        .get(&crate::fold::fold(head))
                        .map_or(*head, String::as_str)
                        .to_string();
                    current = Some(speaker.clone());
                    turns.push(Turn::Answer {
                        speaker,
                        text_start: *off,
                    });
                }
            }
            None if started && bare_questions >= 2 && bare_question[i] => {
                current = None;
                turns.push(Turn::Question);
            }
            // Narrative with quotations of its own ends the exchange ("Die Botschaft sprach
            // von einem „…“"), and so do the interview's credit line and a closing note in
            // brackets ("(Ende: 12.51 Uhr)").
            None if started
                && (p.contains(['«', '“', '„', '"', '»', '”', '‘', '‹', '「'])
                    || is_credit_line(p)
                    || p.trim().starts_with('(') && p.trim().ends_with(')')) =>
            {
                current = None;
                started = false;
                turns.push(Turn::Narrative);
            }
            None if started => match &current {
                Some(s) => turns.push(Turn::Answer {
                    speaker: s.clone(),
                    text_start: 0,
                }),
                None => turns.push(Turn::Question),
            },
            None => turns.push(Turn::Narrative),
        }
    }
    Some(turns)
}

/// Whether the labelled turns are a record of named people speaking: at least three turns by
/// at least three people, nearly every label a name ("Hon. Marguerite Oyelaran-Fortin", "Mrs.
/// Grace Fairweather"), not an outlet or a role.
fn on_the_record(prefixes: &[Option<(&str, usize)>]) -> bool {
    let labels: Vec<&str> = prefixes.iter().flatten().map(|&(h, _)| h).collect();
    let named = labels.iter().filter(|h| name_like(h)).count();
    let mut people: Vec<String> = labels.iter().map(|h| crate::fold::fold(h)).collect();
    people.sort();
    people.dedup();
    labels.len() >= 3 && people.len() >= 3 && 4 * named >= 3 * labels.len()
}

/// Role labels that a first turn glosses with the holder's name in brackets ("The Chair (Mr.
/// Anand Ramaswamy-Lecours):"), folded, with that name: later turns use the role alone.
fn bracketed_holders(paragraphs: &[String]) -> std::collections::HashMap<String, String> {
    let mut holders = std::collections::HashMap::new();
    for p in paragraphs {
        let Some(head) = p.find(':').map(|c| p[..c].trim()) else {
            continue;
        };
        let Some((role, inside)) = head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) else {
            continue;
        };
        let role = role.trim();
        let role_words = role.split_whitespace().count();
        // A role has its article ("The Chair", "La présidente") or is printed in capitals
        // ("MODERATOR"); a name before brackets is its own label.
        let first = role.split_whitespace().next().unwrap_or("");
        let is_role = matches!(first, "The" | "La" | "Le" | "El" | "Der" | "Die")
            || !role.chars().any(char::is_lowercase);
        if (1..=3).contains(&role_words) && is_role && name_like(inside) {
            holders.insert(crate::fold::fold(role), inside.trim().to_string());
        }
    }
    holders
}

/// An interview printed without labels: after an introduction, questions put to the interviewee
/// ("Vous y attendiez-vous ?") alternate with the answers. At least three questions, each
/// followed by an answer, most of them addressing someone, make an interview; the answers are
/// the interviewee's (the empty label).
fn unlabelled(paragraphs: &[String]) -> Option<Vec<Turn>> {
    const YOU: &[&str] = &[
        "vous", "votre", "vos", "tu", "you", "your", "sie", "ihnen", "ihr", "ihre", "usted",
        "ustedes",
    ];
    let is_question = |p: &str| {
        let t = p.trim();
        ends_with_question(t)
            && t.chars().count() <= 400
            && prefix(t).is_none()
            // A dialogue line may ask ("—¿Qué recibe Europa a cambio?"), since nothing follows
            // its question mark; "—¿Y ahora? —preguntó el pescador." is reported dialogue.
            && !t.starts_with(|c: char| super::marks::is_opening_char(c))
    };
    let questions: Vec<usize> = (0..paragraphs.len())
        .filter(|&i| is_question(&paragraphs[i]))
        .collect();
    let first = *questions.first()?;
    let answered = questions
        .iter()
        .filter(|&&i| paragraphs.get(i + 1).is_some_and(|n| !is_question(n)))
        .count();
    let addressing = questions
        .iter()
        .filter(|&&i| {
            crate::fold::fold(&paragraphs[i])
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| YOU.contains(&w))
        })
        .count();
    // A question need not address anyone ("Woran scheitert es diesmal?") when the page says it
    // is an interview: in its introduction ("Ein Gespräch über …") or in a closing credit line.
    let announced = || {
        paragraphs[..first].iter().any(|p| announces_interview(p))
            || paragraphs[first..].iter().any(|p| is_credit_line(p))
    };
    // Spanish addresses the interviewee through the verb ("¿Qué espera?", "¿Le basta?"): a run
    // of questions printed as dialogue lines, each answered by another, is an interview too.
    let dashed = |p: &str| p.trim_start().starts_with(['—', '–']);
    let dashed_exchanges = questions
        .iter()
        .filter(|&&i| {
            dashed(&paragraphs[i])
                && paragraphs
                    .get(i + 1)
                    .is_some_and(|n| dashed(n) && !is_question(n))
        })
        .count();
    // An interview may open on its first question, its introduction left to the standfirst;
    // the questions must then speak to someone.
    let addressed = 2 * addressing >= questions.len() || dashed_exchanges >= 3;
    if answered < 3 || !addressed && (first == 0 || !announced()) {
        return None;
    }
    // Questions printed as dialogue lines ("—¿…?") have answers printed so too: a paragraph
    // without the dash is the narrative closing the interview.
    let dash_interview = dashed(&paragraphs[first]);
    let mut turns = Vec::with_capacity(paragraphs.len());
    let mut over = false;
    for (i, p) in paragraphs.iter().enumerate() {
        over |= i > first && (is_credit_line(p) || dash_interview && !dashed(p));
        turns.push(if i < first || over {
            Turn::Narrative
        } else if is_question(p) {
            Turn::Question
        } else {
            Turn::Answer {
                speaker: String::new(),
                text_start: 0,
            }
        });
    }
    Some(turns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn briefing_turns() {
        let paras: Vec<String> = [
            "The spokesperson held a briefing.",
            "Q: Can you comment on the talks?",
            "Mao Ning: The talks were constructive.",
            "We will release details later.",
            "AFP: What about the sanctions?",
            "Mao Ning: We oppose them.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = detect(&paras).unwrap();
        assert_eq!(t[0], Turn::Narrative);
        assert_eq!(t[1], Turn::Question);
        assert_eq!(
            t[2],
            Turn::Answer {
                speaker: "Mao Ning".into(),
                text_start: 10
            }
        );
        assert_eq!(
            t[3],
            Turn::Answer {
                speaker: "Mao Ning".into(),
                text_start: 0
            }
        );
        assert_eq!(t[4], Turn::Question);
    }

    #[test]
    fn an_answer_opening_with_a_stage_direction_is_still_an_answer() {
        let paras: Vec<String> = [
            "P. ¿Se siente aludida?",
            "R. (Ríe) Me siento aludida, sí.",
            "P. ¿Y China?",
            "R. Creo que no existe el dinero sin condiciones.",
            "L. R.-K. : (Rires.) Non, pas du tout.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = detect(&paras).unwrap();
        let Turn::Answer { text_start, .. } = t[1] else {
            panic!("{:?}", t[1]);
        };
        assert_eq!(&paras[1][text_start..], "Me siento aludida, sí.");
        let Turn::Answer { text_start, .. } = t[4] else {
            panic!("{:?}", t[4]);
        };
        assert_eq!(&paras[4][text_start..], "Non, pas du tout.");
    }

    #[test]
    fn rhetorical_questions_make_no_interview() {
        let paras: Vec<String> = [
            "The talks resumed in Geneva on Monday.",
            "Will the ceasefire hold?",
            "Diplomats are cautious.",
            "Can the mediators keep both sides at the table?",
            "Nobody is sure.",
            "And what happens if the talks fail?",
            "Fighting would resume.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert!(detect(&paras).is_none());
        // French articles ("le", "les") address no one.
        let paras: Vec<String> = [
            "Les pourparlers ont repris lundi à Genève.",
            "Le cessez-le-feu tiendra-t-il ?",
            "Les diplomates restent prudents.",
            "Les médiateurs garderont-ils les deux camps à la table ?",
            "Personne n'en est sûr.",
            "Et que se passera-t-il si le dialogue échoue ?",
            "Les combats reprendraient.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert!(detect(&paras).is_none());
    }

    #[test]
    fn ordinary_articles_are_not_transcripts() {
        let paras: Vec<String> = ["Zelenov said: “We are ready.”", "Nothing else."]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(detect(&paras).is_none());
    }
}
