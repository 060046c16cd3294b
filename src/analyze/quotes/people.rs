//! The registry of people one article names: full names, the keys they are found by
//! (surname, East Asian family name, first of two Hispanic surnames), namesakes kept apart, and
//! the surnames the article reuses alone. Built by the mention finder's first pass (`coref`).

use super::coref::{german_adjective_ending, Desc, PARTICLES, PREPS, QUOTE_MARKS};
use super::lexicon::{Gender, HashMap, HashSet, Lang, Lexicon};
use super::tokens::Token;

/// A person named in the article.
#[derive(Debug, Clone)]
pub struct Person {
    /// Fullest form of the name seen in the article.
    pub name: String,
    pub words: Vec<String>,
    pub gender: Gender,
    /// Role classes from appositions (see `lexicon::class`).
    pub classes: u8,
    /// Role nouns, folded ("diplomate", "secretary of state").
    pub roles: Vec<String>,
    /// Role nouns with the complement that said which office ("presidente", "jury").
    pub role_of: Vec<(String, String)>,
    /// Gazetteer entry of the person's country, from demonyms in appositions.
    pub nationality: Option<usize>,
    /// The paragraph that first names the person: a description that no one before it fits
    /// may be introducing the person named just after it.
    pub first_paragraph: usize,
    /// The first naming is a subject: it opens a sentence or follows a speech verb ("…",
    /// sagte Gulnara Toktogulova). A description earlier in that paragraph may mean them.
    pub first_as_subject: bool,
    /// The first naming opens its paragraph ("Solveig Arnesen-Brekke, qui a quitté…"): how a
    /// writer names someone the paragraph before only described ("une ancienne vice-ministre
    /// norvégienne … « … », a-t-elle averti").
    pub first_opens_paragraph: bool,
    /// The first naming is announced ("Elle s'appelle Ndèye Fatou Mbengue", "Sie heißt …"):
    /// the writer names someone described before, perhaps paragraphs earlier.
    pub first_named_by_cue: bool,
    /// Named in an interview's question ("La comisaria X dijo que … ¿Se atribuye ese mérito?"):
    /// someone the interviewee is asked about, so not the interviewee.
    pub asked_about: bool,
}

impl Person {
    /// Whether the person holds `role`, another noun for it ("der Anwalt" for a "Verteidiger",
    /// see [`Lexicon::same_role`]) or a German compound of it: "der Kanzler" is the
    /// "Bundeskanzler". A compound that makes another office of it ("Premierminister",
    /// "Vizekanzler", "Chefdiplomatin") does not count.
    pub(crate) fn holds_role(&self, role: &str) -> bool {
        let lx = super::lexicon();
        self.roles.iter().any(|r| {
            lx.same_role(r, role)
                || role.chars().count() >= 5
                    && r.strip_suffix(role).is_some_and(|head| {
                        !head.is_empty()
                            && head.chars().all(char::is_alphabetic)
                            && !["premier", "vize", "chef", "ober", "unter", "general"]
                                .iter()
                                .any(|p| head.starts_with(p))
                    })
        })
    }

    /// Whether the person holds description `d`'s role for another body than `d` names
    /// ("la présidente du jury" when `d` is "la présidente du festival"), and not for it.
    pub(crate) fn holds_other_office(&self, d: &Desc) -> bool {
        let Some(of) = &d.of else {
            return false;
        };
        let mut held = self.role_of.iter().filter(|(r, _)| *r == d.role).peekable();
        held.peek().is_some() && held.all(|(_, o)| o != of)
    }
}

/// How a paragraph names someone (see [`People::note_named`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Naming {
    /// Opens a sentence or follows a speech verb.
    pub as_subject: bool,
    /// Opens the paragraph.
    pub opens_paragraph: bool,
    /// Announced as a name ("s'appelle", "heißt", "se llama").
    pub announced: bool,
}

