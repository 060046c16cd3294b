//! Speech tags: who is said to have said a quoted span, and whether the span is speech at all.
//!
//! For each span the rules look, in order, at: a tag inside the quote ("…, a-t-il dit, …"), a tag
//! right after it ("…», a-t-il noté", "…,” said Korolev", "…“, sagte er"), a tag before it in the
//! same sentence ("X a déclaré : «…»", "according to X", "laut X"), and finally continuation (a
//! full quote with no tag keeps the previous quote's speaker). The subject of the tag is a mention
//! from [`super::coref`], already resolved, so "le diplomate russe" or "il" become a person.

use super::coref::{
    after_preposition, gap_is_space, governing_preposition, names_a_source, opens_sentence, MKind,
    Mention, People, Referent,
};
use super::lexicon::{konjunktiv_i, Lang, Lexicon, Pron};
use super::marks::Span;
use super::tokens::Token;
use super::{speaker_name, HistoryView, Para};
use crate::analyze::wordfilter::WordSet;
use crate::model::Quote;
use std::sync::LazyLock;

/// Per-article state carried from quote to quote.
#[derive(Debug, Default)]
pub struct State {
    last: Option<Last>,
    /// Speech tag of a paragraph ending with a colon ("Staatsministerin X erklärte:"), for a
    /// quotation that opens the next paragraph.
    colon_intro: Option<(usize, Tag)>,
    /// The person a paragraph without speech ends on ("X, the deputy envoy, defended the
    /// compromise."), for a whole-paragraph quotation right after it that names nobody.
    narrative_subject: Option<(usize, Tag)>,
    /// The person a transcript's question in this paragraph is put to.
    addressee: Option<(usize, Referent)>,
}

impl State {
    /// Records that `referent` has the floor in `paragraph` (an interview answer), so a
    /// quotation there without a tag of its own is theirs. `dialogue` is set for an answer
    /// printed as a dialogue line ("—Recibe un socio estable…"), which the dialogue reader cuts.
    pub(crate) fn give_floor(&mut self, referent: Referent, paragraph: usize, dialogue: bool) {
        self.last = Some(Last {
            referent,
            paragraph,
            dialogue,
        });
    }

    /// Records that the question in `paragraph` is put to `referent`.
    pub(crate) fn address(&mut self, referent: Referent, paragraph: usize) {
        self.addressee = Some((paragraph, referent));
    }
}

#[derive(Debug, Clone)]
struct Last {
    referent: Referent,
    paragraph: usize,
    dialogue: bool,
}

/// How far (in words or mentions) the rules look back from a quote for its speech tag.
const LOOKBACK: usize = 40;

/// What a paragraph offers the rules.
pub(crate) struct Ctx<'a> {
    pub para: &'a Para<'a>,
    pub words: &'a [&'a Token],
    pub mentions: &'a [Mention],
    pub lang: Lang,
    pub lx: &'static Lexicon,
    pub people: &'a People,
    pub paragraph: usize,
}

/// A speech tag: verb and subject.
#[derive(Debug, Clone)]
struct Tag {
    verb: Option<String>,
    referent: Referent,
    mention: Option<String>,
}

/// Words opening a reported clause after a speech verb ("dijo que", "said that", "sagte,
/// dass"): what the clause names is what was said, not who said it.
pub(crate) const COMPLEMENTISERS: &[&str] = &["que", "qu", "that", "dass"];

const CONJ: &[&str] = &[
    "and", "et", "y", "e", "und", "or", "ou", "o", "oder", "but", "mais", "pero", "aber", "as",
    "sowie",
];

/// Conjunctions that open a contrasting clause with its own subject ("…, tandis que X saluait
/// « … »", "…, while X called it …"): what follows a quote after one of them is no tag of it.
const CONTRAST: &[&str] = &[
    "tandis",
    "whereas",
    "while",
    "whilst",
    "mientras",
    "wahrend",
    // Concessions ("pidió que el embajador “…”, aunque luego matizó: “…”").
    "aunque",
    "although",
    "though",
    "quoique",
    "obwohl",
    "obgleich",
    "wenngleich",
];

/// Cue words before a quoted span that mark a title or a name rather than speech.
const TITLE_CUES: &[&str] = &[
    "strategie",
    "strategy",
    "estrategia",
    "traite",
    "treaty",
    "tratado",
    "vertrag",
    "operation",
    "operacion",
    "programme",
    "program",
    "programa",
    "programm",
    "document",
    "documento",
    "dokument",
    "doctrine",
    "doctrina",
    "doktrin",
    "rapport",
    "report",
    "informe",
    "bericht",
    // Studies, essays and novels: "autora del estudio «La energía que no cobramos»".
    "etude",
    "study",
    "estudio",
    "studie",
    "essai",
    "essay",
    "ensayo",
    "roman",
    "novel",
    "novela",
    "livre",
    "book",
    "libro",
    "buch",
    "film",
    "slogan",
    "hashtag",
    "mot",
    "word",
    "palabra",
    "wort",
    "begriff",
    "terme",
    "term",
    "termino",
    "expression",
    "expresion",
    "ausdruck",
    "formule",
    "formula",
    "so-called",
    "soi-disant",
    "sogenannte",
    "sogenannten",
    "sogenannter",
    "llamada",
    "llamado",
    "denominada",
    "denominado",
    "dite",
    "baptise",
    "baptisee",
    "nomme",
    "nommee",
    "named",
    "dubbed",
    "titled",
    "intitule",
    "intitulee",
    "titulado",
    "titulada",
    "titel",
    "titre",
    "title",
    "hackergruppe",
    // Named groups: "membre du réseau des « Étudiants des îles du Pacifique… »".
    "reseau",
    "network",
    "netzwerk",
    "collectif",
    "association",
    "asociacion",
    "verein",
    "mouvement",
    "movement",
    "movimiento",
    "bewegung",
    "coalition",
    "coalicion",
    "campagne",
    "campaign",
    "campana",
    "kampagne",
    "plateforme",
    "platform",
    "plataforma",
    "groupe",
    "group",
    "grupo",
    "gruppe",
    "fondation",
    "foundation",
    "fundacion",
    "stiftung",
    "projet",
    "project",
    "proyecto",
    "projekt",
    "liste",
    "list",
    "lista",
    "appele",
    "appelee",
    "called",
    "genannt",
    "genannte",
    "denomme",
];

/// First words of quoted names of documents and agreements ("plan d'action global commun",
/// "déclaration de Djeddah").
const TITLE_HEADS: &[&str] = &[
    "declaration",
    "plan",
    "strategie",
    "strategy",
    "estrategia",
    "traite",
    "treaty",
    "tratado",
    "accord",
    "agreement",
    "acuerdo",
    "abkommen",
    "programme",
    "program",
    "programa",
    "operation",
    "operacion",
    "initiative",
    "iniciativa",
    "doctrine",
    "doctrina",
    "loi",
    "law",
    "ley",
    "gesetz",
    "pacte",
    "pact",
    "pacto",
    "convention",
    "convencion",
    "konvention",
    "charte",
    "charter",
    "carta",
    "protocole",
    "protocol",
    "protocolo",
    "protokoll",
    "agenda",
];

/// Relative pronouns that open a clause after a comma ("…, who heads …,", "…, die … leitete,").
static RELATIVES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "who", "whom", "whose", "which", "qui", "que", "dont", "lequel", "laquelle", "quien",
        "quienes", "cual", "der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche",
        "welcher", "welches",
    ])
});

