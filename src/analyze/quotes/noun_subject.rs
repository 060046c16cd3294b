//! A speech verb whose subject is written out as a common noun phrase ("relève le document",
//! "the press council added", "Das Papier spricht von", "Le rapport constate") has a subject the
//! text names: a document, a body or someone left anonymous. Such a tag must not fall back to
//! the last person mentioned, the way a verb with a dropped subject ("subrayó") does.

use super::attribution::Ctx;
use super::coref::{governing_preposition, MKind};
use super::lexicon::Lang;
use crate::analyze::wordfilter::WordSet;
use std::sync::LazyLock;

/// Heads of subjects that name no person (see the data file).
static NON_PERSON: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::from_list_file(include_str!("../../../data/quotes/non_person_subjects.txt"))
});

/// Words that end a noun phrase's head and open its complement ("le rapport de la mission",
/// "the head of the delegation"): a body named there is not the subject.
const COMPLEMENT_OPENERS: &[&str] = &[
    "de", "du", "des", "d", "of", "del", "von", "vom", "der", "zur", "zum", "for", "on", "sur",
    "in", "en", "auf", "bei", "a", "au", "aux", "al", "para", "pour", "fur", "with", "avec", "con",
    "mit", "que", "qui", "which", "that", "who",
];

/// Words that open a noun phrase besides the articles the lexicon knows: demonstratives,
/// possessives ("su familia", "sa famille") and the German neuter article.
const OPENERS: &[&str] = &[
    "das", "dieses", "diese", "dieser", "jenes", "ces", "these", "those", "its", "este", "esta",
    "estos", "estas", "ese", "esa", "aquel", "aquella", "su", "sus", "sa", "son", "ses", "leur",
    "his", "her", "their", "seine", "ihre", "your", "our", "my",
];

/// The longest noun phrase read as a subject, in words, its complements included.
const MAX_NP: usize = 10;

/// Auxiliaries and adverbs that may stand between a subject and its speech verb.
const FILLERS: &[&str] = &[
    "a",
    "ont",
    "avait",
    "avaient",
    "aura",
    "s",
    "se",
    "est",
    "etait",
    "also",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "ha",
    "han",
    "habia",
    "habian",
    "aussi",
    "egalement",
    "encore",
    "ensuite",
    "then",
    "tambien",
    "ademas",
    "auch",
    "noch",
    "zudem",
    "bereits",
    "already",
    "ya",
    "luego",
    "finally",
    "enfin",
    "later",
];

/// Whether the gap between two words of one noun phrase is only space, an apostrophe or a
/// hyphen ("l'Assemblée", "Athletes’ Earth").
fn plain_gap(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
}