/// The registry of people in one article.
#[derive(Debug, Default)]
pub struct People {
    /// (first paragraph, person) in order, once registration is over (see
    /// [`People::index_first_namings`]): who is first named in a few given paragraphs, without
    /// scanning everyone for every description.
    by_first_paragraph: Vec<(usize, usize)>,
    pub persons: Vec<Person>,
    by_key: HashMap<String, usize>,
    /// Full folded names of namesakes ("juliette lamarck-vidal"), so that relatives who share a
    /// surname stay two people.
    by_full: HashMap<String, usize>,
    /// Capitalised words the article also uses alone in mid-sentence, not after an article
    /// ("… said Ma'afu-Vea"): the surname of a full name whose first name is not in our list.
    standalone: HashSet<String>,
    /// Capitalised words that open a sentence on their own, a lower-case word after them ("Hale
    /// told the Ledger"): too weak to make a surname of any word, but enough to confirm one after
    /// an ambiguous given name ("Jordan Hale").
    opens_alone: HashSet<String>,
    /// Capitalised words right after an honorific ("Mr. Jordan Kilabuk-Moss"): a given name
    /// that is also a place or a word is confirmed as one by the title before it.
    after_honorific: HashSet<String>,
    /// The people the headline names, when it is read for names: an interview's headline
    /// names its interviewee, whom an introduction may name alongside the critics it quotes.
    pub in_headline: Vec<usize>,
}

impl People {
    fn key_of(&self, lx: &Lexicon, words: &[String]) -> Vec<String> {
        let mut keys = vec![words.last().cloned().unwrap_or_default()];
        // East Asian family names come first ("Xi Jinping" is "Xi"), and so does a family
        // name we do not list when the article uses it alone ("Chea Sophearith" … "Herr
        // Chea") and it is not a given name.
        let family_first = || {
            words.len() == 2
                && lx.first_name(&words[0]).is_none()
                && self.standalone.contains(words[0].as_str())
                && !PARTICLES.contains(&words[0].as_str())
        };
        if words.len() >= 2 && (lx.is_east_asian_surname(&words[0]) || family_first()) {
            keys.push(words[0].clone());
        } else if words.len() >= 3 {
            // Hispanic and Lusophone double surnames: "Julián Arreola Benítez" is "Arreola",
            // "Helena Tavares Bastos" is "Tavares". A middle word that is also a given name
            // counts when the article uses it alone ("Nayra Déniz Afonso" … "dijo Déniz").
            let mid = &words[words.len() - 2];
            if (lx.first_name(mid).is_none() || self.standalone.contains(mid.as_str()))
                && !PARTICLES.contains(&mid.as_str())
                && mid.chars().count() > 2
            {
                keys.push(mid.clone());
            }
            // A first surname before a particle ("Álvaro Restrepo de la Torre" is "Restrepo").
            if let Some(p) = (2..words.len() - 1).find(|&i| PARTICLES.contains(&words[i].as_str()))
            {
                let first = &words[p - 1];
                if lx.first_name(first).is_none()
                    && !PARTICLES.contains(&first.as_str())
                    && first.chars().count() > 2
                    && !keys.contains(first)
                {
                    keys.push(first.clone());
                }
            }
        }
        keys
    }