impl Ctx<'_> {
    pub(crate) fn text(&self) -> &str {
        self.para.text
    }

    /// Word-list index range of words lying in [a, b).
    pub(crate) fn word_range(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.words.partition_point(|t| t.start < a);
        let e = self.words.partition_point(|t| t.end <= b);
        (s, e.max(s))
    }

    fn is_verb(&self, w: usize) -> bool {
        let f = self.words[w].folded.as_str();
        // "Egyptian diplomat Nadia Said, who presided …": a capitalised form inside a name is
        // the name.
        if self.words[w].cap
            && self
                .mention_at(w)
                .is_some_and(|m| matches!(m.kind, MKind::Name(_)) && m.w0 < w)
        {
            return false;
        }
        if self.lx.is_speech_verb(self.lang, f) {
            // "Une remarque qui…": after an indefinite article opening the sentence the form is
            // a noun, the subject. (Elsewhere such a noun may still govern a fragment: "eine
            // Erklärung, die von einem „…“ spricht".)
            let opens_with_article = w > 0
                && self.para.sentence_start(self.words[w].start) == self.words[w - 1].start
                && self
                    .lx
                    .determiner(self.lang, &self.words[w - 1].folded)
                    .is_some_and(|(definite, _, _)| !definite);
            return !opens_with_article;
        }
        let next = self.words.get(w + 1).map(|n| n.folded.as_str());
        if self.lx.speech_idiom(self.lang, f, next) {
            return true;
        }
        // "écrivent-ils", "ajoute-t-il": a verb carrying an inverted pronoun.
        if f.contains('-') {
            if let Some(base) = f.split('-').next() {
                return base.len() > 2 && self.lx.is_speech_verb(self.lang, base);
            }
        }
        false
    }

    fn marker_at(&self, w: usize) -> Option<usize> {
        let rest = [
            self.words[w].folded.as_str(),
            self.words.get(w + 1).map_or("", |t| t.folded.as_str()),
        ];
        if let Some(n) = self.lx.attribution_marker(self.lang, &rest) {
            return Some(n);
        }
        // "Pour le négociateur kényan Samuel Otieno, le texte…", "Para el canciller, la
        // sentencia es «…»", "Für die Forscherin ist das „…“": only sentence-initial.
        let opinion_prep = match self.lang {
            Lang::Fr => "pour",
            Lang::Es => "para",
            Lang::De => "fur",
            _ => "",
        };
        if !opinion_prep.is_empty() && rest[0] == opinion_prep && self.words[w].cap {
            // The person may follow a description the lexicon has no role for ("Para el
            // internacionalista Mauricio Brenes Zúñiga, profesor …, el cierre es «…»").
            let m = self.mentions.get(self.first_from(w + 1))?;
            let before = &self.text()[self.words[w].end..m.start];
            let after = self.text()[m.end..].trim_start();
            let closes = after.starts_with(',')
                || self.lang == Lang::De
                    && after
                        .split_whitespace()
                        .next()
                        .is_some_and(|v| matches!(v, "ist" | "sei" | "war" | "bleibt" | "sind"));
            if m.is_personlike() && m.w0 <= w + 3 && !before.contains(',') && closes {
                return Some(1);
            }
        }
        None
    }

    fn mention_starting(&self, w: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.w0 < w);
        self.mentions.get(i).filter(|m| m.w0 == w)
    }

    /// The mention starting at word `w`, or the last of the appositions that follow it ("the
    /// chair, Ghanaian Ambassador Mireille Abankwa, told delegates"): the verb comes after it.
    fn subject_with_appositions(&self, w: usize) -> Option<&Mention> {
        let mut m = self
            .mention_starting(w)
            .or_else(|| self.after_unknown_possessor(w))?;
        // "the commission’s chairperson, Evaristo Nkandu, told": the possessor is not the
        // subject; what it possesses is.
        if let Some(head) = self.possessed_by(m) {
            m = head;
        }
        while let Some(n) = self.mentions.get(self.first_from(m.w1)) {
            if n.w0 != m.w1 || self.text()[m.end..n.start].trim() != "," {
                break;
            }
            // "the co-chair, Norway’s Hilde Marstrander, told": an apposition may be owned.
            let n = self.possessed_by(n).unwrap_or(n);
            if !n.is_personlike() {
                break;
            }
            m = n;
        }
        Some(m)
    }

    /// The mention after a possessor no mention covers ("the team’s leader", "Tuvalu’s
    /// delegate"), at most three words long and within one clause.
    fn after_unknown_possessor(&self, w: usize) -> Option<&Mention> {
        let text = self.text();
        (w + 1..(w + 4).min(self.words.len()))
            .take_while(|&k| !text[self.words[k - 1].end..self.words[k].start].contains(','))
            .find(|&k| {
                self.words[k].folded == "s"
                    && matches!(&text[self.words[k - 1].end..self.words[k].start], "'" | "’")
            })
            .and_then(|k| self.mention_starting(k + 1))
    }

    /// The mention right after `m`'s possessive "’s" ("the commission’s chairperson").
    fn possessed_by(&self, m: &Mention) -> Option<&Mention> {
        let s = self.words.get(m.w1).filter(|w| w.folded == "s")?;
        matches!(&self.text()[m.end..s.start], "'" | "’")
            .then(|| self.mention_starting(m.w1 + 1))
            .flatten()
    }

    /// Mentions are sorted and disjoint: index of the first mention starting at or after `w`.
    fn first_from(&self, w: usize) -> usize {
        self.mentions.partition_point(|m| m.w0 < w)
    }

    fn tag_from(&self, m: Option<&Mention>, verb: Option<usize>) -> Tag {
        Tag {
            verb: verb.map(|v| {
                let t = self.words[v].text(self.text());
                t.split("-t-").next().unwrap_or(t).to_string()
            }),
            referent: m.map_or(Referent::Nobody, |m| m.referent),
            mention: m.map(|m| self.text()[m.start..m.end].to_string()),
        }
    }

    /// The name that is all the text from `from` to a quotation's colon ("… um einen letzten
    /// Satz. Vossberg: „…“ Von Stettenheim: „…“"): a round of answers, each labelled with
    /// its speaker.
    fn name_alone_before_colon(&self, from: usize, open: usize) -> Option<&Mention> {
        let m = self
            .mentions
            .get(self.mentions.partition_point(|m| m.start < from))
            .filter(|m| m.end <= open)?;
        let text = self.text();
        (matches!(m.kind, MKind::Name(_))
            && text[from..m.start].trim().is_empty()
            && text[m.end..open].trim() == ":")
            .then_some(m)
    }

    /// A tag whose subject is a noun phrase naming no person ("le document", "the authority"):
    /// the phrase is its mention and nobody its referent.
    fn tag_from_phrase(&self, phrase: String, verb: usize) -> Tag {
        Tag {
            mention: Some(phrase),
            ..self.tag_from(None, Some(verb))
        }
    }

    /// Subject of the speech verb at word `v`, looking back to `floor` (word index).
    fn subject_before(&self, v: usize, floor: usize) -> Option<&Mention> {
        // "He was followed by Iran's ambassador, X, who spoke of “…”": a relative pronoun
        // right before the verb stands for the person just before its comma, even one a
        // preposition governs.
        if v >= 2
            && v - 1 > floor
            && matches!(
                self.words[v - 1].folded.as_str(),
                "who" | "qui" | "quien" | "welche" | "welcher"
            )
            && self.text()[self.words[v - 2].end..self.words[v - 1].start].trim() == ","
        {
            if let Some(m) = self.mentions[..self.first_from(v - 1)]
                .last()
                .filter(|m| m.w1 == v - 1 && m.is_personlike())
            {
                return Some(m);
            }
        }
        let upto = self.first_from(v + 1);
        for m in self.mentions[..upto].iter().rev().take(LOOKBACK) {
            if m.w1 > v || m.w0 < floor {
                if m.w0 < floor {
                    break;
                }
                continue;
            }
            if after_preposition(self.words, m.w0) && !matches!(m.kind, MKind::Pronoun(_)) {
                continue;
            }
            if self.in_relative_clause(m, v) {
                continue;
            }
            // "the author of the report": an occupation named with "the" is rarely the
            // subject; "a clearing agent who … said" is someone the article leaves unnamed.
            if let MKind::Descriptor(d) = &m.kind {
                // "the 47-year-old" is the subject when it found the person of that age.
                let aged = super::coref::is_age_role(&d.role)
                    && matches!(m.referent, Referent::Person(id)
                        if self.people.persons[id].roles.contains(&d.role));
                if d.class == super::lexicon::class::OTHER && d.definite && !aged {
                    continue;
                }
            }
            if m.is_personlike() || v - m.w1 <= 3 {
                return Some(self.apposition_head(m).unwrap_or(m));
            }
        }
        None
    }

    /// The person an unresolved description in apposition describes ("El ministro, economista
    /// formado en Lovaina, pide …"): the mention right before the comma that opens it.
    fn apposition_head(&self, m: &Mention) -> Option<&Mention> {
        if !matches!(m.kind, MKind::Descriptor(_)) || m.referent != Referent::Unnamed || m.w0 == 0 {
            return None;
        }
        let text = self.text();
        let gap = &text[self.words[m.w0 - 1].end..self.words[m.w0].start];
        let closed = text[self.words[m.w1 - 1].end..]
            .trim_start()
            .starts_with(',');
        if gap.trim() != "," || !closed {
            return None;
        }
        self.mentions
            .iter()
            .find(|h| h.w1 == m.w0 && matches!(h.referent, Referent::Person(_)))
    }

    /// Whether mention `m` lies in a relative clause closed by a comma before the verb at `v`
    /// ("Dr. Henrike Bäumler-Sachs, die die deutsche Delegation leitete, nannte …"): the
    /// clause's noun is not the subject of the speech verb.
    /// `m` ends before `v` (the caller's loop guarantees it).
    fn in_relative_clause(&self, m: &Mention, v: usize) -> bool {
        let text = self.text();
        let comma_before =
            |k: usize| k > 0 && text[self.words[k - 1].end..self.words[k].start].contains(',');
        if !(m.w1..=v).any(comma_before) {
            return false;
        }
        // The clause opens at a relative pronoun right after a comma, with no comma between it
        // and the mention.
        let mut k = m.w0;
        // "X, the Antiguan diplomat who chairs the Alliance, said": a relative pronoun inside
        // the apposition opens the clause too.
        let mut relative_inside = false;
        loop {
            if comma_before(k) {
                // A clause that is only the mention is an apposition ("…, die polnische
                // Außenministerin Bogdana Kowalczyk-Wrona, sprach"): a relative clause has its
                // verb, before the mention ("que encabezó la delegación española,") or after it
                // ("die die deutsche Delegation leitete,").
                return (RELATIVES.contains(&self.words[k].folded) || relative_inside)
                    && (k < m.w0 || !comma_before(m.w1));
            }
            relative_inside |= k < m.w0
                && matches!(
                    self.words[k].folded.as_str(),
                    "who" | "whose" | "quien" | "qui"
                );
            if k == 0 || m.w0 - k >= 16 {
                return false;
            }
            k -= 1;
        }
    }

    fn subject_after(&self, v: usize, limit: usize) -> Option<&Mention> {
        // "Dijo que el cónsul había participado en «…»", "said that Tokyo would …": past the
        // complementiser is the reported clause, whose subject is not the speaker. Only "it"
        // or "they" right after it echoes a subject that is no person ("Alnoor Air, the
        // carrier that …, said that it was ‘…’").
        let comp = (v + 1..limit).find(|&k| {
            let f = self.words[k].folded.as_str();
            COMPLEMENTISERS.contains(&f) || matches!(f, "ob" | "whether")
        });
        if let Some(k) = comp {
            if let Some(m) = self
                .mention_starting(k + 1)
                .filter(|m| matches!(m.kind, MKind::Pronoun(Pron::Impersonal | Pron::Plural)))
            {
                return Some(m);
            }
        }
        let limit = comp.unwrap_or(limit);
        let from = self.first_from(v + 1);
        let candidates = || self.mentions[from..].iter().take_while(|m| m.w0 < limit);
        let subject = |m: &Mention, pronoun_after_preposition: bool| {
            // "…para América Latina y el Caribe, X": what a conjunction adds is no subject.
            let coordinated = m.w0 > 0
                && CONJ.contains(&self.words[m.w0 - 1].folded.as_str())
                && !matches!(m.kind, MKind::Pronoun(_));
            !coordinated
                && (!after_preposition(self.words, m.w0)
                    || pronoun_after_preposition && matches!(m.kind, MKind::Pronoun(_)))
        };
        // A name past an adverbial with a pronoun in it ("énumère à côté d'elle Aminata
        // Diop") is the subject; the pronoun is where she stands.
        let named = candidates()
            .position(|m| subject(m, false))
            .filter(|&k| matches!(self.mentions[from + k].kind, MKind::Name(_)));
        let mut k = from + named.or_else(|| candidates().position(|m| subject(m, true)))?;
        // "said the ministry’s chief of protocol, NAME": the possessor is not the subject;
        // what it possesses is.
        if let Some(head) = self.possessed_by(&self.mentions[k]) {
            k = self.first_from(head.w0);
        }
        Some(self.named_in_apposition(k))
    }

    /// Mention `k`, or the name set right after it when it is a description ("le chef de la
    /// délégation, l'ambassadeur X"): the name says who the description is, even one the
    /// article took for someone else ("said the official, Deputy Interior Minister Rasa
    /// Valančiūtė").
    fn named_in_apposition(&self, k: usize) -> &Mention {
        let m = &self.mentions[k];
        let apposed = self.mentions.get(k + 1).filter(|n| {
            matches!(m.kind, MKind::Descriptor(_))
                && n.w0 == m.w1
                && matches!(n.kind, MKind::Name(_))
                && matches!(n.referent, Referent::Person(_))
                && self.text()[m.end..n.start].trim() == ","
        });
        apposed.unwrap_or(m)
    }

    /// A tag right after the span: "», a-t-il noté", ",” the spokesperson said", "“, sagte er".
    fn after_tag(&self, span: &Span, next_open: usize) -> Option<Tag> {
        let text = self.text();
        let rest = text[span.end..].trim_start();
        let first = rest.chars().next()?;
        let inner = text[span.inner_start..span.inner_end].trim_end();
        let ended = inner.ends_with(['.', '!', '?', '…']);
        let ok = first == ','
            || is_dash(first)
            || first.is_lowercase()
            || (first.is_uppercase() && !ended);
        if !ok {
            return None;
        }
        // "“…” y advirtió: “…”" starts a new clause; it is not a tag of this quote.
        let first_word = self.words.get(self.word_range(span.end, text.len()).0);
        if first != ',' && first_word.is_some_and(|w| CONJ.contains(&w.folded.as_str()))
            || first_word.is_some_and(|w| CONTRAST.contains(&w.folded.as_str()))
        {
            return None;
        }
        let limit_pos = next_open.min(
            self.para.sentence_end(
                span.end
                    .min(text.len().saturating_sub(1))
                    .max(span.inner_end),
            ),
        );
        let (s, e) = self.word_range(span.end, limit_pos.max(span.end));
        let e = e.min(s + 14);
        // A name set off by a comma opens a long apposition ("“…,” Hessa Al-Sowaidi, Qatar’s
        // minister of state for foreign affairs, told reporters"): the verb comes after it.
        // "“…”, as Tuvalu’s delegate, Fetu Ioane Lauti, put it".
        let after_as = self.words.get(s).is_some_and(|w| w.folded == "as");
        let subject = self.subject_with_appositions(s).or_else(|| {
            after_as
                .then(|| self.subject_with_appositions(s + 1))
                .flatten()
        });
        let window = subject.map_or(s + 6, |m| {
            let apposed = matches!(m.kind, MKind::Name(_))
                && self.text()[m.end..].trim_start().starts_with(',');
            if apposed {
                e
            } else {
                (s + 6).max(m.w1 + 2)
            }
        });
        // German "…“, so Amherd (weiter)": "so" + the source right after the quote's comma.
        if first == ',' && matches!(self.lang, Lang::De | Lang::Other) {
            if let Some(m) = self
                .words
                .get(s)
                .filter(|w| w.folded == "so")
                .and_then(|_| self.mention_starting(s + 1))
                .filter(|m| m.is_personlike())
            {
                return Some(self.tag_from(Some(m), None));
            }
        }
        for v in s..e.min(window) {
            if let Some(n) = self.marker_at(v) {
                let m = self
                    .mentions
                    .get(self.first_from(v + n))
                    .filter(|m| m.w1 <= e.max(v + n + 8));
                return Some(self.tag_from(m, None));
            }
            if self.is_verb(v) {
                // Inverted pronoun in the verb token itself ("écrivent-ils").
                if let Some(m) = self
                    .mention_starting(v)
                    .filter(|m| matches!(m.kind, MKind::Pronoun(_)))
                {
                    return Some(self.tag_from(Some(m), Some(v)));
                }
                // "«…», dijo, en alusión al tratado que la Argentina y el Uruguay firmaron": past
                // a comma, a place or body is in another clause, not the verb's subject.
                let m = self.subject_before(v, s).or_else(|| {
                    self.subject_after(v, e).filter(|m| {
                        m.is_personlike() || !text[self.words[v].end..m.start].contains(',')
                    })
                });
                if m.is_none() {
                    if let Some(np) = self.noun_subject(v, s, e, true) {
                        return Some(self.tag_from_phrase(np, v));
                    }
                }
                return Some(self.tag_from(m, Some(v)));
            }
            // Stop at a clause boundary inside the region.
            if v > s && text[self.words[v - 1].end..self.words[v].start].contains([';', ':']) {
                break;
            }
        }
        None
    }

    /// A tag after the last comma of the span's sentence: "…, Minister X told reporters."
    fn final_tag(&self, span: &Span) -> Option<Tag> {
        let text = self.text();
        let (a, b) = self.word_range(span.end, self.para.sentence_end(span.open));
        let a = a.max(b.saturating_sub(16));
        let c = (a + 1..b).rev().find(|&k| {
            let gap = &text[self.words[k - 1].end..self.words[k].start];
            gap.trim() == ","
        })?;
        let v = (c..b.min(c + 10)).find(|&v| self.is_verb(v))?;
        // The subject comes after a verb right after the comma (", sagte X weiter").
        let m = self
            .subject_before(v, c)
            .or_else(|| (v == c).then(|| self.subject_after(v, b)).flatten())
            .filter(|m| matches!(m.referent, Referent::Person(_) | Referent::Unnamed))?;
        Some(self.tag_from(Some(m), Some(v)))
    }

    /// A tag before the span in the same sentence: verb or attribution marker.
    fn before_tag(&self, from: usize, span: &Span) -> Option<Tag> {
        let (s, e) = self.word_range(from, span.open);
        let s = s.max(e.saturating_sub(LOOKBACK));
        let sent_floor = self
            .word_range(self.para.sentence_start(span.open), span.open)
            .0;
        let mut best: Option<(usize, bool, usize)> = None; // (word, is_marker, len)
        let mut marker_seen = false;
        for w in s..e {
            if let Some(n) = self.marker_at(w) {
                marker_seen = true;
                best = Some((w, true, n));
            } else if self.is_verb(w) {
                best = Some((w, false, 1));
            }
        }
        let (w, is_marker, n) = best?;
        if is_marker {
            let m = self.mentions.get(self.first_from(w + n));
            return Some(self.tag_from(m, None));
        }
        if let Some(m) = self
            .mention_starting(w)
            .filter(|m| matches!(m.kind, MKind::Pronoun(_)))
        {
            return Some(self.tag_from(Some(m), Some(w)));
        }
        // "He named the ports …, he said, …, and added: «…»": a verb coordinated with the
        // sentence's first clause shares its subject, the first person the sentence names.
        if w > sent_floor
            && matches!(
                self.words[w - 1].folded.as_str(),
                "and" | "et" | "y" | "und"
            )
            && gap_is_space(self.text(), self.words[w - 1], self.words[w])
        {
            let first = self.mentions.iter().find(|m| {
                m.w0 >= sent_floor
                    && m.w1 < w
                    && m.is_personlike()
                    && !after_preposition(self.words, m.w0)
            });
            if let Some(m) = first.filter(|m| m.referent != Referent::Nobody) {
                return Some(self.tag_from(Some(m), Some(w)));
            }
            // "the Department … said …, and urged ‘…’": the first verb's subject names a body.
            if first.is_none() {
                let v0 = (sent_floor..w).find(|&v| self.is_verb(v));
                if let Some(np) = v0.and_then(|v| self.noun_subject(v, sent_floor, e, false)) {
                    return Some(self.tag_from_phrase(np, w));
                }
            }
        }
        let before = self.subject_before(w, sent_floor);
        // What follows the verb is its object ("calificó el informe de «…»"), unless a person
        // stands there in a German inverted clause ("Den Bericht nannte Müller „…“").
        let person_after = || {
            self.inverted_pronoun(w).is_some()
                || self.subject_after(w, e).is_some_and(|m| m.is_personlike())
        };
        // "Pour X, le texte corrige « … »": the source named first holds the view.
        if before.is_none() && !marker_seen && !person_after() {
            if let Some(np) = self
                .noun_subject(w, sent_floor, e, false)
                .or_else(|| self.subject_of_report(w, sent_floor))
            {
                return Some(self.tag_from_phrase(np, w));
            }
        }
        // "Auf die Frage, ob …, reagierte Okonjo-Brandt gereizt": a German verb opening the
        // main clause after a comma has its subject right after it.
        let inverted = self.lang == Lang::De
            && w > 0
            && self.text()[self.words[w - 1].end..self.words[w].start].contains(',');
        let named_before = before.is_some_and(|m| matches!(m.kind, MKind::Name(_)));
        let m = inverted
            .then(|| {
                self.mention_starting(w + 1).filter(|m| match &m.kind {
                    MKind::Name(_) => !named_before,
                    // "Das Urteil im Fall Kavalenka erschwere nichts, betonte eine Sprecherin":
                    // a described subject after the verb outranks a name in the reported clause.
                    MKind::Descriptor(d) => !d.plural,
                    _ => false,
                })
            })
            .flatten()
            .or(before.filter(|m| m.is_personlike()))
            .or_else(|| self.inverted_pronoun(w))
            .or(before)
            // "Según dijo, Asunción recibió «…»": past the comma closing "as she said" the
            // verb's clause is over; a place or body there is the next clause's subject.
            .or_else(|| {
                let closed = w > 0
                    && matches!(
                        self.words[w - 1].folded.as_str(),
                        "segun" | "selon" | "laut" | "como" | "comme" | "wie" | "as"
                    )
                    && self
                        .words
                        .get(w + 1)
                        .is_some_and(|n| self.text()[self.words[w].end..n.start].contains(','));
                self.subject_after(w, e)
                    .filter(|m| !closed || m.is_personlike())
            });
        // Talking about something names it more often than it quotes anyone ("On parle
        // désormais de « guerre de l'eau »"): such verbs tag a quote only with a person.
        let talks_about = ["parl", "habl"]
            .iter()
            .any(|stem| self.words[w].folded.starts_with(stem));
        let a_person = match m {
            Some(m) => {
                matches!(
                    m.kind,
                    MKind::Name(_)
                        | MKind::Pronoun(Pron::Person(_) | Pron::Latter(_) | Pron::Former(_))
                ) || matches!(&m.kind, MKind::Descriptor(d) if !d.plural)
            }
            // A subject we cannot read ("tout le monde parle de", "una ONG habla de") is no
            // dropped one: that follows a comma ("Restrepo Ocampo, por su parte, habló de").
            None => opens_clause(self, w),
        };
        if talks_about && !a_person {
            return None;
        }
        Some(self.tag_from(m, Some(w)))
    }

    /// A personal pronoun right after the verb at `v`, the subject of an inverted clause
    /// ("Auf die Frage, ob Österreich …, antwortete sie"): it wins over a place or body named
    /// earlier in the sentence, though not over a person ("Er fragte sie").
    fn inverted_pronoun(&self, v: usize) -> Option<&Mention> {
        self.mention_starting(v + 1).filter(|m| {
            matches!(
                m.kind,
                MKind::Pronoun(Pron::Person(_) | Pron::Latter(_) | Pron::Former(_))
            )
        })
    }
}

