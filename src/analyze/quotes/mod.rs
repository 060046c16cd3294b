//! Direct quotes and who said them, for French, English, Spanish and German news.
//!
//! The pipeline for one article:
//! 1. [`marks`] finds the top-level quoted spans of each paragraph (every quote-mark style,
//!    nesting, quotes running over several paragraphs, stray marks);
//! 2. [`transcript`] recognises Q&A briefings, and dialogue dashes are split into speech and
//!    speech tags;
//! 3. [`coref`] builds the person registry and resolves names, descriptors and pronouns in reading
//!    order;
//! 4. [`attribution`] reads the speech tag around each span (speech verbs from `data/quotes/`,
//!    "selon X" / "according to X", tags inside the quote) and decides whether a span is speech
//!    at all: a fragment inside the author's sentence must be governed by a speech verb or an
//!    attribution phrase, so titles, names and scare quotes are left out.
//!
//! Everything is a single pass per paragraph plus bounded look-arounds, so time is linear in the
//! input size.

pub mod attribution;
pub mod coref;
pub mod lexicon;
pub mod marks;
mod noun_subject;
mod office_phrases;
pub mod people;
pub mod tokens;
pub mod transcript;

use crate::model::Quote;
use coref::{find_mentions, resolve, Feats, HistEntry, Mention, People, Referent};
use lexicon::{lexicon, Gender, Lang, Lexicon, Pron};
use tokens::{tokenize, Token};

/// Quotes of an article plus the people the extractor recognised (for `entities.people`).
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub people: Vec<String>,
}

/// One analysed paragraph.
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub spans: Vec<marks::Span>,
    /// Indices into `toks` of the word tokens outside quote spans.
    pub words: Vec<usize>,
    /// Byte offsets where sentences start (sorted, first is 0).
    pub sentences: Vec<usize>,
    /// True when the first span continues a quotation from the previous paragraph.
    pub continues: bool,
    pub dialogue: bool,
    /// A question or an answer of an interview or briefing transcript.
    pub in_turn: bool,
}