    /// Adds a name or merges it with a person of the same surname, keeping the fullest form.
    pub fn register(
        &mut self,
        lx: &Lexicon,
        name: &str,
        words: Vec<String>,
        gender: Gender,
    ) -> usize {
        let keys = self.key_of(lx, &words);
        let mut namesake_of = None;
        let known = self.lookup_full(&words).or_else(|| {
            let id = keys.iter().find_map(|k| self.by_key.get(k)).copied()?;
            if Self::namesakes(&self.persons[id].words, &words) {
                namesake_of = Some(id);
                return None;
            }
            Some(id)
        });
        // A shorter form inside a known full name ("Ponce de León" in "Gabriela Ponce de León
        // Irías"), when its own keys are first names and so missed the look-up.
        let known = known.or_else(|| {
            (namesake_of.is_none() && words.len() >= 2)
                .then(|| {
                    self.persons.iter().position(|p| {
                        p.words.len() > words.len()
                            && p.words.windows(words.len()).any(|w| w == words.as_slice())
                    })
                })
                .flatten()
        });
        if let Some(id) = known {
            let p = &mut self.persons[id];
            if words.len() > p.words.len() {
                p.name = name.to_string();
                p.words = words.clone();
            }
            p.gender = p.gender.or(gender);
            for k in self.key_of(lx, &words) {
                self.by_key.entry(k).or_insert(id);
            }
            return id;
        }
        let id = self.persons.len();
        self.persons.push(Person {
            name: name.to_string(),
            words,
            gender,
            classes: 0,
            roles: Vec::new(),
            role_of: Vec::new(),
            nationality: None,
            first_paragraph: usize::MAX,
            first_as_subject: false,
            first_opens_paragraph: false,
            first_named_by_cue: false,
            asked_about: false,
        });
        for k in keys {
            self.by_key.entry(k).or_insert(id);
        }
        // Full names are only needed to tell namesakes apart, so only they are kept.
        if let Some(other) = namesake_of {
            let other_full = self.persons[other].words.join(" ");
            self.by_full.entry(other_full).or_insert(other);
            self.by_full.insert(self.persons[id].words.join(" "), id);
        }
        id
    }

    /// A person known by one word, met again with a second ("Vanhxay" … "Vanhxay Phommachanh"
    /// in an earlier paragraph, which the first pass read before it knew the name): the two
    /// words are the fullest form.
    pub fn complete_one_word_name(
        &mut self,
        lx: &Lexicon,
        id: usize,
        name: &str,
        words: &[String],
    ) {
        let p = &mut self.persons[id];
        if p.words.len() != 1 || words.len() != 2 || words[0] != p.words[0] {
            return;
        }
        p.name = name.to_string();
        p.words = words.to_vec();
        for k in self.key_of(lx, words) {
            self.by_key.entry(k).or_insert(id);
        }
    }

    fn lookup_full(&self, words: &[String]) -> Option<usize> {
        if self.by_full.is_empty() || words.len() < 2 {
            return None;
        }
        self.by_full.get(&words.join(" ")).copied()
    }

    /// Two full names with the same surname whose first names differ ("Théo" and "Juliette
    /// Lamarck-Vidal") are relatives, not one person named twice. A shorter form that drops
    /// leading given names ("Lula da Silva", "Saif al-Rawahi") is the same person.
    fn namesakes(a: &[String], b: &[String]) -> bool {
        let given = |w: &str| w.trim_end_matches('.').chars().count() > 1;
        a.len() >= 2
            && b.len() >= 2
            && given(&a[0])
            && given(&b[0])
            && !a.contains(&b[0])
            && !b.contains(&a[0])
    }