/// Whether the words of `from..to` speak to someone ("vous", "you", "usted", formal "Sie").
fn addressed_in(ctx: &Ctx, from: usize, to: usize) -> bool {
    let (a, b) = ctx.word_range(from, to);
    ctx.words[a..b].iter().enumerate().any(|(k, w)| {
        matches!(w.folded.as_str(), "vous" | "you" | "usted" | "ustedes" | "tu")
            // German "Sie" is the polite "you" inside a sentence, "she" or "they" opening one.
            || k > 0 && w.folded == "sie" && w.cap
    })
}

/// Whether the last speech verb of `from..to` has no subject before it: it opens the sentence,
/// follows a turn label ("P. Escribe que «…»") or punctuation ("En el libro, escribe que").
fn subject_dropped(ctx: &Ctx, from: usize, to: usize) -> bool {
    let (a, b) = ctx.word_range(from, to);
    let Some(v) = (a..b).rev().find(|&w| ctx.is_verb(w)) else {
        return false;
    };
    // A participle after a comma ("The ministry responded, calling it …", "…, calificándolo
    // de …", "…, en qualifiant …") shares the subject of the clause before it.
    let f = ctx.words[v].folded.as_str();
    let participle = v > a
        && (["ing", "ando", "iendo"].iter().any(|x| f.ends_with(x))
            || ctx.words[v - 1].folded == "en" && f.ends_with("ant"));
    v == a || opens_clause(ctx, v) && !participle
}