impl Para<'_> {
    pub fn wtoks(&self) -> Vec<&Token> {
        self.words.iter().map(|&i| &self.toks[i]).collect()
    }
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|&s| s <= pos)
            .saturating_sub(1)
    }
    pub fn sentence_start(&self, pos: usize) -> usize {
        self.sentences[self.sentence_of(pos)]
    }
    pub fn sentence_end(&self, pos: usize) -> usize {
        self.sentences
            .get(self.sentence_of(pos) + 1)
            .copied()
            .unwrap_or(self.text.len())
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sr", "sra", "gen", "lt", "col", "no", "art", "jr", "mme", "mm",
    "vs", "etc", "prof", "gov", "sen", "rep", "dipl", "ing", "nr", "bzw", "vgl", "ca", "approx",
];

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn sentence_starts(text: &str, toks: &[Token], spans: &[marks::Span]) -> Vec<usize> {
    let mut starts = vec![0];
    let in_span = |pos: usize| spans.iter().any(|s| s.open <= pos && pos < s.end);
    let opens_next = |k: usize| -> Option<usize> {
        let n = toks.get(k)?;
        let ok = (n.is_word()
            && (n.cap || n.folded.chars().next().is_some_and(|c| c.is_ascii_digit())))
            || (!n.is_word()
                && (marks::is_opening_char(n.ch) || is_dash(n.ch) || n.ch == '¿' || n.ch == '¡'));
        ok.then_some(n.start)
    };
    for (k, t) in toks.iter().enumerate() {
        if t.is_word() || !matches!(t.ch, '.' | '!' | '?' | '…') {
            continue;
        }
        if spans.len() < 64 && in_span(t.start)
            || spans.len() >= 64
                && spans
                    .binary_search_by(|s| {
                        if s.end <= t.start {
                            std::cmp::Ordering::Less
                        } else if s.open > t.start {
                            std::cmp::Ordering::Greater
                        } else {
                            std::cmp::Ordering::Equal
                        }
                    })
                    .is_ok()
        {
            continue;
        }
        if t.ch == '.' && k > 0 {
            let p = &toks[k - 1];
            if p.is_word()
                && p.end == t.start
                && (ABBREVIATIONS.contains(&p.folded.as_str())
                    || p.folded.chars().count() == 1 && p.cap)
            {
                continue;
            }
        }
        if let Some(s) = opens_next(k + 1) {
            starts.push(s);
        }
    }
    for s in spans {
        let inner = text[s.inner_start..s.inner_end].trim_end();
        if inner.ends_with(['.', '!', '?', '…']) && s.closed {
            let k = toks.partition_point(|t| t.start < s.end);
            if let Some(n) = opens_next(k) {
                starts.push(n);
            }
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// Each paragraph with its quote spans, its words outside them and its sentences: what both
/// passes of [`extract_tokenized`] (and [`debug_mentions`]) read.
fn build_paras<'a>(
    paragraphs: &'a [String],
    toks: &'a [Vec<Token>],
    turns: Option<&[transcript::Turn]>,
    lang: Lang,
) -> Vec<Para<'a>> {
    let scans: Vec<marks::Scan> = paragraphs.iter().map(|p| marks::scan(p)).collect();
    let mut paras: Vec<Para> = Vec::with_capacity(paragraphs.len());
    let mut prev_tail = false;
    for (i, p) in paragraphs.iter().enumerate() {
        let toks = &toks[i][..];
        let in_turn = turns.is_some_and(|t| !matches!(t[i], transcript::Turn::Narrative));
        let first = p.trim_start().chars().next();
        // An interview may print its answers as dialogue lines ("—Recibe un socio…").
        let answer = turns.is_some_and(|t| matches!(t[i], transcript::Turn::Answer { .. }));
        let dialogue = (!in_turn || answer)
            && (first.is_some_and(is_dash) || p.trim_start().starts_with("-- "))
            && lang != Lang::En;
        let starts_with_mark = first.is_some_and(marks::is_opening_char);
        let tail = scans[i].open_tail();
        let keep_tail = tail.is_some_and(|pos| {
            let before = p[..pos].trim_end();
            before.is_empty()
                || before.ends_with(':')
                || paragraphs
                    .get(i + 1)
                    .and_then(|n| n.trim_start().chars().next())
                    .is_some_and(marks::is_opening_char)
        });
        // Quotations inside a question or an answer ("il m'a dit : « … »") are quotes of
        // their own; an open tail there never runs on into the next turn.
        let spans = if dialogue {
            Vec::new()
        } else {
            scans[i].spans(p, keep_tail && !in_turn)
        };
        let continues = prev_tail && starts_with_mark;
        prev_tail = keep_tail && !in_turn && !dialogue;
        let mut words = Vec::with_capacity(toks.len());
        let mut si = 0;
        for (k, t) in toks.iter().enumerate() {
            while si < spans.len() && spans[si].end <= t.start {
                si += 1;
            }
            let inside = si < spans.len() && spans[si].open <= t.start;
            if t.is_word() && !inside {
                words.push(k);
            }
        }
        let sentences = sentence_starts(p, toks, &spans);
        paras.push(Para {
            text: p,
            toks,
            spans,
            words,
            sentences,
            continues,
            dialogue,
            in_turn,
        });
    }
    paras
}

/// Pass 1 of [`extract_tokenized`]: the person registry of the whole article (lead included),
/// with each paragraph's word list and look-ups, kept for pass 2.
fn register_all<'p>(
    paras: &'p [Para],
    toks: &[Vec<Token>],
    lead: &[String],
    headline: Option<&str>,
    turns: Option<&[transcript::Turn]>,
    lang: Lang,
) -> (People, Vec<(Vec<&'p Token>, Feats)>) {
    let lx = lexicon();
    let mut people = People::default();
    people.note_standalone_words(toks, lang, lx);
    if let Some(headline) = headline {
        people.in_headline = register_lead(&[headline.to_string()], lang, lx, &mut people);
    }
    register_lead(lead, lang, lx, &mut people);
    let wlists = paras
        .iter()
        .enumerate()
        .map(|(pi, para)| {
            let w = para.wtoks();
            let ft = Feats::new(para.text, &w, lang);
            let named = register_people(para, &w, &ft, lang, lx, &mut people, pi);
            register_inner_tags(para, lang, lx, &mut people);
            if turns.is_some_and(|t| t[pi] == transcript::Turn::Question) {
                for (id, span) in named {
                    if !vocative(para.text, span) {
                        people.persons[id].asked_about = true;
                    }
                }
            }
            (w, ft)
        })
        .collect();
    people.index_first_namings();
    (people, wlists)
}

/// Extracts the quotes of an article's paragraphs (`language` is an ISO 639-1 code).
pub fn extract(paragraphs: &[String], language: &str) -> Extraction {
    let toks: Vec<Vec<Token>> = paragraphs.iter().map(|p| tokenize(p)).collect();
    extract_tokenized(paragraphs, &toks, &[], "", language)
}

/// [`extract`] over paragraphs already tokenised by [`tokenize`] (`toks[i]` is paragraph `i`), so
/// the entity and topic passes can share one tokenisation with the quote extractor. The people
/// named in `lead` (text outside the body, see [`crate::ingest::Document::lead`]) are known
/// before the body is read; so are those of the `headline`, when it names someone (see
/// [`headline_names_someone`]): an interview that opens on its first question leaves the
/// interviewee's name to it.
pub fn extract_tokenized(
    paragraphs: &[String],
    toks: &[Vec<Token>],
    lead: &[String],
    headline: &str,
    language: &str,
) -> Extraction {
    let lang = Lang::from_code(language);
    let lx = lexicon();
    let turns = transcript::detect(paragraphs);
    let paras = build_paras(paragraphs, toks, turns.as_deref(), lang);

    // Pass 1: the person registry. The word lists and their look-ups are kept for pass 2.
    let headline = headline_names_someone(headline, turns.as_deref(), lx).then_some(headline);
    let (mut people, wlists) = register_all(&paras, toks, lead, headline, turns.as_deref(), lang);

    // Pass 2: mentions in reading order, then quotes.
    let mut history: Vec<HistEntry> = Vec::new();
    let mut state = attribution::State::default();
    let mut quotes = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let (w, ft) = &wlists[pi];
        let mut mentions: Vec<Mention> =
            find_mentions(para.text, w, ft, lang, lx, &mut people, false);
        resolve(
            &mut mentions,
            &people,
            &mut history,
            pi,
            para.text,
            w,
            &para.sentences,
        );
        if let Some(turns) = &turns {
            if let transcript::Turn::Answer {
                speaker,
                text_start,
            } = &turns[pi]
            {
                let id = (!transcript::is_floor_label(speaker))
                    .then(|| answerer(speaker, turns, &people, &history, lang, lx))
                    .flatten()
                    .or_else(|| label_description(&mentions, *text_start))
                    .or_else(|| introduced_caller(speaker, pi, turns, &people, &history, lang, lx));
                // An unresolved label stands as the name ("MR. PRICE"), unless it is a role
                // ("LA PORTE-PAROLE"), which names no one: the mention keeps it.
                // "SENIOR STATE DEPARTMENT OFFICIAL ONE": a numeral tells officials apart.
                let names_no_one = || {
                    transcript::is_generic_answer(speaker)
                        || transcript::is_floor_label(speaker)
                        || speaker
                            .split_whitespace()
                            .map(crate::fold::fold)
                            .rfind(|w| !NUMERALS.contains(&w.as_str()))
                            .is_some_and(|w| lx.is_role_word(&w))
                };
                let name = match id {
                    Some(id) => Some(people.persons[id].name.clone()),
                    None if names_no_one() => None,
                    None => Some(speaker.clone()),
                };
                let text = para.text[*text_start..].trim().to_string();
                if !text.is_empty() && !para.dialogue {
                    quotes.push(Quote {
                        text,
                        speaker: name,
                        mention: (*text_start > 0).then(|| speaker.clone()),
                        verb: None,
                        paragraph: pi,
                        partial: false,
                    });
                }
                // A quotation inside the answer with no tag of its own is the answerer's.
                state.give_floor(
                    id.map_or(Referent::Nobody, Referent::Person),
                    pi,
                    para.dialogue,
                );
            } else if turns[pi] == transcript::Turn::Question {
                // A question quoting the one it is put to ("Vous avez qualifié le sommet de
                // « tournant »", "Escribe que «…»") quotes whoever answers next.
                let next = turns[pi + 1..].iter().find_map(|t| match t {
                    transcript::Turn::Answer { speaker, .. } => Some(speaker),
                    _ => None,
                });
                if let Some(id) =
                    next.and_then(|sp| answerer(sp, turns, &people, &history, lang, lx))
                {
                    state.address(Referent::Person(id), pi);
                }
            }
        }
        if para.in_turn && para.spans.is_empty() && !para.dialogue {
            continue;
        }
        let ctx = attribution::Ctx {
            para,
            words: w,
            mentions: &mentions,
            lang,
            lx,
            people: &people,
            paragraph: pi,
        };
        let mut history_view = HistoryView {
            history: &mut history,
            people: &people,
            paragraph: pi,
        };
        if para.dialogue {
            attribution::dialogue(&ctx, &mut state, &history_view, &mut quotes);
        } else {
            attribution::quotes_of(&ctx, &mut state, &mut history_view, &mut quotes);
        }
        if !para.in_turn {
            attribution::note_lead(&ctx, &mut state);
        }
    }
    let mut names: Vec<String> = people
        .persons
        .iter()
        .filter(|p| p.words.len() >= 2)
        .map(|p| p.name.clone())
        .collect();
    for q in &quotes {
        if let Some(s) = &q.speaker {
            if !names.contains(s) {
                names.push(s.clone());
            }
        }
    }
    Extraction {
        quotes,
        people: names,
    }
}