    /// Collects [`People::standalone`] from the article's tokens.
    pub fn note_standalone_words(&mut self, paragraphs: &[Vec<Token>], lang: Lang, lx: &Lexicon) {
        for toks in paragraphs {
            for k in 0..toks.len() {
                let t = &toks[k];
                let next = toks.get(k + 1);
                if !t.is_word() || !t.cap || t.folded.chars().count() <= 2 {
                    continue;
                }
                let mid_sentence = k > 0 && {
                    let prev = &toks[k - 1];
                    prev.is_word()
                        && !prev.cap
                        && lx.determiner(lang, &prev.folded).is_none()
                        && !PREPS.contains(prev.folded.as_str())
                        // German nouns are capitalised: after an inflected adjective
                        // ("der deutschen Industrie", "belarussischer Haft") a word is a noun.
                        && !(lang == Lang::De && german_adjective_ending(&prev.folded))
                };
                // At a sentence start only a compound surname's shape counts ("Ma'afu-Vea
                // shrugged"), since any word is capitalised there.
                // So does an age in apposition ("Pacheco, de 52 años, cruzó").
                let opens_sentence = || {
                    (k == 0 || matches!(toks[k - 1].ch, '.' | '!' | '?' | '—'))
                        && (next.is_some_and(|n| n.is_word() && !n.cap)
                            && compound_surname_shape(&t.folded)
                            || age_follows(&toks[k + 1..]))
                };
                // "Mr Sok" for "Sok Chanrithy": a title before one word uses it as a surname.
                let after_title = || {
                    let dotted = k >= 2 && toks[k - 1].ch == '.';
                    let w = k.checked_sub(if dotted { 2 } else { 1 });
                    w.and_then(|w| toks.get(w)).is_some_and(|h| {
                        h.is_word() && h.cap && lx.honorific(&h.folded, dotted).is_some()
                    })
                };
                let next_cap = next.is_some_and(|n| n.is_word() && n.cap);
                let titled = after_title();
                if next_cap && titled {
                    self.after_honorific.insert(t.folded.to_string());
                }
                // After a quote too: "“…,” Hale told the Ledger".
                let closes = |c: char| matches!(c, '.' | '!' | '?') || QUOTE_MARKS.contains(&c);
                let after_quote = k >= 2 && toks[k - 1].ch == ',' && closes(toks[k - 2].ch);
                if (k == 0 || closes(toks[k - 1].ch) || after_quote)
                    && next.is_some_and(|n| n.is_word() && !n.cap)
                {
                    self.opens_alone.insert(t.folded.to_string());
                }
                if !next_cap
                    && (mid_sentence || opens_sentence() || titled)
                    && !self.standalone.contains(t.folded.as_str())
                {
                    self.standalone.insert(t.folded.to_string());
                }
            }
        }
    }

    /// Whether the article uses this folded word alone as a surname (see the field).
    pub(crate) fn is_standalone(&self, folded: &str) -> bool {
        self.standalone.contains(folded)
    }

    /// Whether the article uses this folded word alone anywhere, even to open a sentence: the
    /// evidence an ambiguous given name needs before it (see `lexicon::Lexicon::ambiguous_first_name`).
    pub(crate) fn is_used_alone(&self, folded: &str) -> bool {
        self.standalone.contains(folded) || self.opens_alone.contains(folded)
    }

    /// Whether the article puts an honorific before this folded word ("Mr. Jordan …").
    pub(crate) fn is_after_honorific(&self, folded: &str) -> bool {
        self.after_honorific.contains(folded)
    }

    /// Orders the people by the paragraph that first names them; call once all are registered.
    pub fn index_first_namings(&mut self) {
        self.by_first_paragraph = self
            .persons
            .iter()
            .enumerate()
            .map(|(id, p)| (p.first_paragraph, id))
            .collect();
        self.by_first_paragraph.sort_unstable();
    }