/// Whether word `w` opens the paragraph or follows punctuation: no subject stands before it.
fn opens_clause(ctx: &Ctx, w: usize) -> bool {
    w == 0 || {
        let gap = &ctx.text()[ctx.words[w - 1].end..ctx.words[w].start];
        gap.contains([',', '.', ':', ';'])
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn title_like(text: &str, lang: Lang) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .collect();
    // Names and titles open with a capital ("Global Gateway"); "no es el Consejo de Seguridad"
    // is speech.
    if words.is_empty()
        || lang == Lang::De
        || words[0].chars().next().is_some_and(char::is_lowercase)
    {
        return false;
    }
    let content: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    !content.is_empty()
        && content.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && words.len() <= 8
}

fn preceded_by_title_cue(ctx: &Ctx, span: &Span) -> bool {
    let inner = &ctx.text()[span.inner_start..span.inner_end];
    let first = inner
        .split_whitespace()
        .next()
        .map(crate::fold::fold)
        .unwrap_or_default();
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    if TITLE_HEADS.contains(&first) && inner.split_whitespace().count() <= 6 {
        return true;
    }
    let (_, e) = ctx.word_range(0, span.open);
    // Walk back over at most three words joined by spaces: "la stratégie « … »",
    // "la liste ukrainienne des « … »".
    let mut end = span.open;
    for k in 0..3 {
        let Some(t) = e.checked_sub(k + 1).map(|i| ctx.words[i]) else {
            break;
        };
        if !ctx.text()[t.end..end]
            .trim()
            .trim_matches(['\'', '’'])
            .is_empty()
        {
            break;
        }
        end = t.start;
        if TITLE_CUES.contains(&t.folded.as_str()) {
            // Naming verbs count only right before the mark ("called ‘X’", not "called the
            // vote ‘a serious mistake’").
            let naming = matches!(
                t.folded.as_str(),
                "called"
                    | "appele"
                    | "appelee"
                    | "genannt"
                    | "genannte"
                    | "llamado"
                    | "llamada"
                    | "named"
                    | "dubbed"
                    | "denomme"
                    | "denominado"
                    | "denominada"
            );
            // Names of documents are capitalised ("la stratégie « Global Gateway »"); after
            // "le document" a lowercase fragment is still reported speech.
            let lexical = matches!(
                t.folded.as_str(),
                "liste"
                    | "list"
                    | "lista"
                    | "mot"
                    | "word"
                    | "palabra"
                    | "wort"
                    | "begriff"
                    | "terme"
                    | "term"
                    | "termino"
                    | "expression"
                    | "expresion"
                    | "ausdruck"
                    | "formule"
                    | "formula"
                    | "so-called"
                    | "soi-disant"
                    | "sogenannte"
                    | "sogenannten"
                    | "sogenannter"
                    | "dite"
                    | "slogan"
                    | "hashtag"
            );
            let capitalised = inner
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            if (!naming || k == 0) && (naming || lexical || capitalised) {
                return true;
            }
        }
        if t.cap || ctx.lx.is_speech_verb(ctx.lang, &t.folded) {
            break;
        }
    }
    // "formally known as", "connu sous le nom de"
    let before = ctx.text()[..span.open].trim_end();
    let tail: String = before
        .chars()
        .rev()
        .take(30)
        .collect::<String>()
        .chars()
        .rev()
        .collect();
    let tail = crate::fold::fold(&tail);
    // "we call it the “…”" gives a name; "called it ‘a line in the sand’" judges.
    const NAMING_TAILS: &[&str] = &[
        "known as",
        "nom de",
        "acronyme anglais",
        "so-called",
        "call it the",
        "calls it the",
        "called it the",
    ];
    NAMING_TAILS.iter().any(|t| tail.ends_with(t))
}

/// Finds "…, a-t-il dit, …" / "…, he said, …" inside a span: returns (comma offset, tag words
/// start index into `toks`, end offset of the tag incl. its closing punctuation).
pub(crate) fn inner_tag(
    para: &Para,
    lx: &Lexicon,
    lang: Lang,
    span: &Span,
) -> Option<(usize, usize, usize, Vec<usize>)> {
    let toks = &para.toks;
    let a = toks.partition_point(|t| t.start < span.inner_start);
    let b = toks.partition_point(|t| t.end <= span.inner_end);
    let mut k = a;
    while k < b {
        let t = &toks[k];
        if !t.is_word() && t.ch == ',' {
            let mut j = k + 1;
            let mut ws = Vec::new();
            // "…, a reconnu la Norvégienne lors d'une table ronde. …": a tag may run on with
            // a circumstance, elisions included, when it opens on its verb and subject.
            while j < b && ws.len() < 13 {
                if toks[j].is_word() {
                    ws.push(j);
                } else if !(ws.len() >= 3
                    && matches!(toks[j].ch, '\'' | '’')
                    && toks.get(j + 1).is_some_and(|n| n.is_word()))
                {
                    break;
                }
                j += 1;
            }
            if !ws.is_empty()
                && j < b
                && !toks[j].is_word()
                && matches!(toks[j].ch, ',' | '.')
                && j + 1 < b
            {
                let has_verb = ws.iter().any(|&w| {
                    let f = toks[w].folded.as_str();
                    lx.is_speech_verb(lang, f)
                        || f.contains('-')
                            && f.split('-')
                                .next()
                                .is_some_and(|x| x.len() > 2 && lx.is_speech_verb(lang, x))
                });
                let has_subject = ws.iter().any(|&w| {
                    let f = toks[w].folded.as_str();
                    lx.pronoun(lang, f)
                        .is_some_and(|p| matches!(p, Pron::Person(_) | Pron::Plural))
                        || f.ends_with("-il")
                        || f.ends_with("-elle")
                        || f.ends_with("-ils")
                        || f.ends_with("-elles")
                        || toks[w].cap
                });
                let first = toks[ws[0]].folded.as_str();
                let first_ok = lx.is_speech_verb(lang, first)
                    || first.contains('-')
                    || matches!(first, "a" | "has" | "had" | "hat" | "ha" | "habe")
                    || lx.pronoun(lang, first).is_some()
                    || toks[ws[0]].cap;
                let long_ok = || {
                    let verb_at = ws
                        .iter()
                        .take(3)
                        .position(|&w| lx.is_speech_verb(lang, &toks[w].folded));
                    verb_at.is_some_and(|v| {
                        ws[v + 1..]
                            .iter()
                            .take(3)
                            .any(|&w| toks[w].cap || lx.pronoun(lang, &toks[w].folded).is_some())
                    }) && ws.len() <= 12
                };
                if has_verb && has_subject && first_ok && (ws.len() <= 6 || long_ok()) {
                    return Some((t.start, toks[j].end, j, ws));
                }
            }
        }
        k += 1;
    }
    None
}

fn push(out: &mut Vec<Quote>, ctx: &Ctx, range: (usize, usize), tag: &Tag, partial: bool) {
    let text = ctx.text()[range.0..range.1]
        .trim()
        .trim_end_matches([',', ';', ':'])
        .trim()
        .to_string();
    if text.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
        return;
    }
    out.push(Quote {
        text,
        speaker: speaker_name(ctx.people, tag.referent),
        mention: tag.mention.clone(),
        verb: tag.verb.clone(),
        paragraph: ctx.paragraph,
        partial,
    });
}