/// A header line "Moderator: Jonathan R. Achebe-Lindqvist, Deputy Director" gives the name
/// after the colon the role its label says, which a transcript then uses ("MODERATOR:").
fn give_labelled_role(text: &str, mentions: &[Mention], lx: &Lexicon, people: &mut People) {
    let Some(role) = text
        .split_once(':')
        .map(|(label, _)| crate::fold::fold(label.trim()))
        .filter(|l| !l.contains(' ') && lx.is_role_word(l))
    else {
        return;
    };
    let after_label = mentions
        .iter()
        .find(|m| text[..m.start].trim_end().ends_with(':'));
    if let Some(coref::MKind::Name(id)) = after_label.map(|m| &m.kind) {
        people.add_role_noun(*id, &role);
    }
}

/// Whether the headline is read for names: when the body is an interview that opens on its
/// first question (the headline names the interviewee), or when the headline quotes someone or
/// gives someone a role ("Saïda Bouraoui-Lakhdar, la médiatrice qui « … »"). Otherwise a
/// headline is too often a place or a slogan to be read so ("Paso Canoas, la frontera donde …").
fn headline_names_someone(
    headline: &str,
    turns: Option<&[transcript::Turn]>,
    lx: &Lexicon,
) -> bool {
    let opens_on_question =
        turns.is_some_and(|t| t.first().is_some_and(|t| *t != transcript::Turn::Narrative));
    let quotes_or_casts = || {
        headline.contains(coref::QUOTE_MARKS)
            || tokenize(headline)
                .iter()
                .any(|t| t.is_word() && lx.is_role_word(&t.folded))
    };
    !headline.is_empty() && (opens_on_question || quotes_or_casts())
}