    /// The people first named in paragraphs `range` (see [`People::index_first_namings`]).
    pub fn first_named_in(
        &self,
        range: std::ops::RangeInclusive<usize>,
    ) -> impl Iterator<Item = usize> + '_ {
        let from = self
            .by_first_paragraph
            .partition_point(|&(p, _)| p < *range.start());
        self.by_first_paragraph[from..]
            .iter()
            .take_while(move |&&(p, _)| p <= *range.end())
            .map(|&(_, id)| id)
    }

    /// Records that paragraph `paragraph` names person `id` (the mention finder's first pass
    /// reads paragraphs in order, so the first call per person is the earliest).
    pub fn note_named(&mut self, id: usize, paragraph: usize, naming: Naming) {
        let p = &mut self.persons[id];
        if paragraph < p.first_paragraph {
            p.first_paragraph = paragraph;
            p.first_as_subject = naming.as_subject;
            p.first_opens_paragraph = naming.opens_paragraph;
            p.first_named_by_cue = naming.announced;
        } else if paragraph == p.first_paragraph {
            p.first_as_subject |= naming.as_subject;
            p.first_named_by_cue |= naming.announced;
        }
    }

    /// The one person whose name has these initials, for an interview labelled by initials
    /// ("A. L.-D. :" for Aminata Lévesque-Diallo, after a first turn under the full name; "MBO:"
    /// for Marguerite Baptiste-Okafor, written without points).
    pub fn by_initials(&self, label: &str) -> Option<usize> {
        let label = label.trim();
        if (2..=4).contains(&label.chars().count()) && label.chars().all(char::is_uppercase) {
            let wanted = crate::fold::fold(label);
            // Hyphenated parts count one letter each ("MBO") or the name one letter ("AS" for
            // Abena Sarfo-Quaye).
            let joined = |p: &Person, particles: bool, parts: bool| -> String {
                p.words
                    .iter()
                    .filter(|w| particles || !PARTICLES.contains(&w.as_str()))
                    .flat_map(|w| {
                        let n = if parts { usize::MAX } else { 1 };
                        w.split('-').take(n).filter_map(|part| part.chars().next())
                    })
                    .collect()
            };
            // "WL" for Tomasz Wierzbicki-Lenz: a double-barrelled surname's parts alone.
            let surname_parts = |p: &Person| {
                p.words.last().is_some_and(|last| {
                    last.contains('-')
                        && last
                            .split('-')
                            .filter_map(|part| part.chars().next())
                            .eq(wanted.chars())
                })
            };
            let mut found = self.persons.iter().enumerate().filter(|(_, p)| {
                [(false, true), (true, true), (false, false), (true, false)]
                    .iter()
                    .any(|&(particles, parts)| joined(p, particles, parts) == wanted)
                    || surname_parts(p)
            });
            let (id, _) = found.next()?;
            return found.next().is_none().then_some(id);
        }
        let wanted: Vec<String> = label
            .split_whitespace()
            .map(|w| {
                let parts: Option<Vec<char>> = w
                    .split('-')
                    .map(|p| {
                        let mut c = p.strip_suffix('.')?.chars();
                        let first = c.next().filter(|c| c.is_uppercase())?;
                        c.next().is_none().then_some(first)
                    })
                    .collect();
                parts.map(|cs| crate::fold::fold(&cs.into_iter().collect::<String>()))
            })
            .collect::<Option<_>>()?;
        if wanted.len() < 2 {
            return None;
        }
        // "Y. L. G." for Yannick Le Gall keeps the particle; "J. W." for Jan van Wyk drops it.
        let initials = |words: &[String], particles: bool| -> Vec<String> {
            words
                .iter()
                .filter(|w| particles || !PARTICLES.contains(&w.as_str()))
                .map(|w| w.split('-').filter_map(|p| p.chars().next()).collect())
                .collect()
        };
        let mut found = self.persons.iter().enumerate().filter(|(_, p)| {
            initials(&p.words, false) == wanted || initials(&p.words, true) == wanted
        });
        let (id, _) = found.next()?;
        found.next().is_none().then_some(id)
    }

    pub fn lookup(&self, folded: &str) -> Option<usize> {
        self.by_key.get(folded).copied()
    }

    /// A person by the words of a name as written: the full name first, then its surname.
    /// A relative sharing the surname ("Tormod" for a registered "Grete Haugland") is not found.
    pub fn lookup_name(&self, words: &[String]) -> Option<usize> {
        self.lookup_full(words).or_else(|| {
            self.lookup(words.last()?)
                .filter(|&id| !Self::namesakes(&self.persons[id].words, words))
        })
    }

    /// A person by surname whose gender fits `gender` ("M. Lamarck-Vidal" is the brother, not
    /// the sister): the surname's first holder, else the latest namesake that fits.
    pub fn lookup_gendered(&self, surname: &str, gender: Gender) -> Option<usize> {
        let id = self.lookup(surname)?;
        if self.persons[id].gender.compatible(gender) {
            return Some(id);
        }
        self.persons
            .iter()
            .rposition(|p| {
                p.words.last().is_some_and(|w| w == surname) && p.gender.compatible(gender)
            })
            .or(Some(id))
    }

    /// A title before the first word of one known full name ("Mme Tigist" for Tigist Alemayehu
    /// Bekele, "Ms Kim" for Kim Soo-yeon, "Doña Remedios"): naming customs where the title goes
    /// with the given or family name written first. Two candidates make it no one.
    pub fn lookup_first_word(&self, word: &str, gender: Gender) -> Option<usize> {
        let mut fits = self.persons.iter().enumerate().filter(|(_, p)| {
            p.words.len() >= 2 && p.words[0] == word && p.gender.compatible(gender)
        });
        let (id, _) = fits.next()?;
        fits.next().is_none().then_some(id)
    }

    /// "His Tajik counterpart, X": X holds the office of the last person named before them
    /// with a role, so "the minister" may mean either of the two.
    pub(crate) fn share_office(&mut self, id: usize) {
        let Some(other) = self.persons[..id]
            .iter()
            .rev()
            .find(|p| p.classes & !super::lexicon::class::OTHER != 0)
        else {
            return;
        };
        let (classes, roles) = (other.classes, other.roles.clone());
        let p = &mut self.persons[id];
        p.classes |= classes;
        for r in roles {
            if !p.roles.contains(&r) {
                p.roles.push(r);
            }
        }
    }

    /// An occupation with no office behind it ("la docteure X", "Zara Abakar, infirmière"):
    /// "l'infirmière" later finds her by that very noun, but no class is implied, so she stays
    /// free for the rules about people named without a role.
    pub(crate) fn add_role_noun(&mut self, id: usize, role: &str) {
        let p = &mut self.persons[id];
        if !p.roles.iter().any(|r| r == role) {
            p.roles.push(role.to_string());
        }
    }

    /// A nationality an apposition gives without a role class ("son homologue mauritanien,
    /// X", "X, un ingénieur norvégien"); the first one known stays.
    pub(crate) fn add_nationality(&mut self, id: usize, nationality: Option<usize>) {
        let p = &mut self.persons[id];
        p.nationality = p.nationality.or(nationality);
    }

    pub(crate) fn add_role(&mut self, id: usize, d: &Desc) {
        let p = &mut self.persons[id];
        if let Some(of) = &d.of {
            p.role_of.push((d.role.clone(), of.clone()));
        }
        p.classes |= d.class;
        if !p.roles.contains(&d.role) {
            p.roles.push(d.role.clone());
        }
        if p.nationality.is_none() {
            p.nationality = d.nationality;
        }
        p.gender = p.gender.or(d.gender);
    }
}

/// "ma'afu-vea", "kharadze-berishvili": two or more name parts joined by a hyphen or apostrophe.
pub(crate) fn compound_surname_shape(folded: &str) -> bool {
    let mut parts = 0;
    for p in folded.split(['-', '\'', '’']) {
        if p.chars().count() < 2 {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Whether the tokens after a word start an age in apposition: ", 52," or ", de 52 años" or
/// ", 47-year-old".
fn age_follows(toks: &[Token]) -> bool {
    if toks.first().is_none_or(|t| t.ch != ',') {
        return false;
    }
    let words: Vec<&Token> = toks[1..].iter().take(4).collect();
    let number = |t: &Token| t.is_word() && t.folded.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n, c, ..] if number(n) && c.ch == ',' => n.folded.len() <= 2,
        [d, n, u, ..] if matches!(d.folded.as_str(), "de" | "a" | "an") && number(n) => {
            matches!(u.folded.as_str(), "anos" | "ans" | "years" | "jahre")
        }
        _ => false,
    }
}