/// Quotes of an ordinary paragraph.
pub(crate) fn quotes_of(
    ctx: &Ctx,
    state: &mut State,
    hist: &mut HistoryView,
    out: &mut Vec<Quote>,
) {
    let spans = &ctx.para.spans;
    let text = ctx.text();
    // (sentence idx, tag) of the last quote.
    let mut prev_in_sentence: Option<(usize, Tag)> = None;
    // End of the last span taken as speech: a quoted title in between ("autora del estudio
    // «La energía que no cobramos», … «…»") does not hide who the sentence introduced.
    let mut spoken_until = 0;
    for (si, span) in spans.iter().enumerate() {
        let next_open = spans.get(si + 1).map_or(text.len(), |n| n.open);
        let sentence = ctx.para.sentence_of(span.open);
        let sent_start = ctx.para.sentence_start(span.open);
        // Bounded look-backs keep a huge one-sentence paragraph linear.
        let (ws, we) = ctx.word_range(sent_start, span.open);
        let after_colon = text[..span.open].trim_end().ends_with(':');
        let at_start = ws == we
            && !text[sent_start..span.open]
                .chars()
                .take(64)
                .any(char::is_alphanumeric);
        let continuation = si == 0 && ctx.para.continues;
        let full = at_start || after_colon;
        let prev_same = prev_in_sentence.as_ref().filter(|(s, _)| *s == sentence);
        let region_from = match (prev_same, si) {
            (Some(_), s) if s > 0 => spans[s - 1].end,
            _ => sent_start,
        };

        // 1. A tag inside the quote splits it in two.
        if let Some((comma, tag_end, _, ws)) = inner_tag(ctx.para, ctx.lx, ctx.lang, span) {
            // Only pronouns and known names can be the subject of such a short tag.
            let mut ms: Vec<Mention> = Vec::new();
            for (k, &w) in ws.iter().enumerate() {
                let t = &ctx.para.toks[w];
                let f = t.folded.as_str();
                let suffix = f.rsplit('-').next().unwrap_or(f);
                let kind = if let Some(p) = ctx.lx.pronoun(ctx.lang, f).or_else(|| {
                    (f.contains('-'))
                        .then(|| ctx.lx.pronoun(Lang::Fr, suffix))
                        .flatten()
                }) {
                    MKind::Pronoun(p)
                } else if let Some(id) = t.cap.then(|| ctx.people.lookup(f)).flatten() {
                    MKind::Name(id)
                } else {
                    continue;
                };
                ms.push(Mention {
                    start: t.start,
                    end: t.end,
                    w0: k,
                    w1: k + 1,
                    kind,
                    referent: Referent::Nobody,
                });
            }
            hist.resolve(&mut ms);
            let subj = ms.iter().find(|m| m.is_personlike());
            let verb = ws.iter().find(|&&w| {
                let f = ctx.para.toks[w].folded.as_str();
                ctx.lx.is_speech_verb(ctx.lang, f)
            });
            let tag = Tag {
                verb: verb.map(|&w| ctx.para.toks[w].text(text).to_string()),
                referent: subj.map_or(Referent::Nobody, |m| m.referent),
                mention: subj.map(|m| text[m.start..m.end].to_string()),
            };
            push(
                out,
                ctx,
                (span.inner_start, comma),
                &tag,
                !full && !continuation,
            );
            push(out, ctx, (tag_end, span.inner_end), &tag, false);
            spoken_until = span.end;
            state.last = Some(Last {
                referent: tag.referent,
                paragraph: ctx.paragraph,
                dialogue: false,
            });
            prev_in_sentence = Some((ctx.para.sentence_of(span.end.saturating_sub(1)), tag));
            continue;
        }

        let inner = &text[span.inner_start..span.inner_end];
        // 2. Tag after, 3. tag before, 4. continuation.
        let mut tag = ctx.after_tag(span, next_open);
        if let Some(t) = tag.as_mut() {
            if !full {
                if let Some(other) = topic_not_speaker(ctx, hist, span, t) {
                    t.referent = other;
                }
            }
        }
        if tag.is_none() {
            let conj_inherit = prev_same.is_some() && {
                let (s, e) = ctx.word_range(region_from, span.open);
                let between = text[region_from..span.open].trim();
                let contrast = e > s && CONTRAST.contains(&ctx.words[s].folded.as_str());
                // "…“a bloc-based approach”, and the spokesman, Liang Wenjun, said …“…”": a
                // name in between brings its own tag.
                let named = ctx.mentions.iter().any(|m| {
                    matches!(m.kind, MKind::Name(_)) && m.start >= region_from && m.end <= span.open
                });
                !contrast
                    && !named
                    && (e == s
                        || between.starts_with(',')
                        || CONJ.contains(&ctx.words[s].folded.as_str()))
            };
            if conj_inherit {
                tag = prev_same.map(|(_, t)| t.clone());
            } else if let Some(m) = after_colon
                .then(|| ctx.name_alone_before_colon(region_from, span.open))
                .flatten()
            {
                tag = Some(ctx.tag_from(Some(m), None));
            } else if !continuation {
                tag = ctx.before_tag(region_from, span);
                if tag.is_none() && region_from != sent_start {
                    tag = ctx.before_tag(sent_start, span);
                }
            }
        }
        // In a question, "vous avez déclaré", "you told us", "Escribe que" (no subject) quote
        // the person the question is put to.
        if let Some((_, to)) = state.addressee.filter(|(p, _)| *p == ctx.paragraph) {
            if let Some(t) = tag.as_mut() {
                // The questioner's own label ("FETU-KINGSLEY: You wrote … that …") is no subject.
                let labelled = t.mention.as_deref().is_some_and(|m| {
                    ctx.text()
                        .trim_start()
                        .strip_prefix(m)
                        .is_some_and(|r| r.trim_start().starts_with(':'))
                });
                if (t.mention.is_none() || labelled)
                    && (addressed_in(ctx, sent_start, span.open)
                        || t.verb.is_some() && subject_dropped(ctx, sent_start, span.open))
                {
                    t.referent = to;
                }
            }
        }
        // A verb without an expressed subject (Spanish "subrayó", a dropped subject) refers to
        // the person the paragraph is about: the last person mentioned before the quote.
        if let Some(t) = tag.as_mut() {
            if t.mention.is_none() && t.verb.is_some() && t.referent == Referent::Nobody {
                t.referent = recent_person(ctx, hist, span.open);
            }
        }
        let partial = !full && !continuation;
        // A tag closing the sentence: "The treaty is “purely defensive”, X told TASS." It also
        // names who the German subjunctive reports ("Sein Amtskollege habe ihm „…“ zugesichert,
        // dass …, sagte X weiter").
        if tag.is_none() && partial {
            tag = ctx.final_tag(span);
        }
        // German reported speech in the subjunctive ("Russland habe „…“ entzogen", "dass es
        // „…“ stehe") goes on quoting the person the paragraph has been reporting ("X kündigte
        // an, … Ihr Ziel sei ein Abkommen „…“", "Laut X will …"), else the speaker of the
        // previous quote.
        if tag.is_none() && partial && ctx.lang == Lang::De {
            // A source the paragraph names ("Laut Al-Hamadi will …") outranks the people its
            // sentences merely mention ("… die Ministerin in den Ausschuss laden").
            let before = &ctx.mentions[..ctx.mentions.partition_point(|m| m.end <= span.open)];
            let person = |m: &&Mention| matches!(m.referent, Referent::Person(_));
            let reported = before
                .iter()
                .rev()
                .filter(person)
                .find(|m| m.w0 > 0 && names_a_source(ctx.words, m.w0 - 1))
                .or_else(|| {
                    // The subject of the reported clause itself ("Der Angeklagte habe …") is
                    // whom it is about, not who reports it.
                    let reported_subject = |m: &&Mention| {
                        ctx.words.get(m.w1).is_some_and(|w| {
                            konjunktiv_i(&w.folded) && gap_is_space(text, ctx.words[m.w1 - 1], w)
                        })
                    };
                    before
                        .iter()
                        .rev()
                        .filter(person)
                        .find(|m| !after_preposition(ctx.words, m.w0) && !reported_subject(m))
                })
                .map(|m| m.referent);
            let previous = state
                .last
                .as_ref()
                .filter(|l| {
                    matches!(l.referent, Referent::Person(_))
                        && l.paragraph + 1 >= ctx.paragraph
                        && !l.dialogue
                })
                .map(|l| l.referent);
            // "…, heißt es in einem Lagebericht. In den Regionen drohe „…“": a document the
            // paragraph reports speaks for no one.
            let (_, open_w) = ctx.word_range(0, span.open);
            let document = ctx.words[..open_w]
                .windows(2)
                .any(|w| matches!(w[0].folded.as_str(), "heisst" | "hiess") && w[1].folded == "es");
            let referent = reported
                .or(previous)
                .or(document.then_some(Referent::Nobody));
            if let Some(referent) = referent {
                let (a, b) = ctx.word_range(sent_start, ctx.para.sentence_end(span.open));
                let (_, mid) = ctx.word_range(sent_start, span.open);
                let (a, b) = (a.max(mid.saturating_sub(30)), b.min(mid + 30));
                if ctx.words[a..b].iter().any(|w| konjunktiv_i(&w.folded)) {
                    tag = Some(Tag {
                        verb: None,
                        referent,
                        mention: None,
                    });
                }
            }
        }
        if partial {
            // A fragment inside the author's sentence is speech only when a tag governs it,
            // and only when its mark closes: an unbalanced one opens no quotation.
            if tag.is_none()
                || !span.closed
                || title_like(inner, ctx.lang)
                || preceded_by_title_cue(ctx, span)
            {
                continue;
            }
        }
        // "Un cadre de la centrale se montrait plus prudent : « … »": a sentence whose subject
        // is someone left unnamed hands them the quotation its colon opens.
        if tag.is_none() && after_colon && ctx.unnamed_subject_opens(sent_start, span.open) {
            tag = Some(Tag {
                verb: None,
                referent: Referent::Nobody,
                mention: None,
            });
        }
        let tag = match tag {
            Some(t) => t,
            None => {
                // A full quote right after narrative that introduces someone ("X read out a
                // statement. ‘…’") is theirs; otherwise it continues the previous quote.
                // The quotation's own sentence comes first: in "…«, sagte die Bäuerin X. Ihre
                // Nachbarin, die Lehrerin Y, hat die Schule geschlossen: «…»" it is Y's.
                let introduces = |floor: usize| {
                    let from = ctx.mentions.partition_point(|m| m.start < floor);
                    ctx.mentions[from..]
                        .iter()
                        .take_while(|m| m.start < span.open)
                        .position(|m| {
                            m.end <= span.open
                                && matches!(m.referent, Referent::Person(_))
                                && (!after_preposition(ctx.words, m.w0) || opinion_lead(ctx, m.w0))
                        })
                        .map(|k| ctx.named_in_apposition(from + k))
                };
                let floor = spoken_until;
                let intro = (after_colon && sent_start > floor)
                    .then(|| introduces(sent_start))
                    .flatten()
                    .or_else(|| introduces(floor))
                    .or_else(|| newcomer(ctx, hist, floor, span.open));
                let colon = state
                    .colon_intro
                    .as_ref()
                    .filter(|(p, _)| *p + 1 == ctx.paragraph && si == 0 && at_start);
                let narrative = state
                    .narrative_subject
                    .as_ref()
                    .filter(|(p, _)| *p + 1 == ctx.paragraph && si == 0 && at_start);
                let cataphor = (si == 0 && text[..span.open].trim().is_empty())
                    .then(|| named_next(ctx, hist, span))
                    .flatten()
                    .filter(|(_, newcomer)| {
                        // A quotation continuing the previous speaker stays theirs unless the
                        // next sentence introduces someone new.
                        *newcomer
                            || !state.last.as_ref().is_some_and(|l| {
                                matches!(l.referent, Referent::Person(_))
                                    && l.paragraph + 1 >= ctx.paragraph
                                    && !l.dialogue
                            })
                    });
                match &state.last {
                    _ if colon.is_some() => colon.unwrap().1.clone(),
                    _ if cataphor.is_some() && !continuation => {
                        let (m, _) = cataphor.unwrap();
                        Tag {
                            verb: None,
                            referent: m.referent,
                            mention: Some(text[m.start..m.end].to_string()),
                        }
                    }
                    _ if intro.is_some() && !continuation => {
                        let m = intro.unwrap();
                        Tag {
                            verb: None,
                            referent: m.referent,
                            mention: Some(text[m.start..m.end].to_string()),
                        }
                    }
                    Some(l) if l.paragraph + 1 >= ctx.paragraph && !l.dialogue || continuation => {
                        Tag {
                            verb: None,
                            referent: state.last.as_ref().map_or(Referent::Nobody, |l| l.referent),
                            mention: None,
                        }
                    }
                    _ if narrative.is_some() => narrative.unwrap().1.clone(),
                    _ => {
                        if title_like(inner, ctx.lang) && inner.split_whitespace().count() <= 4 {
                            continue;
                        }
                        Tag {
                            verb: None,
                            referent: Referent::Nobody,
                            mention: None,
                        }
                    }
                }
            }
        };
        push(out, ctx, (span.inner_start, span.inner_end), &tag, partial);
        spoken_until = span.end;
        state.last = Some(Last {
            referent: tag.referent,
            paragraph: ctx.paragraph,
            dialogue: false,
        });
        prev_in_sentence = Some((
            ctx.para
                .sentence_of(span.end.saturating_sub(1).max(span.open)),
            tag,
        ));
    }
}