/// Registers the people the text outside the body names, with the roles it gives them, and
/// returns who it names, in order. They are not marked as named in any paragraph, so no
/// description in the body is taken to introduce them later.
fn register_lead(lead: &[String], lang: Lang, lx: &Lexicon, people: &mut People) -> Vec<usize> {
    let mut named = Vec::new();
    for text in lead {
        let toks = tokenize(text);
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_word()).collect();
        let ft = Feats::new(text, &words, lang);
        let mentions = find_mentions(text, &words, &ft, lang, lx, people, true);
        give_labelled_role(text, &mentions, lx, people);
        for m in mentions {
            if let coref::MKind::Name(id) = m.kind {
                if !named.contains(&id) {
                    named.push(id);
                }
            }
        }
    }
    named
}

/// Whether the name at byte range `span` addresses its bearer ("Frau Hagedorn, sind Sie …",
/// "Dr Park, good morning"): it opens the text or a clause and a comma or a question mark ends it.
fn vocative(text: &str, (start, end): (usize, usize)) -> bool {
    let before = text[..start].trim_end();
    let opens = before.is_empty() || before.ends_with([',', ':', '—', '–']);
    opens && text[end..].trim_start().starts_with([',', '?', '!'])
}

/// Registers the people named in tags inside quotes ("« …, a assuré le Portugais Duarte
/// Valadares Pinto, micro en main. … »"): the words of a quote are not read for names, but
/// such a tag is the text's, not the speaker's.
fn register_inner_tags(para: &Para, lang: Lang, lx: &Lexicon, people: &mut People) {
    for span in &para.spans {
        if let Some((_, _, _, ws)) = attribution::inner_tag(para, lx, lang, span) {
            let words: Vec<&Token> = ws.iter().map(|&w| &para.toks[w]).collect();
            let ft = Feats::new(para.text, &words, lang);
            find_mentions(para.text, &words, &ft, lang, lx, people, true);
        }
    }
}

