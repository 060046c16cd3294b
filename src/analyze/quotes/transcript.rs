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
    "question",
    "questions",
    "pregunta",
    "frage",
    "journaliste",
    "journalist",
    "reporter",
    "periodista",
];

/// `Name: rest` with a short capitalised prefix; returns (prefix, offset of rest).
/// Answer labels that name nobody ("Antwort:", "R :"): the answer is the interviewee's.
pub const ANSWER_PREFIXES: &[&str] = &["a", "r", "answer", "reponse", "respuesta", "antwort"];

/// Whether an answer label names nobody (see [`ANSWER_PREFIXES`]).
pub fn is_generic_answer(label: &str) -> bool {
    ANSWER_PREFIXES.contains(&crate::fold::fold(label.trim_end_matches('.')).as_str())
}

fn prefix(p: &str) -> Option<(&str, usize)> {
    let colon = p.find(':')?;
    let head = p[..colon].trim();
    if head.is_empty() || head.chars().count() > 40 || head.split_whitespace().count() > 5 {
        return None;
    }
    if !head.chars().next()?.is_uppercase() {
        return None;
    }
    // Labels are capitalised names ("Mao Ning", "MR. PRICE") or a role with its article
    // ("La porte-parole", "The spokesperson").
    let with_article = head.split_whitespace().count() <= 3
        && matches!(
            head.split_whitespace().next().unwrap_or(""),
            "La" | "Le" | "L'" | "El" | "Der" | "Die" | "The"
        );
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
    let rest = p[colon + 1..].trim_start();
    if rest.is_empty() {
        return None;
    }
    Some((head, p.len() - rest.len()))
}

/// Labels each paragraph when the article is a Q&A transcript; `None` otherwise.
pub fn detect(paragraphs: &[String]) -> Option<Vec<Turn>> {
    let prefixes: Vec<Option<(&str, usize)>> = paragraphs.iter().map(|p| prefix(p)).collect();
    let n = prefixes.iter().flatten().count();
    let questions = prefixes
        .iter()
        .flatten()
        .filter(|(h, _)| QUESTION_PREFIXES.contains(&crate::fold::fold(h).as_str()))
        .count();
    if n < 3 || questions == 0 {
        return None;
    }
    let mut turns = Vec::with_capacity(paragraphs.len());
    let mut current: Option<String> = None;
    let mut started = false;
    for (p, pre) in paragraphs.iter().zip(&prefixes) {
        match pre {
            Some((head, off)) => {
                started = true;
                let is_q = QUESTION_PREFIXES.contains(&crate::fold::fold(head).as_str())
                    || !is_generic_answer(head)
                        && (p.trim_end().ends_with('?')
                            || head.split_whitespace().count() == 1
                                && head.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()));
                if is_q {
                    current = None;
                    turns.push(Turn::Question);
                } else {
                    current = Some(head.to_string());
                    turns.push(Turn::Answer {
                        speaker: head.to_string(),
                        text_start: *off,
                    });
                }
            }
            // Narrative with quotations of its own ends the exchange ("Die Botschaft sprach
            // von einem „…“").
            None if started && p.contains(['«', '“', '„', '"', '»', '”', '‘', '‹', '「']) =>
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
    fn ordinary_articles_are_not_transcripts() {
        let paras: Vec<String> = ["Zelenov said: “We are ready.”", "Nothing else."]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(detect(&paras).is_none());
    }
}