/// Remembers who a paragraph hands the floor to: the tag of a paragraph that ends with a colon,
/// or the subject of the last sentence of a paragraph that quoted nobody.
pub(crate) fn note_lead(ctx: &Ctx, state: &mut State) {
    let text = ctx.text();
    if !text.trim_end().ends_with(':') {
        let quoted_here = state
            .last
            .as_ref()
            .is_some_and(|l| l.paragraph == ctx.paragraph);
        if !quoted_here {
            let end = text.trim_end().len();
            let from = ctx.para.sentence_start(end.saturating_sub(1));
            state.narrative_subject = person_subject(ctx, from, end).map(|t| (ctx.paragraph, t));
        }
        return;
    }
    let end = text.trim_end().len();
    let fake = Span {
        open: end,
        inner_start: end,
        inner_end: end,
        end,
        closed: false,
        family: super::marks::Family::Straight,
    };
    let from = ctx
        .para
        .spans
        .last()
        .map_or(0, |s| s.end)
        .max(ctx.para.sentence_start(end.saturating_sub(1)));
    if let Some(t) = ctx.before_tag(from, &fake) {
        state.colon_intro = Some((ctx.paragraph, t));
        return;
    }
    // No speech verb, but a lead-in whose subject is a person ("X, the Senegalese diplomat,
    // delivered a closing statement:", "Dann wandte sich Albrecht-Winter an ihren Gast:"): the
    // quote paragraph that follows is theirs.
    if let Some(t) = person_subject(ctx, from, end) {
        state.colon_intro = Some((ctx.paragraph, t));
    }
}