/// The first pass over paragraph `paragraph`: registers the people it names, and where each
/// is first named (a description may introduce someone named just after it). Returns who it
/// names, and where.
fn register_people(
    para: &Para,
    words: &[&Token],
    ft: &Feats,
    lang: Lang,
    lx: &Lexicon,
    people: &mut People,
    paragraph: usize,
) -> Vec<(usize, (usize, usize))> {
    let (text, sentences) = (para.text, &para.sentences);
    let mut named = Vec::new();
    let mentions = find_mentions(text, words, ft, lang, lx, people, true);
    for (k, m) in mentions.iter().enumerate() {
        if let coref::MKind::Name(id) = m.kind {
            let as_subject = m.w0 == 0
                || text[words[m.w0 - 1].end..words[m.w0].start].contains(['.', '!', '?'])
                || lx.is_speech_verb(lang, &words[m.w0 - 1].folded);
            let naming = people::Naming {
                as_subject,
                opens_paragraph: m.w0 == 0,
                // "…run by a South Sudanese nurse … her name is Hope Nyabol Chuol": a name
                // announced for someone this paragraph describes is theirs, not an earlier one's.
                announced: coref::naming_cue(text, m)
                    && !mentions[..k].iter().any(|b| {
                        matches!(&b.kind, coref::MKind::Descriptor(d) if !d.definite && !d.plural)
                    }),
            };
            people.note_named(id, paragraph, naming);
            named.push((id, (m.start, m.end)));
            let gender = people.persons[id].gender;
            for office in office_phrases::offices_before(words, m.w0, lang, gender) {
                people.add_role_noun(id, office);
            }
            if as_subject && people.persons[id].gender == Gender::Unknown {
                if let Some(g) = own_pronoun_gender(text, sentences, &mentions, k) {
                    people.persons[id].gender = g;
                }
            }
        }
    }
    named
}

/// The gender of the pronoun that follows the name `mentions[k]` in its sentence with no one
/// else between ("Amara Osei-Whitfield, 49, …, presented her report": it is hers). Appositions
/// in between are the same person ("…, 49, the U.N. rapporteur, …").
fn own_pronoun_gender(
    text: &str,
    sentences: &[usize],
    mentions: &[Mention],
    k: usize,
) -> Option<Gender> {
    let m = &mentions[k];
    let mut end = m.end;
    let next = mentions[k + 1..].iter().find(|n| {
        let gap = text[end..n.start].trim_matches(|c: char| c == ',' || c.is_whitespace());
        let apposed = matches!(n.kind, coref::MKind::Descriptor(_))
            && text[end..n.start].trim_start().starts_with(',')
            && gap.bytes().all(|b| b.is_ascii_digit());
        end = n.end;
        !apposed
    })?;
    let coref::MKind::Pronoun(Pron::Person(g)) = next.kind else {
        return None;
    };
    let sentence = |pos: usize| sentences.partition_point(|&s| s <= pos);
    (sentence(m.start) == sentence(next.start) && !text[m.end..next.start].contains(';'))
        .then_some(g)
}