impl Ctx<'_> {
    fn opens_noun_phrase(&self, w: usize) -> bool {
        let f = self.words[w].folded.as_str();
        self.lx.determiner(self.lang, f).is_some() || OPENERS.contains(&f)
    }

    /// The mention covering word `w`, if any.
    /// The mention covering word `w`.
    pub(crate) fn mention_at(&self, w: usize) -> Option<&super::coref::Mention> {
        let i = self.mentions.partition_point(|m| m.w1 <= w);
        self.mentions.get(i).filter(|m| m.w0 <= w)
    }

    fn person_at(&self, w: usize) -> bool {
        self.mention_at(w).is_some_and(|m| m.is_personlike())
    }

    fn gap(&self, a: usize, b: usize) -> &str {
        &self.text()[self.words[a].end..self.words[b].start]
    }

    /// The noun phrase naming a document, body or outlet, or someone left unnamed, that is the
    /// subject of the speech verb at word `v`, right before it (from word `floor` on). In a tag
    /// right after a quote (`after_quote`, the quote ending before word `floor`), the phrase
    /// must open the tag (",” the press council added"), or follow a verb that does ("», relève
    /// le document", before word `limit`). Returns its text.
    pub(crate) fn noun_subject(
        &self,
        v: usize,
        floor: usize,
        limit: usize,
        after_quote: bool,
    ) -> Option<String> {
        let verb_opens_tag = (floor..v).all(|w| FILLERS.contains(&self.words[w].folded.as_str()));
        self.noun_subject_before(v, floor)
            .filter(|&(a, _)| !after_quote || a == floor)
            .or_else(|| {
                (after_quote && verb_opens_tag)
                    .then(|| self.noun_subject_after(v, limit))
                    .flatten()
            })
            .filter(|&(a, b)| self.names_no_person(a, b) || self.indefinite(a))
            .map(|(a, b)| self.phrase(a, b))
    }

    /// The noun phrase right before the speech verb at `v` when a reported clause follows it
    /// ("Fishermen in the town say that …", "your predecessor wrote that …"): the verb has a
    /// subject of its own, which names no one the article knows, so the speaker is not the
    /// last person mentioned.
    pub(crate) fn subject_of_report(&self, v: usize, floor: usize) -> Option<String> {
        let reports = self.words.get(v + 1).is_some_and(|w| {
            super::attribution::COMPLEMENTISERS.contains(&w.folded.as_str())
                && self.gap(v, v + 1).chars().all(char::is_whitespace)
        });
        // "La regidora dijo que …", "L'ancien analyste a affirmé que …": a short definite
        // description of one person most often refers back to someone named before.
        let refers_back = |a: usize, b: usize| {
            b - a <= 3
                && self
                    .lx
                    .determiner(self.lang, &self.words[a].folded)
                    .is_some_and(|(definite, _, plural)| definite && !plural)
                && !(a + 1..b).any(|w| self.words[w].cap)
        };
        reports
            .then(|| self.noun_subject_before(v, floor))
            .flatten()
            .filter(|&(a, b)| !refers_back(a, b))
            .map(|(a, b)| self.phrase(a, b))
    }

    /// The text of words `a..b`.
    fn phrase(&self, a: usize, b: usize) -> String {
        self.text()[self.words[a].start..self.words[b - 1].end].to_string()
    }

    /// Whether the head of the noun phrase in words `a..b` (its opener first) is a document,
    /// body or outlet: a word from the list, an acronym, or an organisation's name.
    fn names_no_person(&self, a: usize, b: usize) -> bool {
        let head_end = (a + 1..b)
            .find(|&w| COMPLEMENT_OPENERS.contains(&self.words[w].folded.as_str()))
            .unwrap_or(b);
        (a + 1..head_end).any(|w| {
            let f = self.words[w].folded.as_str();
            let compound = self.lang == Lang::De
                && f.len() > 5
                && (3..f.len() - 2)
                    .filter(|&i| f.is_char_boundary(i))
                    .any(|i| NON_PERSON.contains(&f[i..]));
            // "le SPF Affaires étrangères", "el ICE": an acronym after an article is a body.
            let acronym = super::coref::acronym(self.words[w].text(self.text()))
                && self.words[w].text(self.text()).chars().count() >= 2;
            NON_PERSON.contains(f) || compound || acronym || self.org_at(w)
        })
    }

    /// Whether word `w` is an indefinite article: "un proche du prévenu", "a senior
    /// interpreter", "ein Zuhörer" leave the speaker unnamed.
    fn indefinite(&self, w: usize) -> bool {
        self.lx
            .determiner(self.lang, &self.words[w].folded)
            .is_some_and(|(definite, _, plural)| !definite && !plural)
    }

    /// Whether the sentence from byte `start` to `end` opens with an indefinite noun phrase
    /// ("Un délégué assis à ses côtés …", "A nurse in Kano …") and names no person before `end`.
    pub(crate) fn unnamed_subject_opens(&self, start: usize, end: usize) -> bool {
        let (a, b) = self.word_range(start, end);
        // The phrase may be a description that found no one ("Ein westlicher Diplomat in
        // Genf gab sich skeptischer: »…«").
        let named = |w: usize| {
            self.mention_at(w).is_some_and(|m| {
                m.is_personlike() && !(m.w0 == a && m.referent == super::coref::Referent::Unnamed)
            })
        };
        a + 1 < b
            && super::coref::opens_sentence(self.text(), start, self.words[a].start)
            && self.indefinite(a)
            && !(a..b).any(named)
    }

    fn org_at(&self, w: usize) -> bool {
        self.mention_at(w)
            .is_some_and(|m| matches!(m.kind, MKind::Org(_)))
    }

    fn noun_subject_before(&self, v: usize, floor: usize) -> Option<(usize, usize)> {
        // Auxiliaries and adverbs may stand between subject and verb ("a salué", "has also").
        let mut end = v;
        while end > floor && FILLERS.contains(&self.words[end - 1].folded.as_str()) {
            end -= 1;
        }
        // "su familia, que pidió «…»", "the ministry, which said": a relative pronoun after a
        // comma speaks for the phrase before the comma.
        let relative = end > floor + 1
            && matches!(
                self.words[end - 1].folded.as_str(),
                "que" | "qui" | "who" | "which" | "die" | "der"
            )
            && self.gap(end - 2, end - 1).trim() == ",";
        if relative {
            end -= 1;
        }
        // So may up to two insertions set off by commas: an apposition, a relative or a
        // participle clause ("Le texte, intitulé « … », reconnaît", "La Autoridad Portuaria,
        // por su parte, informó"). One naming a person makes that person the subject.
        for _ in 0..if relative { 0 } else { 2 } {
            if end <= floor + 1 || !self.gap(end - 1, end).contains(',') {
                break;
            }
            // After one insertion, the comma before `end` is that insertion's opening one: with
            // no other comma before it there is no second insertion.
            let Some(k) = (end.saturating_sub(17).max(floor + 1)..end - 1)
                .rev()
                .find(|&k| self.gap(k - 1, k).contains(','))
            else {
                break;
            };
            if (k..end).any(|i| self.person_at(i))
                || (k..end - 1).any(|i| self.gap(i, i + 1).contains(['.', ';', ':', '!', '?']))
            {
                return None;
            }
            end = k;
        }
        let mut j = end;
        while j > floor && end - j < MAX_NP {
            // The comma closing an insertion is the one gap allowed.
            if !plain_gap(self.gap(j - 1, j)) && (j != end || end == v) {
                return None;
            }
            j -= 1;
            if self.person_at(j) || self.is_verb_word(j) {
                return None;
            }
            // A complement's article ("la présidence de l'Assemblée") is not the phrase's.
            if self.opens_noun_phrase(j) && governing_preposition(self.words, j).is_none() {
                return (end > j + 1).then_some((j, end));
            }
        }
        None
    }

    fn noun_subject_after(&self, v: usize, limit: usize) -> Option<(usize, usize)> {
        let det = v + 1;
        if det + 1 >= limit.min(self.words.len())
            || !self.gap(v, det).chars().all(char::is_whitespace)
            || !self.opens_noun_phrase(det)
        {
            return None;
        }
        let mut end = det + 1;
        while end < limit.min(self.words.len())
            && end - det <= 3
            && self.gap(end - 1, end).chars().all(char::is_whitespace)
        {
            if self.person_at(end) {
                return None;
            }
            end += 1;
        }
        (!self.person_at(det + 1)).then_some((det, end))
    }

    fn is_verb_word(&self, w: usize) -> bool {
        self.lx.is_speech_verb(self.lang, &self.words[w].folded)
    }
}