/// The one person the narrative between `from` and `to` names, when the article names them here
/// for the first time ("Une remarque qui n'a pas échappé à la négociatrice brésilienne X. « … »"):
/// a quote that follows a newcomer's introduction is theirs, even when a preposition governs
/// the name.
fn newcomer<'a>(ctx: &'a Ctx, hist: &HistoryView, from: usize, to: usize) -> Option<&'a Mention> {
    let mut people = ctx
        .mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .filter(|m| matches!(m.referent, Referent::Person(_)));
    let m = people.next()?;
    if people.next().is_some() {
        return None;
    }
    let Referent::Person(id) = m.referent else {
        return None;
    };
    let seen_before = hist
        .history
        .iter()
        .any(|h| h.paragraph < ctx.paragraph && h.referent == Referent::Person(id));
    (!seen_before && matches!(m.kind, MKind::Name(_))).then_some(m)
}

/// The one person the sentence right after a paragraph-opening quotation names ("‘…’ That was
/// the verdict of X, who runs…", "« … » La mise en garde est celle de X", "„…“ Mit diesem Satz
/// verabschiedete sich X"): the writer quotes first and says whose words they were next. Also
/// says whether the article names them here for the first time.
fn named_next<'a>(ctx: &'a Ctx, hist: &HistoryView, span: &Span) -> Option<(&'a Mention, bool)> {
    let text = ctx.text();
    let inner = text[span.inner_start..span.inner_end].trim_end();
    // The sentence ends inside the marks ("‘… exam.’") or right after them ("«… tiempo».").
    let after = &text[span.end..];
    let stop = after
        .strip_prefix(['.', '!', '?', '…'])
        .filter(|_| !inner.ends_with(['.', '!', '?', '…', ',']));
    if !span.closed || stop.is_none() && !inner.ends_with(['.', '!', '?', '…']) {
        return None;
    }
    let after = stop.unwrap_or(after);
    let from = text.len() - after.trim_start().len();
    if from >= text.len() || ctx.para.sentence_start(from) != from {
        return None;
    }
    let to = ctx.para.sentence_end(from);
    if ctx.para.spans.iter().any(|s| s.open >= from && s.open < to) {
        return None;
    }
    let mut named = ctx
        .mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .filter(|m| matches!(m.referent, Referent::Person(_)));
    // "Así resume … el ministro de Economía, Rodrigo Mamani Quispe": a description in
    // apposition to the name may come first.
    let m = named.next()?;
    let mut by_name = matches!(m.kind, MKind::Name(_));
    for n in named {
        // Another person named, or described before the name, makes the sentence ambiguous; a
        // description after it is a complement ("Das sagte Morag MacInnes, Geschäftsführerin
        // des Verbands der schottischen Hochseefischer").
        if n.referent != m.referent {
            if by_name && !matches!(n.kind, MKind::Name(_)) {
                continue;
            }
            return None;
        }
        by_name |= matches!(n.kind, MKind::Name(_));
    }
    if !by_name {
        return None;
    }
    let newcomer = !hist
        .history
        .iter()
        .any(|h| h.paragraph < ctx.paragraph && h.referent == m.referent);
    Some((m, newcomer))
}

/// The first mention between `from` and `end` that is not governed by a preposition, as a tag
/// without verb, when it is a person.
fn person_subject(ctx: &Ctx, from: usize, end: usize) -> Option<Tag> {
    let k = ctx.mentions.iter().position(|m| {
        m.start >= from
            && m.end <= end
            && !after_preposition(ctx.words, m.w0)
            && m.referent != Referent::Nobody
    })?;
    let m = ctx.named_in_apposition(k);
    matches!(m.referent, Referent::Person(_)).then(|| Tag {
        verb: None,
        referent: m.referent,
        mention: Some(ctx.text()[m.start..m.end].to_string()),
    })
}

/// A person given as the source of the sentence's view ("Para la economista X, …", "Pour X,
/// …", "Selon X", "according to X"): the quote that follows is theirs.
fn opinion_lead(ctx: &Ctx, w0: usize) -> bool {
    let Some(p) = governing_preposition(ctx.words, w0) else {
        return false;
    };
    let prep = ctx.words[p];
    if names_a_source(ctx.words, p) {
        return true;
    }
    match prep.folded.as_str() {
        // Only when opening the sentence: "a parlé pour la ministre X" is not a source.
        "pour" | "para" => {
            let start = ctx.para.sentence_start(prep.start);
            !ctx.text()[start..prep.start]
                .chars()
                .any(char::is_alphanumeric)
        }
        _ => false,
    }
}

fn recent_person(ctx: &Ctx, hist: &HistoryView, before: usize) -> Referent {
    recent_person_outside(ctx, hist, before, &[])
}

/// [`recent_person`], not counting the people named inside `speech` (byte ranges of the
/// paragraph): in dash dialogue the spoken words are not set off by quotation marks, and
/// "—Me tocó un ministro africano —cuenta—" is not the minister talking.
fn recent_person_outside(
    ctx: &Ctx,
    hist: &HistoryView,
    before: usize,
    speech: &[(usize, usize)],
) -> Referent {
    let upto = ctx.mentions.partition_point(|m| m.end <= before);
    let sentence = ctx.para.sentence_start(before);
    // An organisation opening the sentence is its subject ("La Organización … alertó …, y
    // pidió reforzar “…”"): nobody to look further back for.
    let text = ctx.text();
    // "Dijo que el cónsul había participado en «…»": who a reported clause is about, past a
    // speech verb and its complementiser, is not who speaks, whichever sentence names them.
    let reported = |m: &Mention| {
        let from = ctx
            .word_range(ctx.para.sentence_start(m.start), m.start)
            .0
            .max(m.w0.saturating_sub(LOOKBACK));
        (from + 1..m.w0).any(|k| {
            COMPLEMENTISERS.contains(&ctx.words[k].folded.as_str())
                && ctx.is_verb(k - 1)
                // "La pregunta que flota …": after an article the form is a noun.
                && !(k >= 2 && ctx.lx.determiner(ctx.lang, &ctx.words[k - 2].folded).is_some())
        })
    };
    let here = ctx.mentions[..upto].iter().rev().find(|m| {
        if speech.iter().any(|&(a, b)| a <= m.start && m.end <= b) {
            return false;
        }
        if matches!(m.referent, Referent::Person(_)) && reported(m) {
            return false;
        }
        // A bare role noun ("la condición de refugiada") names a status, not someone present.
        let bare = matches!(&m.kind, MKind::Descriptor(d) if !d.determined);
        matches!(m.referent, Referent::Person(_))
            || m.referent == Referent::Unnamed && !bare
            || matches!(m.kind, MKind::Org(_))
                && m.start >= sentence
                && opens_sentence(text, sentence, m.start)
    });
    if let Some(m) = here {
        // Someone an earlier sentence names after its subject ("La canciller X compareció…,
        // acompañada del agente Y. «…», afirmó"): that sentence's subject still holds the floor.
        if m.start < sentence && matches!(m.referent, Referent::Person(_)) {
            let earlier = ctx.para.sentence_start(m.start);
            let k = ctx.mentions[..upto]
                .iter()
                .position(|s| s.start >= earlier && opens_sentence(text, earlier, s.start));
            // A description opening the sentence stands for the name set after it ("La
            // comisaria de Salud de la UA, la sudafricana Thandeka Mokoena-Dlamini, recordó").
            // Its complement may name a body or place first ("La representante de ACNUR en
            // Ecuador, Leila Haddad, recordó"), or the name carry a description of its own ("…,
            // la sudafricana Thandeka Mokoena-Dlamini, recordó").
            let apposed = |k: usize| {
                let d = &ctx.mentions[k];
                let n = ctx.mentions[k + 1..upto]
                    .iter()
                    .find(|m| m.is_personlike())?;
                let gap = text[d.end..n.start].trim();
                (matches!(d.kind, MKind::Descriptor(_))
                    && matches!(n.kind, MKind::Name(_))
                    && (gap.ends_with(',') || gap.starts_with(','))
                    && !gap.contains(['.', ';', ':'])
                    && gap.split_whitespace().count() <= 8
                    && text[n.end..].trim_start().starts_with(','))
                .then_some(n)
            };
            let subject = k.map(|k| apposed(k).unwrap_or(&ctx.mentions[k]));
            if let Some(s) = subject.filter(|s| matches!(s.referent, Referent::Person(_))) {
                return s.referent;
            }
        }
        return m.referent;
    }
    let last = hist
        .history
        .iter()
        .rev()
        .filter(|h| h.paragraph < ctx.paragraph && h.paragraph + 2 > ctx.paragraph)
        .find(|h| matches!(h.referent, Referent::Person(_) | Referent::Unnamed));
    let Some(last) = last else {
        return Referent::Nobody;
    };
    // The subject of that sentence keeps the floor over someone it acted on ("El candidato …
    // se pone el chullo que le alcanza una dirigente. —¡Hermanos! —grita—").
    hist.history
        .iter()
        .rev()
        .skip_while(|h| h.sentence != last.sentence)
        .take_while(|h| h.paragraph == last.paragraph)
        .find(|h| h.subject && matches!(h.referent, Referent::Person(_)))
        .map_or(last.referent, |h| h.referent)
}