/// The person an answer's label `speaker` stands for. The label is a name ("Mao Ning"), a short
/// form of one ("Ratu Jone:" for Ratu Jone Vakaloloma), initials ("A. L.-D."), or a role held by
/// a person introduced earlier ("Deputy Spokesperson", "LA PORTE-PAROLE", whose article must
/// agree with that person's gender); a label naming nobody ("R :") is the interviewee's.
fn answerer(
    speaker: &str,
    turns: &[transcript::Turn],
    people: &People,
    history: &[HistEntry],
    lang: Lang,
    lx: &Lexicon,
) -> Option<usize> {
    if transcript::is_generic_answer(speaker) {
        let first_turn = turns
            .iter()
            .position(|t| !matches!(t, transcript::Turn::Narrative))
            .unwrap_or(0);
        return interviewee(history, first_turn, people);
    }
    // "L'ACCUSÉ": the noun after the elided article.
    let last = crate::fold::fold(speaker.split_whitespace().last().unwrap_or(""));
    let last = last.rsplit(['\'', '’']).next().unwrap_or("").to_string();
    let first = crate::fold::fold(speaker.split_whitespace().next().unwrap_or(""));
    let article_gender = lx
        .determiner(lang, &first)
        .map_or(Gender::Unknown, |(_, g, _)| g);
    people
        .lookup(&last)
        .or_else(|| people.persons.iter().position(|p| p.words.contains(&last)))
        .or_else(|| {
            people.persons.iter().position(|p| {
                p.gender.compatible(article_gender)
                    && p.roles
                        .iter()
                        .any(|r| r.split(' ').next_back() == Some(last.as_str()))
            })
        })
        .or_else(|| people.by_initials(speaker))
}

/// A role label with its article that the article gives no one by that role ("LE TÉMOIN :") is
/// read as the description it is, as if it stood in the text: the person its mention (before
/// byte `text_start`) resolved to. Without the article it names no one ("SENIOR OFFICIAL:").
fn label_description(mentions: &[Mention], text_start: usize) -> Option<usize> {
    mentions.iter().find_map(|m| match (&m.kind, m.referent) {
        (coref::MKind::Descriptor(d), Referent::Person(id))
            if d.definite && d.determined && m.end <= text_start =>
        {
            Some(id)
        }
        _ => None,
    })
}

/// Numerals that tell apart speakers labelled by one role ("OFFICIAL ONE", "OFFICIAL 2").
const NUMERALS: &[&str] = &[
    "one", "two", "three", "four", "1", "2", "3", "4", "#1", "#2",
];

/// Who speaks under a one-word role label ("ANRUFERIN:", "CALLER:") right after the host
/// introduced them by name ("Wir haben die erste Anruferin in der Leitung: Gudrun aus
/// Flensburg."): the person of the label's gender first named in the question just before.
fn introduced_caller(
    label: &str,
    paragraph: usize,
    turns: &[transcript::Turn],
    people: &People,
    history: &[HistEntry],
    lang: Lang,
    lx: &Lexicon,
) -> Option<usize> {
    let word = crate::fold::fold(label);
    if word.contains(' ') || paragraph == 0 || turns[paragraph - 1] != transcript::Turn::Question {
        return None;
    }
    let (_, role) = lx.role_at(lang, &[word.as_str()])?;
    history.iter().rev().find_map(|h| match h.referent {
        Referent::Person(id)
            if h.paragraph + 1 == paragraph
                && people.persons[id].first_paragraph + 1 == paragraph
                && people.persons[id].gender.compatible(role.gender) =>
        {
            Some(id)
        }
        _ => None,
    })
}

/// Who answers when an interview's answers name nobody ("Antwort:", or no label at all): the
/// person the paragraph leading into the exchange names ("Nous avons joint Mme X à La Haye."),
/// else the one the introduction (before paragraph `first_turn`) mentions most, or on a tie the
/// one it introduces first. No one the questions ask about is the interviewee.
fn interviewee(history: &[HistEntry], first_turn: usize, people: &People) -> Option<usize> {
    // A one-paragraph introduction is no lead-in: it opens on the interviewee and may end on
    // someone speaking about them ("Son successeur, le général X, le décrit comme …").
    let lead_in = history.iter().rev().find_map(|h| match h.referent {
        Referent::Person(id)
            if first_turn > 1
                && h.paragraph + 1 == first_turn
                && !people.persons[id].asked_about =>
        {
            Some(id)
        }
        _ => None,
    });
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for h in history.iter().filter(|h| h.paragraph < first_turn) {
        if let Referent::Person(id) = h.referent {
            if people.persons[id].asked_about {
                continue;
            }
            match counts.iter_mut().find(|(p, _)| *p == id) {
                Some(c) => c.1 += 1,
                None => counts.push((id, 1)),
            }
        }
    }
    // `max_by_key` keeps the last maximum: reversed, that is the earliest introduced.
    let most = counts.iter().rev().max_by_key(|(_, n)| *n).copied();
    let count_of = |id: usize| counts.iter().find(|(p, _)| *p == id).map_or(0, |c| c.1);
    // "Íñigo Martínez de la Riva: «Somos un escudo…»": the one the headline names, when the
    // introduction speaks of them, whoever else it quotes, or when there is no introduction
    // at all ("Ysaline Mbaye-Keller : « La glace … »" over a first question).
    let headlined = people
        .in_headline
        .iter()
        .copied()
        .find(|&id| (first_turn == 0 || count_of(id) > 0) && !people.persons[id].asked_about);
    if headlined.is_some() {
        return headlined;
    }
    match (lead_in, most) {
        // The lead-in names the interviewee, unless the article opens on someone else and
        // is about them far more: a profile interview ("Rafael Villegas llega a la entrevista
        // …" … "Su principal asesora … asiste a la conversación en silencio" before the answers).
        (Some(l), Some((m, n)))
            if m != l && n >= 2 * count_of(l) && people.persons[m].first_paragraph == 0 =>
        {
            Some(m)
        }
        (Some(l), _) => Some(l),
        (None, most) => most.map(|(id, _)| id),
    }
}

/// Lets attribution resolve pronouns found inside quotes ("…, a-t-il dit, …").
pub(crate) struct HistoryView<'a> {
    pub history: &'a mut Vec<HistEntry>,
    pub people: &'a People,
    pub paragraph: usize,
}

impl HistoryView<'_> {
    pub fn resolve(&mut self, mentions: &mut [Mention]) {
        resolve(
            mentions,
            self.people,
            self.history,
            self.paragraph,
            "",
            &[],
            &[],
        );
    }
}

/// The speaker's canonical name for a resolved referent.
pub(crate) fn speaker_name(people: &People, r: Referent) -> Option<String> {
    match r {
        Referent::Person(id) => Some(people.persons[id].name.clone()),
        _ => None,
    }
}

/// Developer aid: the person registry and each paragraph's resolved mentions, one per line.
#[doc(hidden)]
pub fn debug_mentions(
    paragraphs: &[String],
    lead: &[String],
    headline: &str,
    language: &str,
) -> String {
    use std::fmt::Write;
    let lang = Lang::from_code(language);
    let lx = lexicon();
    let toks: Vec<Vec<Token>> = paragraphs.iter().map(|p| tokenize(p)).collect();
    let turns = transcript::detect(paragraphs);
    let paras = build_paras(paragraphs, &toks, turns.as_deref(), lang);
    let headline = headline_names_someone(headline, turns.as_deref(), lx).then_some(headline);
    let (mut people, wlists) = register_all(&paras, &toks, lead, headline, turns.as_deref(), lang);
    let mut out = String::new();
    for p in &people.persons {
        let _ = writeln!(
            out,
            "PERSON {} g={:?} classes={} roles={:?} nat={:?}",
            p.name, p.gender, p.classes, p.roles, p.nationality
        );
    }
    let mut history = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let (w, ft) = &wlists[pi];
        let p = para.text;
        let mut ms = find_mentions(p, w, ft, lang, lx, &mut people, false);
        resolve(&mut ms, &people, &mut history, pi, p, w, &para.sentences);
        for m in ms {
            let _ = writeln!(
                out,
                "p{pi} {:?} -> {:?} [{}]",
                &p[m.start..m.end],
                m.referent,
                match &m.kind {
                    coref::MKind::Descriptor(d) => format!("{d:?}"),
                    k => format!("{k:?}"),
                }
            );
        }
    }
    out
}