/// "Mme Baldé Indjai « le sait très bien », a-t-elle ajouté": the person named right before a
/// quoted predicate is what the quote is about; a pronoun in the tag after it is someone else,
/// the latest other person of that gender (here the minister who answered her).
fn topic_not_speaker(ctx: &Ctx, hist: &HistoryView, span: &Span, tag: &Tag) -> Option<Referent> {
    let Referent::Person(topic) = tag.referent else {
        return None;
    };
    let text = ctx.text();
    let upto = ctx.mentions.partition_point(|m| m.end <= span.open);
    let k = upto.checked_sub(1)?;
    let named = &ctx.mentions[k];
    let pronoun_tag = ctx.mentions[upto..]
        .iter()
        .find(|m| m.start >= span.end)
        .is_some_and(|m| matches!(m.kind, MKind::Pronoun(_)) && m.referent == tag.referent);
    // Up to two words may stand between ("Graf habe „…“, Hofstätter dagegen „…“, sagte sie").
    let gap = &text[named.end..span.open];
    let close = gap.split_whitespace().count() <= 2
        && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace());
    if !pronoun_tag
        || named.referent != tag.referent
        || !matches!(named.kind, MKind::Name(_))
        || !close
    {
        return None;
    }
    let gender = ctx.people.persons[topic].gender;
    let fits = |r: Referent| match r {
        Referent::Person(id) => id != topic && ctx.people.persons[id].gender == gender,
        _ => false,
    };
    ctx.mentions[..k]
        .iter()
        .rev()
        .map(|m| m.referent)
        .find(|&r| fits(r))
        .or_else(|| {
            hist.history
                .iter()
                .rev()
                .skip_while(|h| h.paragraph >= ctx.paragraph)
                .take_while(|h| h.paragraph + 2 > ctx.paragraph)
                .map(|h| h.referent)
                .find(|&r| fits(r))
        })
}

/// Dialogue paragraphs: "—Speech —dijo X—, more speech."
pub(crate) fn dialogue(ctx: &Ctx, state: &mut State, hist: &HistoryView, out: &mut Vec<Quote>) {
    let text = ctx.text();
    // Dashes next to a space (or at the start) separate speech from tags.
    let mut cuts = Vec::new();
    // "-- Speech" (two hyphens for a dash, as in wire copy).
    let lead = text.len() - text.trim_start().len();
    if text[lead..].starts_with("--") {
        cuts.push((lead, lead + 2));
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_dash(c) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let spaced = prev.is_none_or(|p| p.is_whitespace() || p.is_ascii_punctuation())
            || next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
        if spaced {
            cuts.push((i, i + c.len_utf8()));
        }
    }
    let mut segments = Vec::new();
    let mut pos = 0;
    for &(a, b) in &cuts {
        segments.push((pos, a));
        pos = b;
    }
    segments.push((pos, text.len()));
    // segments[0] precedes the opening dash; odd segments are speech, even ones tags.
    let mut tag: Option<Tag> = None;
    for (k, &(a, b)) in segments.iter().enumerate().skip(1) {
        if k % 2 == 0 {
            let (s, e) = ctx.word_range(a, b);
            for v in s..e.min(s + 4) {
                if ctx.is_verb(v) {
                    let m = ctx.subject_before(v, s).or_else(|| ctx.subject_after(v, e));
                    let mut t = ctx.tag_from(m, Some(v));
                    // "—… —dice, con la mirada fija—": a dropped subject is the person the
                    // story is about.
                    let subject_follows = ctx.words[v + 1..e]
                        .first()
                        .is_some_and(|w| w.cap || ctx.lx.determiner(ctx.lang, &w.folded).is_some());
                    // In an interview answer ("—Mire, … —dice, y cierra el cuaderno—"), the
                    // one who has the floor.
                    if m.is_none() && !subject_follows {
                        t.referent = match &state.last {
                            Some(l) if l.paragraph == ctx.paragraph => l.referent,
                            _ => {
                                let speech: Vec<(usize, usize)> =
                                    segments.iter().skip(1).step_by(2).copied().collect();
                                recent_person_outside(ctx, hist, a, &speech)
                            }
                        };
                        // An answer after a bare question line ("conversó con el obispo X.
                        // ¶ —¿Habrá acuerdo? ¶ —Si…, sí —respondió—") is the one the
                        // exchange was introduced with.
                        if t.referent == Referent::Nobody {
                            t.referent = hist
                                .history
                                .iter()
                                .rev()
                                .take_while(|h| h.paragraph + 3 > ctx.paragraph)
                                .find(|h| matches!(h.referent, Referent::Person(_)))
                                .map_or(Referent::Nobody, |h| h.referent);
                        }
                    }
                    tag = Some(t);
                    break;
                }
            }
            if tag.is_some() {
                break;
            }
        }
    }
    // No closing dash: "— Speech, a lancé X, …. More speech." / "-- Speech, a-t-elle expliqué."
    if tag.is_none() && segments.len() == 2 {
        let (a, b) = segments[1];
        if let Some((comma, v, tag_end)) = comma_tag(ctx, a, b) {
            let (_, e) = ctx.word_range(a, tag_end);
            let m = [v.saturating_sub(1), v]
                .into_iter()
                .filter_map(|k| ctx.mention_starting(k))
                .find(|m| matches!(m.kind, MKind::Pronoun(_)))
                .or_else(|| ctx.subject_after(v, e));
            let tag = ctx.tag_from(m, Some(v));
            let seg = text[a..comma].trim_start();
            push(out, ctx, (comma - seg.len(), comma), &tag, false);
            push(out, ctx, (tag_end, b), &tag, false);
            state.last = Some(Last {
                referent: tag.referent,
                paragraph: ctx.paragraph,
                dialogue: true,
            });
            return;
        }
    }
    let tag = match tag {
        Some(t) => t,
        None => match &state.last {
            Some(l) if l.dialogue && l.paragraph + 2 >= ctx.paragraph => Tag {
                verb: None,
                referent: l.referent,
                mention: None,
            },
            _ => return,
        },
    };
    for (k, &(a, b)) in segments.iter().enumerate().skip(1) {
        if k % 2 == 1 {
            let seg = text[a..b].trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':')
            });
            let start = b - seg.len();
            push(out, ctx, (start, b), &tag, false);
        }
    }
    state.last = Some(Last {
        referent: tag.referent,
        paragraph: ctx.paragraph,
        dialogue: true,
    });
}

/// A speech tag after a comma inside one dialogue segment: ", a lancé X, …." or ", résume-t-il
/// …." Returns (comma offset, verb word index, end offset of the tag sentence).
fn comma_tag(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize, usize)> {
    let text = ctx.text();
    let (s, e) = ctx.word_range(a, b);
    for k in s + 1..e {
        let gap = &text[ctx.words[k - 1].end..ctx.words[k].start];
        if gap.trim() != "," {
            continue;
        }
        let f = ctx.words[k].folded.as_str();
        let aux = matches!(f, "a" | "avait" | "ha" | "habia" | "has" | "had" | "hat")
            || f.starts_with("a-t-");
        let v = if ctx.is_verb(k) {
            k
        } else if aux && k + 1 < e && ctx.is_verb(k + 1) {
            k + 1
        } else {
            continue;
        };
        let comma = ctx.words[k - 1].end + gap.find(',')?;
        let after = ctx.words[v].end;
        let tag_end = text[after..b].find(['.', '!', '?', '…']).map_or(b, |i| {
            let i = after + i;
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
        return Some((comma, v, tag_end));
    }
    None
}
