//! People and the ways the text refers to them: full names, surnames, honorifics ("M. Lavrov"),
//! appositions ("Le ministre russe des Affaires étrangères Sergueï Lavrov"), descriptors ("le
//! diplomate russe", "the top U.S. diplomat"), pronouns, and organisations or places that speak
//! ("the ministry said"), which are never people.
//!
//! A first pass over the whole article builds the person registry (so "M. Lavrov" in paragraph 2
//! can be named "Sergueï Lavrov" even when the full name comes later); the main pass then walks the
//! mentions in reading order and resolves descriptors and pronouns to the most recent compatible
//! referent.

use super::lexicon::{class, subjunctive_verb, Gender, Lang, Lexicon, Pron, Role};
pub use super::people::{People, Person};
use super::tokens::Token;
use crate::analyze::entities::{gazetteer, Hit};
use crate::analyze::wordfilter::WordSet;
use std::sync::LazyLock;

/// Who a mention refers to once resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Referent {
    Person(usize),
    /// A person the article does not name ("un diplomate européen").
    Unnamed,
    /// Not a person: organisation, place, collective, impersonal pronoun.
    Nobody,
}

/// What kind of expression a mention is.
#[derive(Debug, Clone, PartialEq)]
pub enum MKind {
    Name(usize),
    Pronoun(Pron),
    Descriptor(Desc),
    /// Organisation, country, city or collective ("the ministry", "Moscou"), with the gender
    /// its determiner gives ("die Regierung" is feminine, and "sie" may mean it).
    Org(Gender),
}

/// A role descriptor: "le diplomate russe", "the top U.S. diplomat".
#[derive(Debug, Clone, PartialEq)]
pub struct Desc {
    pub role: String,
    pub class: u8,
    pub gender: Gender,
    pub nationality: Option<usize>,
    pub definite: bool,
    /// Introduced by an article or a possessive ("die Juristin", "Norway's envoy"), not bare
    /// ("Wirtschaftsforscher bezweifeln…", which may be plural).
    pub determined: bool,
    pub plural: bool,
    /// The common noun of the role's complement ("la présidente du *festival*", "the head
    /// of the *delegation*"): "la présidente du jury" is someone else.
    pub of: Option<String>,
}

/// One mention, with byte offsets into the paragraph and word indices into the word list.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Index (into the paragraph's word list) of the first and one-past-last word.
    pub w0: usize,
    pub w1: usize,
    pub kind: MKind,
    pub referent: Referent,
}

impl Mention {
    pub fn is_personlike(&self) -> bool {
        !matches!(self.kind, MKind::Org(_))
    }

    /// A name of person `id` over words `w0..w1`.
    fn name(words: &[&Token], w0: usize, w1: usize, id: usize) -> Mention {
        Mention {
            start: words[w0].start,
            end: words[w1 - 1].end,
            w0,
            w1,
            kind: MKind::Name(id),
            referent: Referent::Person(id),
        }
    }
}

pub(crate) const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "bin", "al", "el", "le",
    "la", "ten", "ter", "zu", "ould", "ibn", "bint", "dos", "das", "do", "ben", "wa", "uulu",
    "kyzy", "ag", "ap", "i", "arap", "af", "við", "los", "las", "binti", "binte",
];

/// [`PARTICLES`] behind a filter, for the test asked of every short word.
static PARTICLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PARTICLES));

/// Double and angle quotation marks, opening or closing, as they stand around a quotation.
pub(crate) const QUOTE_MARKS: [char; 8] = ['«', '»', '“', '”', '„', '"', '‹', '›'];

/// Capitalised words that start sentences or titles but are never part of a name.
const NOT_NAMES_LIST: &[&str] = &[
    // Obituary headlines: "Muere Fermín Echeverría-Landaburu", "Meurt …", "Stirbt …".
    "muere",
    "fallece",
    "meurt",
    "stirbt",
    "dies",
    // Numerals that tell anonymous officials apart ("SENIOR OFFICIAL ONE:").
    "one",
    "two",
    "three",
    "four",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "du",
    "de",
    "the",
    "a",
    "an",
    "el",
    "los",
    "las",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    // German articles in other cases ("Dem Entwurf zufolge …").
    "dem",
    "den",
    "einem",
    "einen",
    "einer",
    "eines",
    "selon",
    "according",
    "segun",
    "laut",
    "pour",
    "for",
    "in",
    "en",
    "im",
    "am",
    "au",
    "aux",
    "on",
    "at",
    "dans",
    "mais",
    "but",
    "pero",
    "aber",
    "et",
    "and",
    "y",
    "und",
    "il",
    "elle",
    "he",
    "she",
    "er",
    "sie",
    "we",
    "nous",
    "wir",
    "nosotros",
    "i",
    "je",
    "ich",
    "yo",
    "they",
    "ils",
    "it",
    "this",
    "that",
    "ce",
    "cette",
    "these",
    "those",
    "lors",
    "when",
    "after",
    "apres",
    "before",
    "avant",
    "despues",
    "nach",
    "vor",
    "mit",
    "with",
    "avec",
    "con",
    "sur",
    "sobre",
    "auch",
    "also",
    "aussi",
    "tambien",
    "as",
    "como",
    "comme",
    "wie",
    "while",
    "alors",
    "lorsque",
    "quand",
    "cuando",
    "als",
    "wenn",
    "speaking",
    "asked",
    "interroge",
    "interrogee",
    "preguntado",
    "preguntada",
    "gefragt",
    "president",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "m",
    "mme",
    "sr",
    "sra",
    "herr",
    "frau",
    "q",
    "ap",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    // Sentence openers of questions and clauses ("Would Tonga accept…", "Does Beijing…").
    "would",
    "could",
    "should",
    "will",
    "can",
    "does",
    "did",
    "do",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "how",
    "what",
    "why",
    "where",
    "who",
    "which",
    "if",
    "so",
    "yet",
    "still",
    "est-ce",
    "comment",
    "pourquoi",
    "ou",
    "qui",
    "que",
    "si",
    "donc",
    "pourtant",
    "ainsi",
    "como",
    "por",
    "porque",
    "donde",
    "quien",
    "que",
    "si",
    "pues",
    "sin",
    "warum",
    "wie",
    "wo",
    "wer",
    "was",
    "ob",
    "doch",
    "denn",
    "dann",
    "noch",
    // Possessives, quantifiers, numbers and contracted prepositions before a capitalised German
    // noun ("Sein Land stehe …", "Viele Verfahren …", "Zwei Tage nach …", "Beim Treffen …").
    "viele",
    "einige",
    "jede",
    "jeder",
    "jedes",
    "jedem",
    "jeden",
    "diese",
    "dieser",
    "dieses",
    "diesem",
    "keine",
    "keiner",
    "manche",
    "mehrere",
    "wenige",
    "beide",
    "beim",
    "vom",
    "zum",
    "zur",
    "sein",
    "seine",
    "ihr",
    "ihre",
    "unser",
    "unsere",
    "mein",
    "meine",
    "zwei",
    "drei",
    "vier",
    "funf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwolf",
    "hunderte",
    "hunderten",
    "tausende",
    "tausenden",
    "dutzende",
    "dutzenden",
    // "4,1 Millionen Menschen": number nouns, capitalised in German.
    "million",
    "millionen",
    "milliarde",
    "milliarden",
    "zuvor",
    "danach",
    "darauf",
    "daraufhin",
    "seitdem",
    "stattdessen",
    "immerhin",
    "jedenfalls",
    "zumindest",
    "offenbar",
    "angeblich",
    // Spanish copulas of a cleft sentence ("Fue Villacís quien le regaló …").
    "fue",
    "fueron",
    "era",
    "eran",
    "es",
    // German prepositions that open a sentence before a name ("Neben Kallweit sitzt …",
    // "Gegenüber Vossberg räumte er ein …").
    "neben",
    "gegen",
    "gegenuber",
    "bei",
    "seit",
    "trotz",
    "wegen",
    "zwischen",
    "hinter",
    "durch",
    "ohne",
    "wahrend",
    "unter",
    "uber",
    // Heads of place names ("Mount Yasur", "Lake Chad").
    "mount",
    "mont",
    "lake",
    "lac",
    "cape",
    "river",
    "gulf",
    "golfe",
    "golfo",
    "isla",
    "island",
    "islands",
    "bay",
    "baie",
    "bahia",
    "strait",
    "volcano",
    "volcan",
    "vulkan",
];

/// Words before a bare role noun that are no noun it could qualify: conjunctions,
/// possessives and quantifiers ("son avocate", "deux diplomates", "otros ministros").
static NOT_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "y",
        "e",
        "o",
        "u",
        "et",
        "ou",
        "ni",
        "mais",
        "pero",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "mon",
        "ma",
        "mes",
        "su",
        "sus",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "mi",
        "mis",
        "tu",
        "tus",
        "deux",
        "trois",
        "quatre",
        "plusieurs",
        "quelques",
        "certains",
        "autres",
        "autre",
        "chaque",
        "tout",
        "tous",
        "dos",
        "tres",
        "cuatro",
        "varios",
        "varias",
        "algunos",
        "algunas",
        "otros",
        "otras",
        "otro",
        "otra",
        "cada",
        "todo",
        "todos",
        "ex",
        "dont",
        "que",
        "qui",
        "quien",
        "cuyo",
        "cuya",
    ])
});

/// Ministerial portfolios ("Water Resources", "l'Énergie", "Wirtschaft"): where a role's
/// capitalised complement ends and the holder's name begins.
static PORTFOLIOS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::from_list_file(include_str!("../../../data/quotes/portfolios.txt")));

/// Heads of noun phrases that denote organisations or collective sources.
/// Words that make a capitalised run an institution rather than a person's name.
static ORG_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ORG_WORDS_LIST, PLACES_NAMED_AFTER_PEOPLE].concat()));
const ORG_WORDS_LIST: &[&str] = &[
    "institute",
    "institut",
    "instituto",
    "university",
    "universite",
    "universidad",
    "universitat",
    "intelligence",
    "group",
    "groupe",
    "grupo",
    "gruppe",
    "foundation",
    "fondation",
    "fundacion",
    "stiftung",
    "bank",
    "banque",
    "banco",
    "fund",
    "fonds",
    "fondo",
    "forum",
    "center",
    "centre",
    "centro",
    "zentrum",
    "association",
    "asociacion",
    "verband",
    "verein",
    "initiative",
    "iniciativa",
    "coalition",
    "coalicion",
    "koalition",
    "alliance",
    "alianza",
    "allianz",
    "bundnis",
    "netzwerk",
    "campaign",
    "kampagne",
    "consultancy",
    "company",
    "corporation",
    "network",
    "networks",
    "party",
    "parti",
    "partido",
    "partei",
    "maritime",
    "holdings",
    "shipping",
    "airlines",
    "capital",
    "partners",
    "media",
    "news",
    "press",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "review",
    "watch",
    "trust",
    "logistics",
    "industries",
    "analytics",
    "consulting",
    "investments",
    "ventures",
    "securities",
    "insurance",
    "labs",
    "technologies",
    "programme",
    "program",
    "programa",
    "command",
    "commandement",
    "comando",
    "authority",
    "autorite",
    "autoridad",
    "monitor",
    "observatory",
    "observatoire",
    "observatorio",
    // Companies and services named by what they do ("Golden Meranti Resources", "Moana Deep
    // Minerals", "Hellenic Coast Guard", "Brújula Humanitaria").
    "resources",
    "minerals",
    "mining",
    "mineracao",
    "mineria",
    "energy",
    "solutions",
    "services",
    "systems",
    "pharmaceuticals",
    "petroleum",
    "guard",
    "project",
    "crescent",
    "humanitarian",
    "humanitaire",
    "humanitaria",
    "humanitar",
];

/// Places named after people, in a capitalised run ("Hamad International Airport", "Palais
/// Wilson") or before one ("el aeropuerto Juan Santamaría"): part of [`ORG_WORDS`] and of
/// [`NAMED_PLACE_NOUNS`].
const PLACES_NAMED_AFTER_PEOPLE: &[&str] = &[
    "airport",
    "aeroport",
    "aeropuerto",
    "flughafen",
    "stadium",
    "stade",
    "estadio",
    "hospital",
    "hopital",
    "palace",
    "palais",
    "palacio",
    "bridge",
    "street",
    "avenue",
    "square",
    "rue",
    "boulevard",
    "calle",
    "avenida",
    "plaza",
    "paseo",
    "strasse",
];

/// Endings of German common nouns that no given name has.
const GERMAN_NOUN_ENDINGS: &[&str] = &[
    "ungs",
    "heit",
    "keit",
    "schaft",
    "konzern",
    "konzerns",
    "ministerium",
    "ministeriums",
    "gerichts",
    "verbands",
    "tion",
    "tions",
    "ismus",
];

/// Lower-case nouns of places, buildings and vessels that take a person's name after them
/// ("el aeropuerto Juan Santamaría", "l'hôpital Laquintinie", "la calle Simón Bolívar").
static NAMED_PLACE_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    let more = [
        "krankenhaus",
        "school",
        "ecole",
        "lycee",
        "college",
        "colegio",
        "liceo",
        "escuela",
        "universite",
        "universidad",
        "museum",
        "musee",
        "museo",
        "teatro",
        "theatre",
        "estacion",
        "gare",
        "bahnhof",
        "barrio",
        "quartier",
        "puente",
        "pont",
        "ship",
        "navire",
        "buque",
        "fragata",
        "fregatte",
        // Street names: "sur les marches du bâtiment de la viale Stefano Franscini".
        "viale",
        "via",
        "piazza",
        "corso",
        "quai",
        "allee",
        "rambla",
    ];
    WordSet::new(&[PLACES_NAMED_AFTER_PEOPLE, &more].concat())
});

const ORG_HEADS_LIST: &[&str] = &[
    // Non-governmental organisations: "L'ONG Médecins de l'urgence affirme".
    "ong",
    "ngo",
    "nichtregierungsorganisation",
    "ministry",
    "ministere",
    "ministerio",
    "ministerium",
    "government",
    "gouvernement",
    "gobierno",
    "regierung",
    "bundesregierung",
    // Legislatures.
    "landtag",
    "bundestag",
    "nationalrat",
    "standerat",
    "senate",
    "senat",
    "senado",
    "congress",
    "congres",
    "congreso",
    "kongress",
    "assembly",
    "assemblee",
    "asamblea",
    "duma",
    "knesset",
    // The Swiss Federal Council and the German and Austrian upper chambers: without a name
    // ("Bundesrat Ignazio Cassis") "der Bundesrat" is a body, not one of its members.
    "bundesrat",
    "presidency",
    "presidence",
    "presidencia",
    "department",
    "departement",
    "departamento",
    "delegation",
    "delegacion",
    "side",
    "camp",
    "kremlin",
    "statement",
    "communique",
    "comunicado",
    "erklarung",
    "declaration",
    "declaracion",
    "commission",
    "comision",
    "kommission",
    "council",
    "conseil",
    "consejo",
    "army",
    "armee",
    "ejercito",
    "armee",
    "embassy",
    "ambassade",
    "embajada",
    "botschaft",
    "office",
    "agency",
    "agence",
    "agencia",
    "organisation",
    "organization",
    "organizacion",
    "alliance",
    "alianza",
    "allianz",
    "coalition",
    "coalicion",
    "union",
    "bloc",
    "court",
    "tribunal",
    "cour",
    "parliament",
    "parlement",
    "parlamento",
    "parliament",
    "cabinet",
    "administration",
    "white",
    "maison",
    "casa",
    "state",
    "source",
    "sources",
    "fuentes",
    "quellen",
    "kreisen",
    "spokesman's",
    "participants",
    "participantes",
    "teilnehmer",
    "negociateurs",
    "negotiators",
    "negociadores",
    "diplomats",
    "diplomates",
    "diplomaticos",
    "diplomaten",
    "officials",
    "responsables",
    "funcionarios",
    "leaders",
    "dirigeants",
    "lideres",
    "ministers",
    "ministres",
    "ministros",
    "minister",
    "auswartige",
    "amt",
    "group",
    "groupe",
    "grupo",
    "gruppe",
    "board",
    "committee",
    "comite",
    "comision",
    "ausschuss",
    "bureau",
    "secretariat",
    "secretaria",
    "sekretariat",
    "company",
    "entreprise",
    "empresa",
    "consultora",
    "consultoria",
    "naviera",
    "petrolera",
    "aseguradora",
    "unternehmen",
    "media",
    "medias",
    "medios",
    "medien",
];

/// German sentence-opening adverbs, capitalised like the nouns after them ("Darunter Objekte,
/// mit Bleistift nummeriert"): never a name's first word, though inside a run, where no
/// sentence starts, "Nur" is a surname ("Abdirahman Sheikh Nur").
const GERMAN_OPENING_ADVERBS: &[&str] = &[
    "darunter",
    "dabei",
    "daher",
    "damit",
    "dennoch",
    "deshalb",
    "trotzdem",
    "zudem",
    "ausserdem",
    "allerdings",
    "inzwischen",
    "bisher",
    "heute",
    "gestern",
    "jetzt",
    "hier",
    "dort",
    "nun",
    "schon",
    "erst",
    "nur",
    "gerade",
    "vielleicht",
];

/// Cardinal numbers written out in French, Spanish, German and English, folded ("zwolf"); "dos"
/// is left out, as it opens Portuguese surnames ("Dos Santos").
const NUMBER_WORDS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "mille",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "doce",
    "veinte",
    "treinta",
    "cuarenta",
    "cincuenta",
    "cien",
    "zwei",
    "drei",
    "vier",
    "funf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "zwolf",
    "zwanzig",
    "dreissig",
    "vierzig",
    "hundert",
    "tausend",
    "five",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
];

const PREPS_LIST: &[&str] = &[
    "a", "au", "aux", "de", "du", "des", "d", "avec", "pour", "par", "sur", "contre", "chez",
    "entre", "vers", "aupres", "devant", "sans", "envers", "to", "of", "with", "for", "by", "on",
    "against", "at", "from", "about", "between", "toward", "towards", "into", "in", "al", "del",
    "con", "para", "por", "sobre", "hacia", "ante", "en", "an", "auf", "mit", "fur", "von", "vom",
    "zu", "zum", "zur", "bei", "gegen", "uber", "aus", "nach", "vor", "im", "dans", "que", "than",
    "como", "wie", "comme", "desde", "hasta", "tras", "durante", "depuis", "apres", "pendant",
    "seit", "durch", "since", "after", "during",
];

/// A name given as what someone is called: "Se llama Rosario Tzompa", "elle s'appelle X",
/// "Mhairi Kowalczyk heißt sie", "her name is X", "who gave her name only as X".
pub(crate) fn naming_cue(text: &str, m: &Mention) -> bool {
    // Mentions read apart from their paragraph (inside a quotation's tag) come without it.
    let (Some(before), Some(after)) = (text.get(..m.start), text.get(m.end..)) else {
        return false;
    };
    // A bounded look-around keeps this linear in the paragraph's length.
    let mut from = before.len().saturating_sub(40);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let mut to = after.len().min(24);
    while !after.is_char_boundary(to) {
        to += 1;
    }
    let before = crate::fold::fold(before[from..].trim_end());
    let after = crate::fold::fold(after[..to].trim_start());
    let before = before
        .rsplit(['.', ',', ';', ':'])
        .next()
        .unwrap_or("")
        .trim_end();
    [
        "se llama",
        "s'appelle",
        "s’appelle",
        "name is",
        "name as",
        "name only as",
        "heisst",
    ]
    .iter()
    .any(|c| before.ends_with(c))
        || ["heisst sie", "heisst er"]
            .iter()
            .any(|c| after.starts_with(c))
}

/// Nouns that say only that someone is a person ("une jeune femme", "an elderly man").
const PLAIN_PERSON_NOUNS: &[&str] = &[
    "femme", "homme", "woman", "man", "mujer", "hombre", "frau", "mann",
];

/// Months that are also surnames ("Theresa May", "Katrin Mai").
const MONTHS: &[&str] = &[
    "may", "mai", "june", "april", "august", "march", "marz", "julio", "junio",
];

/// "in March 1999", "3 March", "since May": a month that is also someone's surname ("Eleanor
/// March") is the month here, next to a number or after a preposition.
fn month_as_date(text: &str, words: &[&Token], i: usize) -> bool {
    let digits = |w: &Token| w.folded.starts_with(|c: char| c.is_ascii_digit());
    MONTHS.contains(&words[i].folded.as_str())
        && (words
            .get(i + 1)
            .is_some_and(|n| digits(n) && gap_is_space(text, words[i], n))
            || i > 0
                && (digits(words[i - 1])
                    || PREPS.contains(words[i - 1].folded.as_str())
                    || matches!(
                        words[i - 1].folded.as_str(),
                        "last" | "next" | "early" | "late" | "mid" | "since" | "until" | "this"
                    )))
}
static NOT_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    let words: Vec<&'static str> = NOT_NAMES_LIST
        .iter()
        .chain(GERMAN_OPENING_ADVERBS)
        .copied()
        .collect();
    WordSet::new(&words)
});
static NUMBER_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NUMBER_WORDS));
static ORG_HEADS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ORG_HEADS_LIST));
pub(crate) static PREPS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PREPS_LIST));

/// Is the word before word index `w0` a preposition (skipping an elided article)?
pub fn after_preposition(words: &[&Token], w0: usize) -> bool {
    governing_preposition(words, w0).is_some()
}

/// The word index of the preposition before word `w0`, skipping articles and possessives.
pub fn governing_preposition(words: &[&Token], w0: usize) -> Option<usize> {
    let mut i = w0;
    while i > 0 {
        i -= 1;
        let f = words[i].folded.as_str();
        if matches!(
            f,
            "l" | "the"
                | "la"
                | "le"
                | "les"
                | "el"
                | "los"
                | "las"
                | "der"
                | "die"
                | "dem"
                | "den"
                | "his"
                | "her"
                | "their"
                | "its"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "su"
                | "sus"
                | "sein"
                | "seine"
                | "ihre"
                | "ihr"
                | "seinen"
                | "ihren"
        ) {
            continue;
        }
        // "tandis que la délégation", "mientras que el ministro": the "que" of a conjunction
        // opens a clause whose subject follows; it governs nothing.
        let conjunction = f == "que"
            && i > 0
            && matches!(
                words[i - 1].folded.as_str(),
                "tandis" | "alors" | "mientras" | "parce" | "bien" | "pendant" | "ya"
            );
        return (PREPS.contains(f) && !conjunction).then_some(i);
    }
    None
}

/// Is word `p` "selon", "según", "laut" or the "to" of "according to": what follows is the
/// source of what the sentence reports.
pub fn names_a_source(words: &[&Token], p: usize) -> bool {
    match words[p].folded.as_str() {
        "selon" | "segun" | "laut" => true,
        "to" => p > 0 && words[p - 1].folded == "according",
        _ => false,
    }
}

pub(crate) fn gap_is_space(text: &str, a: &Token, b: &Token) -> bool {
    text[a.end..b.start].chars().all(char::is_whitespace)
}

/// Whether word `e` ends its capitalised run: no capitalised word follows after a space. A
/// place right after a given name that ends the run is the surname ("Le Dr Bertrand Paris,
/// directeur"), not where the person is.
fn ends_run(text: &str, words: &[&Token], e: usize) -> bool {
    !words
        .get(e + 1)
        .is_some_and(|n| n.cap && gap_is_space(text, words[e], n))
}

/// A capital letter with its full stop ("T." in "T. J. Mbugua").
fn initial(text: &str, w: &Token) -> bool {
    w.cap && w.end - w.start == 1 && text[w.end..].starts_with('.')
}

/// An initial, or "St." / "Ste." as in "Verna St. Rose-Alleyne": abbreviations that a name
/// may carry in its middle, full stop included.
fn name_abbreviation(text: &str, w: &Token) -> bool {
    initial(text, w)
        || w.cap && matches!(w.folded.as_str(), "st" | "ste") && text[w.end..].starts_with('.')
}

/// Inside a name, words are separated by spaces, or by an abbreviation's full stop.
fn name_gap(text: &str, a: &Token, b: &Token) -> bool {
    gap_is_space(text, a, b)
        || name_abbreviation(text, a) && text[a.end + 1..b.start].chars().all(char::is_whitespace)
        || quoted_nickname(&text[a.end..b.start])
}

/// A nickname in quote marks inside a name: "Margaret “Peggy” Lindqvist-Hale", "Ramon "Bong"
/// Villanueva-Tan".
fn quoted_nickname(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(' ') else {
        return false;
    };
    let Some(inner) = rest
        .strip_prefix(['“', '"', '‘', '«', '„'])
        .and_then(|r| r.strip_suffix(' '))
        .and_then(|r| r.strip_suffix(['”', '"', '’', '»', '“']))
    else {
        return false;
    };
    let inner = inner.trim_matches(|c: char| c == '\u{a0}' || c == '\u{202f}');
    !inner.is_empty()
        && inner.chars().count() <= 20
        && inner.starts_with(char::is_uppercase)
        && inner.split(' ').count() <= 2
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.'))
}

fn gap_allows_apposition(text: &str, a: &Token, b: &Token) -> bool {
    let g = text[a.end..b.start].trim();
    // A quoted name may close the complement ("Die Spitzenkandidatin des Bündnisses „Neuer
    // Weg“, Tamar Chkhaidze"); quoted words are not among the words read.
    let g = match g.strip_prefix(['„', '«', '“', '"']) {
        Some(inner) => inner.find(['“', '»', '”', '"']).map_or(g, |close| {
            inner[close..]
                .trim_start_matches(['“', '»', '”', '"'])
                .trim()
        }),
        None => g,
    };
    g.is_empty() || g == ","
}

/// Byte offset of the first hyphen in a word.
fn hyphen_at(word: &str) -> Option<usize> {
    word.bytes().position(|b| b == b'-')
}

/// Demonym, possessive country ("Norway's", "Chinas") or US-style prefix ("US-Botschafterin").
fn nationality_of(text: &str, words: &[&Token], i: usize, lang: Lang) -> Option<usize> {
    let g = gazetteer();
    let n = nationality_any(text, words, i, lang)?;
    // Regions ("Arctic", "Latin America") are not nationalities.
    (!g.entries[n].key.ends_with('_')).then_some(n)
}

fn nationality_any(text: &str, words: &[&Token], i: usize, lang: Lang) -> Option<usize> {
    let g = gazetteer();
    let t = words[i];
    if let Some(c) = g.demonym(&t.folded) {
        return Some(c);
    }
    let hit_country = |w: usize| -> Option<usize> {
        let h = g.match_at(text, words, w)?;
        let c = g.country_of(h.entry)?;
        Some(c)
    };
    if t.cap {
        // Possessive: "Norway's" / "Norway’s" (the 's is a separate word after an apostrophe).
        if words.get(i + 1).is_some_and(|n| n.folded == "s") {
            if let Some(c) = hit_country(i) {
                return Some(c);
            }
        }
        if lang == Lang::De || lang == Lang::Other {
            if let Some(stem) = t.folded.strip_suffix('s') {
                if let Some(c) = g.demonym(stem) {
                    return Some(c);
                }
                // "Chinas": genitive of a country name.
                if let Some(e) = g.place_by_name(stem) {
                    return Some(e);
                }
            }
        }
        if t.folded == "u.s." || t.folded == "us" {
            return hit_country(i);
        }
    }
    // A byte search: '-' is ASCII, and `str::split_once` with a char pattern was a visible
    // share of the per-word look-ups.
    if let Some(pre) = hyphen_at(&t.folded).map(|k| &t.folded[..k]) {
        if let Some(c) = g.demonym(pre) {
            return Some(c);
        }
        if pre == "us" || pre == "u.s." {
            return hit_country(i);
        }
    }
    None
}

/// The pronoun word `t` is as a subject, including French inversion ("a-t-il",
/// "écrivent-ils"); Spanish "el" is the article and only accented "él" the pronoun.
fn subject_pronoun(text: &str, t: &Token, lang: Lang, lx: &Lexicon) -> Option<Pron> {
    let f = t.folded.as_str();
    if lang == Lang::Es || lang == Lang::Other {
        match t.text(text) {
            "él" | "Él" => return Some(Pron::Person(Gender::M)),
            "el" | "El" => return None,
            _ => {}
        }
    }
    lx.pronoun(lang, f).or_else(|| {
        if matches!(lang, Lang::Fr | Lang::Other) && hyphen_at(f).is_some() {
            let suffix = f.rsplit('-').next().unwrap_or("");
            if matches!(suffix, "il" | "elle" | "ils" | "elles" | "on") {
                return lx.pronoun(Lang::Fr, suffix);
            }
        }
        None
    })
}

/// "la première", "el primero", "the former", "Erstere" (the earlier of the last two people),
/// or "ce dernier", "la seconde", "the latter" … (see [`latter_pronoun`]), with its length.
fn ordinal_pronoun(
    text: &str,
    words: &[&Token],
    i: usize,
    lang: Lang,
    lx: &Lexicon,
) -> Option<(Pron, usize)> {
    if let Some((g, len)) = latter_pronoun(text, words, i, lang, lx) {
        return Some((Pron::Latter(g), len));
    }
    let (g, len) = former_form(words, i, lang)?;
    // "le Premier ministre", "the former minister": an ordinal before an office.
    let office = |k: usize| {
        words.get(k).is_some_and(|w| {
            lx.is_role_word(&w.folded)
                || matches!(w.folded.as_str(), "ministre" | "minister" | "ministro")
        })
    };
    if len == 2 && words[i + 1].cap || office(i + len) {
        return None;
    }
    clause_subject(text, words, i, len, lang, lx).then_some((Pron::Former(g), len))
}

/// The words for "the former" at word `i`: gender and length.
fn former_form(words: &[&Token], i: usize, lang: Lang) -> Option<(Gender, usize)> {
    use Gender::*;
    let next = words.get(i + 1).map(|w| w.folded.as_str());
    Some(match (lang, words[i].folded.as_str(), next) {
        (Lang::Fr | Lang::Other, "le", Some("premier")) => (M, 2),
        (Lang::Fr | Lang::Other, "la", Some("premiere")) => (F, 2),
        (Lang::Es | Lang::Other, "el", Some("primero")) => (M, 2),
        (Lang::Es | Lang::Other, "la", Some("primera")) => (F, 2),
        (Lang::En | Lang::Other, "the", Some("former")) => (Unknown, 2),
        (Lang::De | Lang::Other, "ersterer", _) => (M, 1),
        (Lang::De | Lang::Other, "erstere", _) => (F, 1),
        _ => return None,
    })
}

/// Auxiliaries, clitics and common speech verbs that show "ce dernier", "the latter" or
/// "Letzterer" is the subject of the next verb and not an adjective before a noun.
const VERB_AFTER_LATTER: &[&str] = &[
    "a", "avait", "aura", "est", "etait", "ne", "n", "s", "se", "l", "le", "la", "les", "lui",
    "leur", "y", "en", "qui", "has", "had", "was", "is", "who", "would", "will", "ha", "habia",
    "no", "lo", "que", "hat", "hatte", "ist", "war", "sagte", "betonte", "habe", "wird",
];

/// A demonstrative that picks the person named last ("ce dernier", "cette dernière",
/// "celle-ci", "the latter", "este último", "ésta", "Letztere"), with its gender and its
/// length in words. The adjective readings ("ce dernier rapport", "esta semana") are kept
/// out: the phrase must follow a speech verb, end its clause, or be followed by a verb or a
/// clitic.
fn latter_pronoun(
    text: &str,
    words: &[&Token],
    i: usize,
    lang: Lang,
    lx: &Lexicon,
) -> Option<(Gender, usize)> {
    use Gender::*;
    let f = words[i].folded.as_str();
    let next = |k: usize| words.get(i + k).map(|w| w.folded.as_str());
    let (g, len, always) = match (lang, f) {
        (Lang::Fr | Lang::Other, "celui-ci") => (M, 1, true),
        (Lang::Fr | Lang::Other, "celle-ci") => (F, 1, true),
        (Lang::Fr | Lang::Other, "ce") if next(1) == Some("dernier") => (M, 2, false),
        (Lang::Fr | Lang::Other, "cette") if next(1) == Some("derniere") => (F, 2, false),
        (Lang::En | Lang::Other, "the") if next(1) == Some("latter") => (Unknown, 2, false),
        (Lang::Es | Lang::Other, "este") if next(1) == Some("ultimo") => (M, 2, false),
        (Lang::Es | Lang::Other, "esta") if next(1) == Some("ultima") => (F, 2, false),
        // Unaccented "esta"/"este" is mostly a determiner ("este martes"): a pronoun only when
        // written "ésta" or directly before a speech verb ("esta respondió").
        (Lang::Es | Lang::Other, "este" | "esta") => {
            let g = if f == "este" { M } else { F };
            // "está acusado de": the verb "estar", not the pronoun.
            if words[i].text(text).ends_with(['á', 'Á']) {
                return None;
            }
            if words[i].text(text).starts_with(['é', 'É']) {
                return Some((g, 1));
            }
            return next(1)
                .is_some_and(|n| lx.is_speech_verb(lang, n))
                .then_some((g, 1));
        }
        (Lang::De | Lang::Other, "letzterer") => (M, 1, false),
        (Lang::De | Lang::Other, "letztere") => (F, 1, false),
        // "promet la première … glisse la seconde": the first and the second of two.
        (Lang::Fr | Lang::Other, "le") if matches!(next(1), Some("second" | "deuxieme")) => {
            (M, 2, false)
        }
        (Lang::Fr | Lang::Other, "la") if matches!(next(1), Some("seconde" | "deuxieme")) => {
            (F, 2, false)
        }
        (Lang::Es | Lang::Other, "el") if next(1) == Some("segundo") => (M, 2, false),
        (Lang::Es | Lang::Other, "la") if next(1) == Some("segunda") => (F, 2, false),
        _ => return None,
    };
    (always || clause_subject(text, words, i, len, lang, lx)).then_some((g, len))
}

/// Whether the `len` words at `i` stand as a subject: right after a speech verb (inverted, "a
/// assuré cette dernière devant la presse"), or ending their clause, or before a verb or clitic.
fn clause_subject(
    text: &str,
    words: &[&Token],
    i: usize,
    len: usize,
    lang: Lang,
    lx: &Lexicon,
) -> bool {
    if i > 0 && lx.is_speech_verb(lang, &words[i - 1].folded) {
        return true;
    }
    let Some(n) = words.get(i + len) else {
        return true;
    };
    let last = words[i + len - 1];
    let punctuated = text
        .get(last.end..n.start)
        .is_some_and(|gap| gap.chars().any(|c| !c.is_whitespace()));
    let nf = n.folded.as_str();
    punctuated
        || lx.is_speech_verb(lang, nf)
        || nf.contains('-')
            && nf
                .split('-')
                .next()
                .is_some_and(|x| lx.is_speech_verb(lang, x))
        || VERB_AFTER_LATTER.contains(&nf)
}

/// Per-word look-ups of one paragraph's word list, computed once and shared by both mention
/// passes: descriptor and name parsing asked the same word for its nationality, gazetteer entry
/// and role noun several times over (each overlapping window, then again in the second pass),
/// which made those look-ups the top of the profile.
pub struct Feats {
    lang: Lang,
    nat: Vec<Option<usize>>,
    gaz: Vec<Option<Hit>>,
    role: Vec<Option<(usize, &'static Role)>>,
    /// [`Lexicon::determiner`] of each word: asked at nearly every word by both passes.
    det: Vec<Option<(bool, Gender, bool)>>,
    pron: Vec<Option<Pron>>,
    /// Index of the first word at or after each word that starts a role noun (`n` if none): a
    /// descriptor needs a role within a few words, and most words have none in reach.
    next_role: Vec<usize>,
}

impl Feats {
    pub fn new(text: &str, words: &[&Token], lang: Lang) -> Feats {
        let g = gazetteer();
        let lx = super::lexicon::lexicon();
        let n = words.len();
        let mut f = Feats {
            lang,
            nat: Vec::with_capacity(n),
            gaz: Vec::with_capacity(n),
            role: Vec::with_capacity(n),
            det: Vec::with_capacity(n),
            pron: Vec::with_capacity(n),
            next_role: vec![n; n],
        };
        for i in 0..n {
            f.det.push(lx.determiner(lang, &words[i].folded));
            f.pron.push(subject_pronoun(text, words[i], lang, lx));
            // Spanish "el analista Germán Zuleta": a given name before a surname, though it
            // folds to the English demonym.
            let given_name_first = || {
                lang != Lang::En
                    && words[i].cap
                    && words
                        .get(i + 1)
                        .is_some_and(|n| n.cap && gap_is_space(text, words[i], n))
                    && (lx.first_name(&words[i].folded).is_some()
                        || lx.ambiguous_first_name(&words[i].folded).is_some())
            };
            f.nat
                .push(nationality_of(text, words, i, lang).filter(|_| !given_name_first()));
            f.gaz.push(g.match_at(text, words, i));
            let (buf, k) = window(words, i);
            // "Carla Menezes-Richter", "Anna Richter": a capitalised word right after a given
            // name is a surname, whatever role noun it is or ends in.
            let surname = i > 0
                && words[i].cap
                && words[i - 1].cap
                && lx.first_name(&words[i - 1].folded).is_some()
                && gap_is_space(text, words[i - 1], words[i]);
            // German "Frau von Stetten", "Laut Frau Okafor": without an article before it,
            // "Frau" is a title, not the noun "woman".
            let title = lang == Lang::De
                && matches!(words[i].folded.as_str(), "frau" | "herr")
                && !after_german_article(words, &f.det, i);
            // "a bowl on her head": the body part, not the one who heads something.
            let body_part = lang == Lang::En
                && words[i].folded == "head"
                && i > 0
                && matches!(
                    words[i - 1].folded.as_str(),
                    "his" | "her" | "their" | "my" | "your" | "our"
                )
                && words.get(i + 1).is_none_or(|n| n.folded != "of");
            // Spanish "la Secretaría de Economía" is the ministry, "la secretaria" its head.
            let ministry = lang == Lang::Es
                && words[i].folded.starts_with("secretaria")
                && words[i].text(text).contains(['í', 'Í']);
            f.role.push(if surname || title || body_part || ministry {
                None
            } else {
                lx.role_at(lang, &buf[..k])
            });
        }
        let mut next = n;
        for i in (0..n).rev() {
            if f.role[i].is_some() {
                next = i;
            }
            f.next_role[i] = next;
        }
        f
    }
    /// Whether some word in `from..to` starts a role noun.
    fn role_within(&self, from: usize, to: usize) -> bool {
        self.next_role.get(from).is_some_and(|&r| r < to)
    }
    fn nat(&self, i: usize) -> Option<usize> {
        self.nat.get(i).copied().flatten()
    }
    fn gaz(&self, i: usize) -> Option<Hit> {
        self.gaz.get(i).copied().flatten()
    }
    fn role(&self, i: usize) -> Option<(usize, &'static Role)> {
        self.role.get(i).copied().flatten()
    }
    fn det(&self, i: usize) -> Option<(bool, Gender, bool)> {
        self.det.get(i).copied().flatten()
    }
    fn pron(&self, i: usize) -> Option<Pron> {
        self.pron.get(i).copied().flatten()
    }
}

/// Folded words `i..i+6` on the stack: descriptor parsing tries this at nearly every word, and a
/// `Vec` per try was a measurable share of the run time.
fn window<'a>(words: &[&'a Token], i: usize) -> ([&'a str; 6], usize) {
    let mut buf = [""; 6];
    let n = words.len().saturating_sub(i).min(6);
    for (d, t) in buf.iter_mut().zip(&words[i..i + n]) {
        *d = t.folded.as_str();
    }
    (buf, n)
}

struct DescParse {
    desc: Desc,
    /// Word index one past the descriptor.
    end: usize,
}

/// Whether the place at word `e` in a descriptor's complement (which starts at `first`) is
/// introduced by a preposition of destination ("pour le Soudan", "to Sudan", "für den Sudan").
fn is_posting_complement(words: &[&Token], first: usize, e: usize) -> bool {
    let mut k = e;
    while k > first {
        k -= 1;
        match words[k].folded.as_str() {
            "le" | "la" | "l" | "les" | "the" | "el" | "los" | "las" | "den" | "die" | "das" => {
                continue
            }
            w => {
                return matches!(
                    w,
                    "pour"
                        | "aupres"
                        | "a"
                        | "au"
                        | "aux"
                        | "en"
                        | "dans"
                        | "for"
                        | "to"
                        | "in"
                        | "at"
                        | "para"
                        | "ante"
                        | "fur"
                        | "bei"
                        | "nach"
                )
            }
        }
    }
    false
}

/// The age in an age noun ("47-year-old", "58-Jährige", "61-Jähriger"), folded.
fn age_noun(folded: &str) -> Option<u8> {
    let (num, rest) = folded.split_once('-')?;
    let age: u8 = num.parse().ok().filter(|a| (16..=99).contains(a))?;
    matches!(rest, "year-old" | "jahrige" | "jahriger" | "jahrigen").then_some(age)
}

/// The role under which a person's age is kept: "the 47-year-old" then finds the person
/// introduced as "Aishath Shamma Naseem, 47,".
pub(crate) fn age_role(age: u8) -> String {
    format!("age:{age}")
}

/// Whether a role is an age kept by [`age_role`].
pub(crate) fn is_age_role(role: &str) -> bool {
    role.starts_with("age:")
}

/// The age written right after a name: ", 47," or " (58)".
fn age_after_name(rest: &str) -> Option<u8> {
    let r = rest.trim_start();
    let (inner, close) = if let Some(x) = r.strip_prefix(',') {
        (x.trim_start(), ',')
    } else {
        (r.strip_prefix('(')?, ')')
    };
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 2 || !inner[digits..].starts_with(close) {
        return None;
    }
    inner[..digits].parse().ok()
}

/// Parses "[det] AGE-NOUN" ("the 47-year-old", "die 51-Jährige") with no role noun after it
/// (that is [`parse_descriptor`]'s "the 52-year-old former negotiator"): a writer's way to
/// name again someone whose age the article gave.
fn parse_age_noun(
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lang: Lang,
    people: &People,
) -> Option<DescParse> {
    let next = &words.get(i + 1)?.folded;
    if !next.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (definite, det_gender, plural) = ft.det(i)?;
    let age = age_noun(next)?;
    if plural || ft.role_within(i + 2, i + 4) {
        return None;
    }
    // Only an age the article gave someone names them; otherwise the words are left to the
    // readings that went before ("sagt die 62-Jährige" right after the speaker's name).
    let role = age_role(age);
    if !people.persons.iter().any(|p| p.roles.contains(&role)) {
        return None;
    }
    let gender = match (lang, words[i].folded.as_str()) {
        (Lang::De, "die") => Gender::F,
        _ => det_gender,
    };
    Some(DescParse {
        desc: Desc {
            role,
            class: class::OTHER,
            gender,
            nationality: None,
            definite,
            determined: true,
            plural: false,
            of: None,
        },
        end: i + 2,
    })
}

/// Words that may follow an English nationality used as a noun ("the Norwegian had", "the
/// American who"); any other lowercase word makes it an adjective ("the Norwegian government").
const AFTER_NATIONAL_NOUN: &[&str] = &[
    "who", "whose", "had", "has", "was", "is", "would", "will", "could", "can", "did", "does",
    "also", "then", "later", "now", "still", "however", "himself", "herself",
];

/// Parses a nationality used as a noun, "[det] DEMONYM" ("la Française", "der Amerikaner", "die
/// Finnin", "el croata", "the Norwegian"): writers name a person already introduced by their
/// country alone. French, German and English write such a noun with a capital; Spanish does not,
/// but puts its adjectives after the noun, so an article before the demonym marks the noun.
fn parse_national_noun(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lang: Lang,
    lx: &Lexicon,
) -> Option<DescParse> {
    let (definite, det_gender, det_plural) = ft.det(i)?;
    let n = i + 1;
    // The per-word nationality is already known: most articles' next words have none.
    ft.nat(n)?;
    let w = words.get(n)?;
    if !(w.cap || lang == Lang::Es) || !gap_is_space(text, words[i], w) {
        return None;
    }
    let g = gazetteer();
    let country = g.demonym(&w.folded)?;
    // "la Argentina" is the country, not a woman from it.
    if g.entries[country].key.ends_with('_') || ft.gaz(n).is_some() || ft.role(n + 1).is_some() {
        return None;
    }
    if let Some(next) = words.get(n + 1).filter(|next| gap_is_space(text, w, next)) {
        let f = next.folded.as_str();
        let adjective = if next.cap {
            // Only a name may follow the noun ("der Deutsche Hartmut Brenneisen-Dahl"); a
            // capitalised noun makes it an adjective ("der Deutsche Bundestag"). Outside German
            // two more capitalised words are a name whose given name we do not list ("le
            // Portugais Duarte Valadares Pinto").
            let long_name = lang != Lang::De
                && words.get(n + 2).is_some_and(|w2| {
                    w2.cap
                        && gap_is_space(text, next, w2)
                        && !acronym(w2.text(text))
                        && !institution_word(&w2.folded, lang)
                        && !ORG_WORDS.contains(w2.folded.as_str())
                });
            lx.first_name(f).is_none() && !long_name
        } else {
            match lang {
                Lang::En | Lang::Other => {
                    !AFTER_NATIONAL_NOUN.contains(&f) && !lx.is_speech_verb(lang, f)
                }
                // A German noun takes no lowercase word after it but a verb or an adverb; an
                // adjective ("die deutsche Ministerin") is lowercase and fails `cap` above.
                _ => false,
            }
        };
        if adjective {
            return None;
        }
    }
    let folded = w.folded.as_str();
    let (gender, plural) = match lang {
        Lang::De => {
            if folded.ends_with("innen") || folded.ends_with("en") {
                (Gender::Unknown, true)
            } else if folded.ends_with("in") {
                (Gender::F, false)
            } else if words[i].folded == "die" {
                // "die Deutsche" is one woman; "die Amerikaner" are many.
                (Gender::F, !folded.ends_with('e'))
            } else {
                (det_gender, det_plural)
            }
        }
        Lang::En => (
            Gender::Unknown,
            det_plural
                || folded
                    .strip_suffix('s')
                    .is_some_and(|b| g.demonym(b) == Some(country)),
        ),
        _ if det_gender == Gender::Unknown => {
            // "l'Iranienne" is a woman when the word is the feminine of another form.
            let fem = folded
                .strip_suffix('e')
                .is_some_and(|b| g.demonym(b) == Some(country));
            let masc = g.demonym(&format!("{folded}e")) == Some(country);
            let gender = if fem {
                Gender::F
            } else if masc {
                Gender::M
            } else {
                Gender::Unknown
            };
            (gender, det_plural)
        }
        _ => (det_gender, det_plural),
    };
    Some(DescParse {
        desc: Desc {
            role: folded.to_string(),
            class: class::NATIONAL,
            gender,
            nationality: Some(country),
            definite,
            determined: true,
            plural,
            of: None,
        },
        end: n + 1,
    })
}

/// Parses "[det] [modifiers] ROLE [nationality] [complement]" starting at word `i`.
fn parse_descriptor(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lang: Lang,
    lx: &Lexicon,
) -> Option<(usize, DescParse)> {
    let mut j = i;
    let mut definite = true;
    let mut plural = false;
    let mut gender = Gender::Unknown;
    let mut nationality = None;
    let mut has_det = false;
    let mut possessive = false;
    if let Some((def, g, pl)) = ft.det(j) {
        definite = def;
        gender = g;
        plural = pl;
        has_det = true;
        j += 1;
    } else if let Some(c) = ft.nat(j) {
        // "Norway's senior official", "Chinas UN-Botschafter"
        if words[j].cap {
            nationality = Some(c);
            possessive = true;
            j += if words.get(j + 1).is_some_and(|n| n.folded == "s") {
                2
            } else {
                1
            };
        }
    }
    // "…, deputy secretary-general of …": a rank word before a bare role noun.
    let ranked = words.get(j).is_some_and(|w| {
        matches!(
            w.folded.as_str(),
            "deputy"
                | "vice"
                | "acting"
                | "former"
                | "assistant"
                | "executive"
                | "chief"
                | "senior"
                | "interim"
                | "special"
        )
    }) && ft.role(j + 1).is_some();
    // Cheap exit: most words start no descriptor, and the role noun must come within the
    // modifier window below.
    if !has_det && nationality.is_none() && !words[j].cap {
        if !ranked {
            ft.role(j)?;
        }
        // French and Spanish adjectives follow their noun: "escaparate diplomático", "corps
        // diplomatique" are no one.
        if matches!(lang, Lang::Fr | Lang::Es) && i > 0 && {
            let prev = words[i - 1];
            !prev.cap
                && gap_is_space(text, prev, words[i])
                && ft.det(i - 1).is_none()
                && !PREPS.contains(prev.folded.as_str())
                && !NOT_NOUNS.contains(prev.folded.as_str())
                && !prev.folded.bytes().all(|b| b.is_ascii_digit())
                && !lx.is_speech_verb(lang, &prev.folded)
        } {
            return None;
        }
    }
    if !ft.role_within(j, j + 5) {
        return None;
    }
    // Modifiers before the role noun.
    let mut role = None;
    let mut k = j;
    while k < words.len() && k < j + 5 {
        if let Some((n, r)) = ft.role(k) {
            role = Some((k, n, r));
            break;
        }
        if k > i
            && !gap_is_space(text, words[k - 1], words[k])
            && !text[words[k - 1].end..words[k].start].trim().is_empty()
        {
            return None;
        }
        if let Some(c) = ft.nat(k) {
            nationality = nationality.or(Some(c));
            k += if words.get(k + 1).is_some_and(|n| n.folded == "s") {
                2
            } else {
                1
            };
            continue;
        }
        // Adjectives and noun modifiers ("top", "senior", "State Department", "stellvertretende").
        let f = words[k].folded.as_str();
        if lx.is_speech_verb(lang, f)
            || lx.pronoun(lang, f).is_some()
            || PREPS.contains(f)
            || lx.determiner(lang, f).is_some()
        {
            return None;
        }
        if words[k].cap && lang != Lang::De && lang != Lang::En && has_det {
            return None;
        }
        // "Guillermo Oyarzábal Reina", "José Antonio Lobato Reina": French and Spanish put no
        // given name and surname before a role noun, so the role word ends a surname ("Su
        // homólogo" is a possessive, whatever "Su" may be elsewhere).
        if words[k].cap
            && matches!(lang, Lang::Fr | Lang::Es)
            && lx.first_name(f).is_some()
            && words
                .get(k + 1)
                .is_some_and(|n| n.cap && gap_is_space(text, words[k], n))
        {
            return None;
        }
        k += 1;
    }
    let (rk, rn, r) = role?;
    if !has_det && rk > j + 3 {
        return None;
    }
    if !has_det && rk != i && nationality.is_none() && !words[i].cap && !ranked {
        return None;
    }
    if rk > i
        && !(i..rk).all(|m| {
            m + 1 >= words.len()
                || text[words[m].end..words[m + 1].start]
                    .trim()
                    .trim_matches(['\'', '’'])
                    .is_empty()
        })
    {
        return None;
    }
    let mut e = rk + rn;
    // German "die Finanzminister": "die" before a masculine role noun is the plural article.
    if lang == Lang::De && r.gender == Gender::M && has_det && words[i].folded == "die" {
        plural = true;
    }
    gender = match r.gender {
        Gender::Unknown => gender,
        g => g,
    };
    // Postposed nationality and complements ("russe", "des Affaires étrangères", "of the EU").
    let mut budget = 10;
    // Where the last place in the complement ended ("Minister for the Pacific|").
    let mut place_end = usize::MAX;
    let mut bracket_closed = false;
    while e < words.len() && budget > 0 {
        let gap = text[words[e - 1].end..words[e].start].trim();
        // An acronym in brackets inside the complement ("de l'Organisation mondiale de la
        // santé (OMS) pour l'Afrique") does not end it.
        if e > rk + rn && gap == "(" {
            let close = (e + 1..words.len().min(e + 6))
                .find(|&k| text[words[k - 1].end..words[k].start].trim() == ")");
            if let Some(k) = close {
                e = k;
                budget -= 1;
                bracket_closed = true;
                continue;
            }
        }
        if !std::mem::take(&mut bracket_closed) && !gap.trim_matches(['\'', '’']).is_empty() {
            break;
        }
        let f = words[e].folded.as_str();
        if lx.first_name(f).is_some()
            && words[e].cap
            && words
                .get(e + 1)
                .is_some_and(|n| n.cap || PARTICLES.contains(&n.folded.as_str()))
        {
            break;
        }
        if e > 0 && text[words[e - 1].end..words[e].start].contains(',') {
            break;
        }
        if let Some(c) = ft.nat(e) {
            // "l'envoyé spécial pour le Soudan", "envoy to Sudan": the posting, not the
            // person's country, which only an adjective or "de/of" gives.
            if !is_posting_complement(words, rk + rn, e) {
                nationality = nationality.or(Some(c));
            }
            e += 1;
            budget -= 1;
            continue;
        }
        if matches!(
            words[e - 1].folded.as_str(),
            "affaires" | "asuntos" | "relaciones" | "foreign"
        ) && !lx.is_speech_verb(lang, f)
        {
            e += 1;
            budget -= 1;
            continue;
        }
        // French "a" (has) folds like "à" (to): "Le dirigeant mauritanien a salué" ends here.
        if lang == Lang::Fr && words[e].text(text) == "a" {
            break;
        }
        // A conjunction between two portfolios ("Minister of Oceans and Fisheries") or two
        // places ("para América Latina y el Caribe") stays in the complement.
        if matches!(f, "and" | "et" | "y" | "und" | "e") {
            let portfolios = PORTFOLIOS.contains(&words[e - 1].folded)
                && words.get(e + 1).is_some_and(|n| {
                    PORTFOLIOS.contains(&n.folded) && gap_is_space(text, words[e], n)
                });
            let places = e == place_end && {
                let n = e + 1 + usize::from(ft.det(e + 1).is_some());
                n < words.len() && ft.gaz(n).is_some()
            };
            if portfolios || places {
                e += if portfolios { 2 } else { 1 };
                budget -= 1;
                continue;
            }
        }
        if PREPS.contains(f)
            || matches!(
                f,
                "l" | "la"
                    | "le"
                    | "les"
                    | "the"
                    | "el"
                    | "los"
                    | "las"
                    | "en"
                    | "chef"
                    | "general"
                    | "generale"
                    | "im"
                    | "der"
                    | "des"
                    | "dem"
                    | "special"
                    | "speciale"
                    | "senior"
            )
        {
            e += 1;
            budget -= 1;
            continue;
        }
        // A postposed adjective right after the role ("l'ambassadeur itinérant de …").
        if e == rk + rn
            && matches!(lang, Lang::Fr | Lang::Es | Lang::Other)
            && !words[e].cap
            && !lx.is_speech_verb(lang, f)
            && lx.determiner(lang, f).is_none()
            && words.get(e + 1).is_some_and(|n| {
                PREPS.contains(n.folded.as_str())
                    || ft.nat(e + 1).is_some()
                    // "el dirigente campesino Eusebio Ñamandú": right before a first name,
                    // or before a run of two capitalised words that is no place ("la
                    // dirigente comunal Eusebia Condori Huallpa").
                    || n.cap && lx.first_name(&n.folded).is_some()
                    || n.cap
                        && ft.gaz(e + 1).is_none()
                        && words.get(e + 2).is_some_and(|m| {
                            m.cap && ft.gaz(e + 2).is_none() && gap_is_space(text, n, m)
                        })
            })
        {
            e += 1;
            budget -= 1;
            continue;
        }
        // "pour les affaires de désarmement": one common noun after a preposition or article.
        if e > rk + rn
            && !words[e].cap
            && (PREPS.contains(words[e - 1].folded.as_str())
                || matches!(
                    words[e - 1].folded.as_str(),
                    "l" | "la" | "le" | "les" | "the" | "el" | "los" | "las"
                ))
            && !lx.is_speech_verb(lang, f)
            && lx.determiner(lang, f).is_none()
        {
            e += 1;
            budget -= 1;
            continue;
        }
        // Inside a complement, capitalised words and places belong to it ("du département d'Etat").
        if e > rk + rn && PREPS.contains(words[e - 1].folded.as_str())
            || e > rk + rn
                && words[e].cap
                && (words[e - 1].cap
                    // "der Sprecher des russischen Außenministeriums": German national
                    // adjectives are lower-case.
                    || lang == Lang::De && ft.nat(e - 1).is_some()
                    || matches!(
                        words[e - 1].folded.as_str(),
                        "l" | "la"
                            | "le"
                            | "les"
                            | "the"
                            | "el"
                            | "los"
                            | "las"
                            | "der"
                            | "dem"
                            | "des"
                            | "d"
                    ))
        {
            if let Some(h) = ft.gaz(e) {
                if let Some(c) = gazetteer()
                    .country_of(h.entry)
                    .filter(|&c| !gazetteer().entries[c].key.ends_with('_'))
                {
                    if !is_posting_complement(words, rk + rn, e) {
                        nationality = nationality.or(Some(c));
                    }
                }
                e += h.len;
                place_end = e;
            } else {
                // "Minister of Water Resources Sok Chanrithy", "Minister for the Pacific Siobhan
                // O’Driscoll": after the portfolio or the place, a run of two capitalised words
                // that are no portfolio and no body is the holder's name.
                let plain = |w: &str| {
                    !PORTFOLIOS.contains(w) && !ORG_HEADS.contains(w) && !ORG_WORDS.contains(w)
                };
                let holder_follows = (PORTFOLIOS.contains(&words[e - 1].folded) || e == place_end)
                    && plain(f)
                    && words.get(e + 1).is_some_and(|n| {
                        n.cap
                            && gap_is_space(text, words[e], n)
                            && plain(&n.folded)
                            && ft.gaz(e + 1).is_none()
                    });
                if lx.first_name(f).is_some() || holder_follows {
                    break;
                }
                e += 1;
            }
            budget -= 1;
            continue;
        }
        break;
    }
    // Trim trailing prepositions/articles the loop swallowed.
    while e > rk + rn
        && (PREPS.contains(words[e - 1].folded.as_str())
            || matches!(
                words[e - 1].folded.as_str(),
                "l" | "la" | "le" | "les" | "the" | "el" | "los" | "las" | "der" | "des" | "dem"
            ))
    {
        e -= 1;
    }
    // "le chef d'un village voisin", "the head of a local clinic": a role in something
    // indefinite introduces someone new, like "un chef de village".
    if words.get(rk + rn).is_some_and(|p| {
        matches!(p.folded.as_str(), "d" | "de" | "of" | "von")
            && gap_is_space(text, words[rk + rn - 1], p)
    }) && words
        .get(rk + rn + 1)
        .and_then(|d| lx.determiner(lang, &d.folded))
        .is_some_and(|(def, _, pl)| !def && !pl)
    {
        definite = false;
    }
    let last_role_word = words[rk + rn - 1].folded.as_str();
    if last_role_word.ends_with('s')
        && lang != Lang::De
        && rn == 1
        && last_role_word.len() > 4
        && !r.words[0].ends_with('s')
    {
        plural = true;
    }
    // "the top U.S. diplomat", "le plus haut diplomate": a country's top diplomat is its
    // foreign minister, even with a nationality between the two words.
    let top = (i..rk).any(|m| matches!(words[m].folded.as_str(), "top" | "haut" | "hochste"));
    let class = if top && r.class == class::DIPLOMAT {
        class::MINISTER
    } else {
        r.class
    };
    Some((
        i,
        DescParse {
            desc: Desc {
                role: r.name.clone(),
                class,
                gender,
                nationality,
                definite,
                determined: has_det || possessive,
                plural,
                of: complement_noun(text, words, rk + rn, e, lang, lx),
            },
            end: e,
        },
    ))
}

/// The common noun heading a role's complement between words `from` and `to` ("du festival",
/// "of the Ukrainian delegation", "des Ausschusses"): the office it names. Capitalised
/// complements are left out, since one body goes by several names ("de l'ONU", "des Nations
/// unies").
fn complement_noun(
    text: &str,
    words: &[&Token],
    from: usize,
    to: usize,
    lang: Lang,
    lx: &Lexicon,
) -> Option<String> {
    words.get(from).filter(|w| {
        from < to
            && matches!(
                w.folded.as_str(),
                "de" | "du" | "des" | "of" | "del" | "der" | "d"
            )
    })?;
    let head = words[from + 1..to].iter().find(|w| {
        lx.determiner(lang, &w.folded).is_none()
            && !matches!(w.folded.as_str(), "l" | "d" | "the" | "la" | "le" | "les")
    })?;
    if head.cap || !head.text(text).chars().all(char::is_alphabetic) {
        return None;
    }
    Some(head.folded.trim_end_matches('s').to_string())
}

/// Whether word `i` follows an article, perhaps with an adjective between ("eine jüngere
/// Frau"): German "Frau" and "Herr" are then nouns, not titles. `dets` holds each word's
/// determiner reading.
fn after_german_article(words: &[&Token], dets: &[Option<(bool, Gender, bool)>], i: usize) -> bool {
    i > 0 && (dets[i - 1].is_some() || i > 1 && !words[i - 1].cap && dets[i - 2].is_some())
}

/// A French or Spanish adjective by its ending ("aérien", "adjoint", "militar"): one may close a
/// role's complement before the name ("le général de corps aérien X").
fn postposed_adjective(folded: &str) -> bool {
    folded.chars().count() > 4
        && [
            "ien", "ienne", "ique", "aire", "al", "ale", "if", "ive", "oint", "ointe", "ar", "ico",
            "ica", "ivo", "iva", "ario", "aria", "unto", "unta",
        ]
        .iter()
        .any(|x| folded.ends_with(x))
}

/// Does the apposition's name end at word `ne`: a comma, or (when `sentence_end` allows) the
/// end of the sentence, as after a verb ("declaró el portavoz de la agencia nacional de gestión de
/// catástrofes, Adi Kurniawan Saputra.")?
fn closes_apposition(text: &str, words: &[&Token], ne: usize, sentence_end: bool) -> bool {
    let rest = text[words[ne - 1].end..].trim_start();
    rest.starts_with(',') || sentence_end && (rest.is_empty() || rest.starts_with(['.', ';']))
}

/// Where the name of an apposition starts at word `k`: right there, or after a title ("la
/// ministre, Mme X", "la gobernadora, doña X").
fn name_after_title(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    k: usize,
    lang: Lang,
    lx: &Lexicon,
    people: &People,
) -> Option<usize> {
    // The title first: "le porte-parole iranien, M. Reza Ghasemi-Nik" names Reza
    // Ghasemi-Nik, though "M." could also pass for an initial.
    let w = words.get(k)?;
    let title = title_gender(lx, lang, &w.folded, text[w.end..].starts_with('.')).is_some();
    if title && parse_name(text, words, ft, k + 1, lx, people, true).is_some() {
        return Some(k + 1);
    }
    // "Der Vorsitzende Richter Hartmut Ebersbach-Nwosu": a second role noun, then the name.
    let second_role = lang == Lang::De
        && w.cap
        && ft.role(k).is_some_and(|(n, _)| n == 1)
        && words.get(k + 1).is_some_and(|n| gap_is_space(text, w, n));
    if second_role && parse_name(text, words, ft, k + 1, lx, people, true).is_some() {
        return Some(k + 1);
    }
    // "Die Moderatorin, die Journalistin Aylin Karataş-Brenner": a second role with its
    // article.
    let second_role_with_article = lx.determiner(lang, &w.folded).is_some()
        && ft.role(k + 1).is_some_and(|(n, _)| n == 1)
        && words.get(k + 2).is_some_and(|n| n.cap);
    if second_role_with_article && parse_name(text, words, ft, k + 2, lx, people, true).is_some() {
        return Some(k + 2);
    }
    // "le secrétaire exécutif de l'ABFN, le Béninois Jean-Baptiste da Silveira": a national
    // noun between the comma and the name.
    let national = lx.determiner(lang, &w.folded).is_some()
        && words.get(k + 1).is_some_and(|n| n.cap)
        && ft.nat(k + 1).is_some();
    if national && parse_name(text, words, ft, k + 2, lx, people, true).is_some() {
        return Some(k + 2);
    }
    parse_name(text, words, ft, k, lx, people, true).map(|_| k)
}

/// Where the role noun that ends just before word `k` starts.
fn role_ending_at(ft: &Feats, k: usize) -> Option<usize> {
    (k.saturating_sub(4)..k).find(|&r| ft.role(r).is_some_and(|(n, _)| r + n == k))
}

/// Whether the role noun ending before word `k` follows a determiner ("Der Vertreter").
fn article_before_role(ft: &Feats, k: usize) -> bool {
    role_ending_at(ft, k).is_some_and(|r| r > 0 && ft.det(r - 1).is_some())
}

/// Titles of monarchs, who are named by their given name alone ("le roi Diederik", "Queen
/// Sigrid", "el rey Felipe", "Königin Silvia").
const MONARCHS: &[&str] = &[
    "roi",
    "reine",
    "king",
    "queen",
    "rey",
    "reina",
    "konig",
    "konigin",
    "prince",
    "princesse",
    "princess",
    "prinz",
    "prinzessin",
    "principe",
    "princesa",
    "emperor",
    "empress",
    "empereur",
    "imperatrice",
    "kaiser",
    "kaiserin",
    "emperador",
    "emperatriz",
    "sultan",
    "emir",
    "grand-duc",
    "grande-duchesse",
];

/// Whether word `k` follows a monarch's title. French and Spanish write the title in lower
/// case: capitalised, it starts the name of a place ("au quartier Reine Élisabeth").
fn monarch_before(words: &[&Token], k: usize, lang: Lang) -> bool {
    k > 0
        && MONARCHS.contains(&words[k - 1].folded.as_str())
        && (!words[k - 1].cap || matches!(lang, Lang::En | Lang::De))
}

/// A lone surname right after a role noun ("Interior Minister Kuhar-Ilić said", "Präsident
/// Macron"): one capitalised word that ends the capitalised run and is no place, nationality,
/// role, acronym or function word. Its end, exclusive.
fn surname_after_title(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    k: usize,
    lx: &Lexicon,
    people: &People,
) -> Option<usize> {
    let w = words.get(k)?;
    let f = w.folded.as_str();
    // Right after the role noun itself, not after its complement ("der Sonderbeauftragte für
    // die Gespräche").
    let after_role = role_ending_at(ft, k).is_some();
    let alone = w.cap
        && after_role
        && gap_is_space(text, words[k.checked_sub(1)?], w)
        && f.chars().count() >= 3
        && !acronym(w.text(text))
        && !NOT_NAMES.contains(f)
        && !PREPS.contains(f)
        && ft.gaz(k).is_none()
        && ft.nat(k).is_none()
        && ft.role(k).is_none()
        && !lx.is_role_word(f)
        && !lx.is_speech_verb(ft.lang, f)
        && !institution_word(f, ft.lang)
        // "Queen Élisabeth": a given name alone is no surname, except a monarch's, which is all
        // the name they have ("le roi Diederik", "Königin Sigrid").
        && (lx.first_name(f).is_none() || monarch_before(words, k, ft.lang))
        // "Der Vertreter Washingtons": after an article and a role, a German word in -s is a
        // genitive.
        && !(ft.lang == Lang::De && f.ends_with('s') && article_before_role(ft, k))
        // A word of a name already known ("Vizeminister Nguyễn" for Nguyễn Văn Thành) is
        // left to the look-up of known names.
        && !people.persons.iter().any(|p| p.words.iter().any(|x| x == f))
        && words
            .get(k + 1)
            .is_none_or(|n| !n.cap || !gap_is_space(text, w, n));
    alone.then_some(k + 1)
}

/// Whether `run` is written in capitals only and stands right after an opening bracket.
fn acronym_in_brackets(text: &str, run: &[&Token]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    text[..first.start].trim_end().ends_with('(')
        && text[last.end..].trim_start().starts_with(')')
        && text[first.start..last.end]
            .chars()
            .all(|c| !c.is_lowercase())
}

/// The gender a title before a name gives ("Mme", "Herr", "Dr"), with Spanish "don"/"doña",
/// which are titles only in Spanish text ("Don" is an English name).
fn title_gender(lx: &Lexicon, lang: Lang, folded: &str, followed_by_dot: bool) -> Option<Gender> {
    match (lang, folded) {
        (Lang::Es, "don") => Some(Gender::M),
        (Lang::Es, "dona") => Some(Gender::F),
        // Religious titles: "Fray Ignacio de los Santos", "sor Juana".
        (Lang::Es, "fray") => Some(Gender::M),
        (Lang::Es, "sor") => Some(Gender::F),
        // "Me Koné-Duval": a French lawyer's title (Maître).
        (Lang::Fr, "me" | "maitre") => Some(Gender::Unknown),
        _ => lx.honorific(folded, followed_by_dot),
    }
}

/// Where a name in apposition starts after a descriptor whose complement ran past what the
/// parser took (`from` is the descriptor's end): the complement is a run of at most eight words
/// joined by spaces or apostrophes, starting with a preposition, article or possessive 's, with
/// no verb or pronoun in it, and the name follows its comma.
fn long_complement_apposition(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    from: usize,
    lang: Lang,
    lx: &Lexicon,
    people: &People,
) -> Option<usize> {
    let first = words.get(from)?;
    let f0 = first.folded.as_str();
    // The descriptor parser may stop at a list inside its complement ("La ministra brasileña
    // de Desarrollo, Industria y Comercio Exterior, Ana Paula dos Santos Moreira").
    let list_item = from > 0
        && first.cap
        && text[words[from - 1].end..first.start].trim() == ","
        && words
            .get(from + 1)
            .is_some_and(|n| matches!(n.folded.as_str(), "y" | "et" | "and" | "und" | "e"));
    // A descriptor that stopped after a preposition or article ("Der Schweizer Sondergesandte
    // für den | Südkaukasus, NAME"): the complement goes on.
    let dangling = from > 0 && {
        let prev = words[from - 1].folded.as_str();
        PREPS.contains(prev) || lx.determiner(lang, prev).is_some()
    };
    // "… du fleuve Niger (ABFN), NAME": the parser stopped at the bracketed acronym.
    let bracketed = |k: usize| {
        k > 0
            && text[words[k - 1].end..words[k].start].trim() == "("
            && acronym(words[k].text(text))
            && text[words[k].end..].starts_with(')')
    };
    let opens = PREPS.contains(f0)
        || dangling
        || bracketed(from)
        // "… du bassin du fleuve | Niger (ABFN), NAME": a place closing the complement.
        || from > 0 && ft.gaz(from).is_some() && gap_is_space(text, words[from - 1], first)
        || f0 == "s"
        || lx.determiner(lang, f0).is_some()
        || ft.nat(from).is_some()
        || !first.cap
        || list_item;
    // French "a" (has) folds like "à" (to): only the accented form is a preposition.
    if !opens || lang == Lang::Fr && first.text(text) == "a" {
        return None;
    }
    let mut k = from + usize::from(list_item);
    while k < words.len() && k < from + 12 {
        if bracketed(k) {
            k += 1;
            continue;
        }
        let gap = text[words[k - 1].end..words[k].start].trim();
        let gap = if k > 0 && bracketed(k - 1) {
            gap.trim_start_matches(')').trim_start()
        } else {
            gap
        };
        if gap == "," {
            if let Some(n) = (k > from)
                .then(|| name_after_title(text, words, ft, k, lang, lx, people))
                .flatten()
            {
                return Some(n);
            }
            // A list inside the complement ("de Desarrollo, Industria y Comercio Exterior,").
            if !words[k].cap || k == from {
                return None;
            }
        }
        if !gap.trim_matches(['\'', '’']).is_empty() {
            return None;
        }
        let f = words[k].folded.as_str();
        if lx.is_speech_verb(lang, f)
            || lx.pronoun(lang, f).is_some()
            || lang == Lang::Fr && words[k].text(text) == "a"
        {
            return None;
        }
        k += 1;
    }
    None
}

/// Tries to read a person name starting at word `i`; returns the end (exclusive). Without
/// `context`, a capitalised run counts only when it is a name on its own (see [`name_run`]).
fn parse_name(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lx: &Lexicon,
    people: &People,
    context: bool,
) -> Option<usize> {
    name_run(text, words, ft, i, lx, people)
        .filter(|&(_, alone)| alone || context)
        .map(|(e, _)| e)
}

/// The capitalised run at word `i` that could be a person's name: its end (exclusive), and
/// whether it is a name on its own (a known first name, a registered surname) rather than one
/// only when the context says so (after a speech verb, before a role in apposition). One call
/// answers both questions: the mention finder asks them of nearly every word.
fn name_run(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lx: &Lexicon,
    people: &People,
) -> Option<(usize, bool)> {
    let t = words.get(i)?;
    if let Some(e) = particle_led_surname(text, words, i, people) {
        return Some((e, true));
    }
    if ft.lang == Lang::De && german_noun_before_name(words, i, lx, people) {
        return None;
    }
    if in_dateline(text, words, i) {
        return None;
    }
    // "Kroatische Polizei bestraft …": a German nationality adjective opening a sentence is
    // capitalised, but it is no given name ("Germán" is, in Spanish: only the adjective's
    // "-isch" endings are ruled out).
    if ft.lang == Lang::De
        && ft.nat(i).is_some()
        && ["isch", "ische", "ischen", "ischer", "isches", "ischem"]
            .iter()
            .any(|e| t.folded.ends_with(e))
    {
        return None;
    }
    // German "Per E-Mail schrieb …": the preposition, not the Scandinavian given name.
    if ft.lang == Lang::De && t.folded == "per" {
        return None;
    }
    // German "des Familienkonzerns Uralsk-Metall", "der Gesellschaft Nord-Ost": a noun by its
    // ending, never a given name.
    if ft.lang == Lang::De
        && t.folded.len() > 6
        && GERMAN_NOUN_ENDINGS.iter().any(|e| t.folded.ends_with(e))
        && lx.first_name(&t.folded).is_none()
    {
        return None;
    }
    // "Quarante-trois Belges ont quitté Khartoum", "L'Hebdo des Deux Rives": a number opens
    // no one's name.
    if t.folded
        .split('-')
        .all(|part| NUMBER_WORD_SET.contains(part))
    {
        return None;
    }
    // German "Mahjoubs Projekt": a known person's name in the genitive before a noun.
    if ft.lang == Lang::De
        && t.folded.len() > 3
        && t.folded
            .strip_suffix('s')
            .is_some_and(|stem| people.lookup(stem).is_some())
    {
        return None;
    }
    // "T. J. Mbugua", "A. K. Dossou-Yovo": initials open a name when more of it follows.
    let initials = initial(text, t)
        && words.get(i + 1).is_some_and(|n| {
            n.cap && name_gap(text, t, n) && !NOT_NAMES.contains(n.folded.as_str())
        });
    let ambiguous_first = ambiguous_given_name(text, words, ft, i, lx, people);
    // "Isla" heads Spanish island names; elsewhere it is a given name ("Isla Drummond-Whyte").
    let not_name =
        NOT_NAMES.contains(t.folded.as_str()) && !(t.folded == "isla" && ft.lang != Lang::Es);
    if !initials && !ambiguous_first && (!t.cap || not_name || t.folded.chars().count() < 2) {
        return None;
    }
    // "Desde Torre Tagle, la vicecanciller …", "Para Aydınlı, …": a sentence opening with a
    // preposition (short ones like "De" may begin a surname, as in "De Gaulle"; German "Für",
    // "Mit", "Bei" never do, though "Von der Leyen" does).
    let german_short_prep = ft.lang == Lang::De && t.folded.len() == 3 && t.folded != "von";
    if (t.folded.len() >= 4 || german_short_prep) && PREPS.contains(t.folded.as_str()) {
        return None;
    }
    // "San Pedro Sula", "Santa Cruz de Tenerife", "São Paulo", "Saint-Louis", "Co Clare": a
    // saint's name or a county is a place, from its first word on.
    let place_prefix = |w: &Token| {
        w.cap
            && matches!(
                w.folded.as_str(),
                "san" | "santa" | "santo" | "sao" | "saint" | "sainte" | "st" | "sankt"
            )
            || ft.lang == Lang::En && w.cap && matches!(w.folded.as_str(), "co" | "county")
    };
    if place_prefix(t)
        && words
            .get(i + 1)
            .is_some_and(|n| n.cap && gap_is_space(text, t, n))
        || i > 0 && place_prefix(words[i - 1]) && gap_is_space(text, words[i - 1], t)
    {
        return None;
    }
    // "el aeropuerto Juan Santamaría", "la rue Jean-Jaurès", "el puente internacional Simón
    // Bolívar": a place named after a person, the noun perhaps qualified by one adjective.
    let named_place = |k: usize| {
        !words[k].cap
            && gap_is_space(text, words[k], words[k + 1])
            && NAMED_PLACE_NOUNS.contains(words[k].folded.as_str())
    };
    if i > 0
        && (named_place(i - 1)
            || i > 1
                && !words[i - 1].cap
                && gap_is_space(text, words[i - 1], t)
                && named_place(i - 2))
    {
        return None;
    }
    let known_first = lx.first_name(&t.folded).is_some() || ambiguous_first;
    // Collect a run of capitalised words (with particles) separated by spaces only.
    // Particles make names long ("José Luis de la Garza Villarreal"): up to seven words.
    let limit = i + 7;
    let mut e = i + 1;
    while e < words.len() && e < limit && name_gap(text, words[e - 1], words[e]) {
        let w = words[e];
        if name_abbreviation(text, w) && words.get(e + 1).is_some_and(|n| n.cap) {
            e += 1;
            continue;
        }
        // "Didier M., lui, …", "Iwan P. hatte": a surname cut to its initial (court reports),
        // though "M." is also "Monsieur", ends the name.
        if initial(text, w) && words.get(e + 1).is_none_or(|n| !n.cap) {
            e += 1;
            break;
        }
        // A capitalised particle inside a name ("Kristien De Smet-Verhaegen", "Van der").
        let cap_particle = w.cap
            && PARTICLES.contains(&w.folded.as_str())
            && words.get(e + 1).is_some_and(|n| {
                gap_is_space(text, w, n) && (n.cap || PARTICLES.contains(&n.folded.as_str()))
            });
        // "Theresa May", "Katrin Mai": a month as the surname right after a known given name,
        // unless a day or year follows ("Juni 2027").
        let month_surname = e == i + 1
            && known_first
            && MONTHS.contains(&w.folded.as_str())
            && words
                .get(e + 1)
                .is_none_or(|n| !n.folded.starts_with(|c: char| c.is_ascii_digit()));
        // German "wirft Sorvanien Misshandlung von Häftlingen vor": a long word ending in
        // "-ung" is a noun, and ends the run before it.
        let german_noun = ft.lang == Lang::De
            && w.folded.len() >= 9
            && w.folded.ends_with("ung")
            && people.lookup(&w.folded).is_none();
        if german_noun {
            break;
        } else if cap_particle {
            e += 1;
        } else if month_surname {
            e += 1;
            break;
        } else if w.cap
            && (!NOT_NAMES.contains(w.folded.as_str())
                || GERMAN_OPENING_ADVERBS.contains(&w.folded.as_str()))
            // "Bill C-291", "Resolution 2231": a number is in no one's name.
            && !w.folded.bytes().any(|b| b.is_ascii_digit())
            && ft.gaz(e).is_none_or(|_| {
                people.lookup(&w.folded).is_some()
                    || lx.first_name(&w.folded).is_none() && e > i
                    || e == i + 1 && known_first && ends_run(text, words, e)
                    // A middle name that is also a place ("Gabriela Sofía Viteri"): between a
                    // given name and a surname.
                    || lx.first_name(&words[e - 1].folded).is_some()
                        && words
                            .get(e + 1)
                            .is_some_and(|n| n.cap && gap_is_space(text, w, n))
            })
        {
            // "Liberal MP Anand Ramaswamy-Lecours": a role, even a short one, ends a run
            // that did not open on a given name.
            // A role word closing a run of two or more words is a surname ("Tenzing Norbu
            // Sherpa, the ambassador").
            let closes_run = e >= i + 2
                && words
                    .get(e + 1)
                    .is_none_or(|n| !(n.cap && gap_is_space(text, w, n)));
            let known_surname = people.lookup(&w.folded).is_some();
            if (lx.is_role_word(&w.folded) || ft.role(e).is_some())
                && !known_first
                && !closes_run
                && !known_surname
            {
                break;
            }
            e += 1;
        } else if joining_particle(w, ft.lang)
            && !german_von_phrase(words, (i, e), ft.lang, lx, people)
            && words
                .get(e + 1)
                .is_some_and(|n| n.cap && gap_is_space(text, w, n))
            && e + 1 < limit
        {
            e += 2;
        } else if w.folded == "d"
            && !w.cap
            && words.get(e + 1).is_some_and(|n| {
                n.cap && matches!(text[w.end..n.start].trim(), "'" | "’") && ft.gaz(e + 1).is_none()
            })
            && e + 1 < limit
        {
            // "Komlan Agbéko d'Almeida": an elided particle, unless a place follows ("d'Accra").
            e += 2;
        } else if lower_particle(w)
            && words.get(e + 1).is_some_and(|n| {
                // German "von den Journalisten" is a phrase; "von der Leyen" a name.
                lower_particle(n)
                    && !(ft.lang == Lang::De
                        && w.folded == "von"
                        && matches!(n.folded.as_str(), "den" | "dem" | "des"))
            })
            && words.get(e + 2).is_some_and(|n| n.cap)
            && e + 2 < limit
        {
            e += 3;
        } else {
            break;
        }
    }
    // "Munkh-Erdene Tserendorj von der Nationaluniversität": an institution after a particle
    // is where the person comes from, not the rest of the name.
    if let Some(p) = (i + 1..e).find(|&k| lower_particle(words[k])) {
        if words[p..e]
            .iter()
            .any(|w| w.cap && institution_word(&w.folded, ft.lang))
        {
            e = p;
        }
    }
    // "the Nunavut Marine Stewards’ Council": a plural possessive before an institution's head
    // names the institution.
    if words.get(e).is_some_and(|n| {
        institution_word(&n.folded, ft.lang)
            && matches!(text[words[e - 1].end..n.start].trim(), "’" | "'")
    }) {
        return None;
    }
    let n = e - i;
    // A run ending in a known surname is that person's name, when its other capitalised words
    // belong to the name too: "Nach Angaben von Stănescu" is no name.
    if let Some(id) = people.lookup(&words[e - 1].folded) {
        let own = &people.persons[id].words;
        let fits = words[i..e - 1].iter().all(|w| {
            !w.cap
                || own.iter().any(|o| *o == w.folded.as_str())
                || lx.first_name(&w.folded).is_some()
        });
        if fits && ft.gaz(i).is_none() {
            return Some((e, true));
        }
        // "Yusmary Rodríguez conoce…" after Wilmer Rodríguez Paz: a capitalised word we do not
        // know before a registered surname is the given name of a namesake, not a stray word.
        // Not in German, whose nouns are capitalised too ("Sein Land", "Ihr Nachbar").
        let namesake = n == 2
            && ft.lang != Lang::De
            && words[i..e].iter().all(|w| w.cap)
            && !NOT_NOUNS.contains(t.folded.as_str())
            && !matches!(t.folded.as_str(), "his" | "her" | "their" | "our" | "its" | "my" | "your")
            && (i == 0 || !words[i - 1].cap)
            && ft.gaz(i).is_none()
            && ft.nat(i).is_none()
            && !lx.is_role_word(&t.folded)
            && !institution_word(&t.folded, ft.lang)
            // "Para Aydınlı, …", "Laut Hartwig": a capitalised function word is no given name.
            && !PREPS.contains(t.folded.as_str())
            && ft.det(i).is_none()
            && ft.pron(i).is_none()
            && !lx.is_speech_verb(ft.lang, &t.folded);
        if namesake {
            return Some((e, true));
        }
    }
    if ft.gaz(i).is_some() && !known_first {
        return None;
    }
    if lx.is_role_word(&t.folded) && !known_first {
        return None;
    }
    // The word may also be the first of two, when it names someone on its own: a profile calls
    // its subject by a given name ("Vanhxay Phommachanh" … "Vanhxay, 41, …").
    let reused_word = people.is_standalone(words[e - 1].folded.as_str())
        || n == 2
            && ft.gaz(i).is_none()
            && people
                .lookup(&t.folded)
                .is_some_and(|id| people.persons[id].words.len() == 1)
        // "Librada Giménez Ortiz" … "le responde Librada": a given name we do not list before
        // two surnames, which the article then uses alone. Two words may be a company known by
        // its first ("Kestrel Ridge" … "Kestrel said"); German nouns stand alone capitalised.
        || n == 3
            && ft.lang != Lang::De
            && ft.gaz(i).is_none()
            && ft.nat(i).is_none()
            && people.is_standalone(&t.folded);
    let reused_surname = (2..=3).contains(&n)
        && words[i..e].iter().all(|w| w.cap)
        && reused_word
        && ft.gaz(e - 1).is_none()
        && !lx.is_role_word(&words[e - 1].folded)
        && !institution_word(&words[e - 1].folded, ft.lang)
        // "das Berliner Raumfahrt-Start-up Orbitwerk": after an article, or inside a longer
        // capitalised run that is not a role ("Ministerin X"), the run is a noun phrase (a
        // company, a programme), not a given name and a surname.
        && !(i > 0
            && gap_is_space(text, words[i - 1], t)
            && (ft.det(i - 1).is_some()
                || words[i - 1].folded == "das"
                || words[i - 1].cap && ft.role(i - 1).is_none() && !lx.is_role_word(&words[i - 1].folded)));
    // "Han River Maritime Intelligence", "Open Networks Coalition": an institution, even when
    // its first word is also a given name.
    let institution = || {
        words[i..e]
            .iter()
            .any(|w| ORG_WORDS.contains(w.folded.as_str()) || ORG_HEADS.contains(w.folded.as_str()))
    };
    // "Marieke van der Hoeven", "Hassan bin Salim": particles found only inside names join
    // capitalised words into a person's name even when the given name is unknown.
    let name_particle = (i + 1..e).any(|k| {
        let w = words[k];
        lower_particle(w)
            && (NAME_ONLY_PARTICLES.contains(&w.folded.as_str())
                || ft.lang != Lang::De && w.folded == "von"
                || ft.lang != Lang::Es && w.folded == "dos")
    });
    (n >= 2 && !institution()).then_some((e, known_first || reused_surname || name_particle))
}

/// "Jordan Hale", "Hope Bishop": a given name that is also a place or a word, before a
/// capitalised word the article uses alone elsewhere ("Hale told the Ledger"), or after an
/// honorific somewhere in the article ("Mr. Jordan Kilabuk-Moss").
fn ambiguous_given_name(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lx: &Lexicon,
    people: &People,
) -> bool {
    let (t, Some(n)) = (words[i], words.get(i + 1)) else {
        return false;
    };
    let candidate = t.cap
        && n.cap
        && name_gap(text, t, n)
        && lx.first_name(&t.folded).is_none()
        && lx.ambiguous_first_name(&t.folded).is_some()
        && (people.is_used_alone(&n.folded)
            || people.is_after_honorific(&t.folded)
            || compound_given_name(text, words, i, lx));
    let surname_fits = || {
        n.folded.chars().count() >= 2
            && !NOT_NAMES.contains(n.folded.as_str())
            && ft.gaz(i + 1).is_none()
            && !institution_word(&n.folded, ft.lang)
            && !lx.is_speech_verb(ft.lang, &n.folded)
    };
    candidate && surname_fits()
}

/// "Luz Marina Quintero", "Flor María Vega": a word that may be a given name, then a listed
/// given name, then a surname, is a compound given name (common in Spanish), not a word before
/// a name.
fn compound_given_name(text: &str, words: &[&Token], i: usize, lx: &Lexicon) -> bool {
    let (Some(n), Some(s)) = (words.get(i + 1), words.get(i + 2)) else {
        return false;
    };
    lx.first_name(&n.folded).is_some() && s.cap && name_gap(text, n, s)
}

/// "Malte Kühnel-Asante" (Malte is Malta in French): a listed given name before a surname
/// names a person, whatever else the word is.
fn given_name_over_place(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    i: usize,
    lx: &Lexicon,
    people: &People,
) -> bool {
    let t = words[i];
    t.cap
        && lx.first_name(&t.folded).is_some()
        && ft.gaz(i).is_some_and(|h| h.len == 1)
        && words.get(i + 1).is_some_and(|n| {
            n.cap && name_gap(text, t, n) && ft.gaz(i + 1).is_none() && !acronym(n.text(text))
        })
        && name_run(text, words, ft, i, lx, people).is_some_and(|(e, _)| e > i + 1)
}

/// "Adomako-Pfeiffer", "Osei-Whitfield": two parts, each a capitalised word of two or more
/// letters with a lower-case rest (so no "UN-Sonderbeauftragte" or "CDU-Politiker").
fn capitalised_double(word: &str) -> bool {
    let mut parts = word.split('-');
    let part_ok = |p: Option<&str>| {
        p.is_some_and(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase)
                && p.chars().count() >= 2
                && cs.all(char::is_lowercase)
        })
    };
    part_ok(parts.next()) && part_ok(parts.next()) && parts.next().is_none()
}

/// A short all-capitals word ("CFA", "ONU"): an acronym, not a one-word name.
pub(crate) fn acronym(word: &str) -> bool {
    word.chars().count() <= 5 && word.chars().all(|c| c.is_uppercase())
}

/// Particles that, lowercase between capitalised words, occur in personal names and nowhere
/// else in French, English, Spanish or German prose (German "von" and Spanish "dos" are common
/// words too, so they count only in the other languages).
const NAME_ONLY_PARTICLES: &[&str] = &[
    "van", "ter", "ten", "bin", "ibn", "bint", "binti", "binte", "ould",
];

/// Is word `i` introduced by "as", "comme", "en tant que", "als" or "como"?
fn predicative(words: &[&Token], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map_or("", |j| words[j].folded.as_str());
    matches!(before(1), "as" | "comme" | "als" | "como")
        || matches!(before(1), "que" | "qu") && before(2) == "tant"
}

/// A word naming an institution: a listed head ("Universidad", "Institute") or, in German, a
/// compound ending in one ("Nationaluniversität", "Wirtschaftsministerium").
fn institution_word(folded: &str, lang: Lang) -> bool {
    ORG_WORDS.contains(folded)
        || ORG_HEADS.contains(folded)
        || matches!(lang, Lang::De | Lang::Other)
            && folded.chars().count() >= 7
            && [
                "universitat",
                "institut",
                "ministerium",
                "behorde",
                "agentur",
                "zentrum",
                "verband",
                "kommission",
                "gesellschaft",
                "stiftung",
                "akademie",
                "schule",
                "bank",
                "amt",
                "itat",
                "ung",
                "schaft",
                "heit",
                "keit",
                "tion",
            ]
            .iter()
            .any(|suffix| folded.ends_with(suffix))
}

/// A lower-case name particle ("de", "van", "ould"): inside a name only when a capitalised
/// word follows it.
fn lower_particle(w: &Token) -> bool {
    !w.cap && PARTICLES.contains(&w.folded.as_str())
}

/// A lower-case particle that may join the words around it into one name; German "der" and
/// Spanish "el", "la" alone are articles ("abrió el vicecanciller Gonzalo Ugarte Bellido el Foro
/// de Inversión"; after "de" they join: "de la Torre").
fn joining_particle(w: &Token, lang: Lang) -> bool {
    let spanish_article =
        lang == Lang::Es && matches!(w.folded.as_str(), "el" | "la" | "los" | "las");
    lower_particle(w) && !german_article_alone(&w.folded, lang) && !spanish_article
}

/// German "von"/"zu" after a full name begins a phrase, not a title of nobility: "Friederike
/// Wallenhorst-Adeyemi von Seegurken spricht" is about sea cucumbers. The particle belongs to
/// the name right after given names ("Richard von Weizsäcker", "Konrad Albrecht von Weyhe") or
/// a title of nobility ("Eberhard Graf von Lüttichau"), or before a known surname.
fn german_von_phrase(
    words: &[&Token],
    (i, e): (usize, usize),
    lang: Lang,
    lx: &Lexicon,
    people: &People,
) -> bool {
    lang == Lang::De
        && matches!(words[e].folded.as_str(), "von" | "vom" | "zu")
        && e >= i + 2
        && !words[i..e]
            .iter()
            .all(|w| lx.first_name(&w.folded).is_some())
        && !matches!(
            words[e - 1].folded.as_str(),
            "graf"
                | "grafin"
                | "freiherr"
                | "freifrau"
                | "freiin"
                | "furst"
                | "furstin"
                | "prinz"
                | "prinzessin"
                | "baron"
                | "baronin"
                | "ritter"
                | "edler"
                | "edle"
                | "herzog"
        )
        && words
            .get(e + 1)
            .is_some_and(|n| n.cap && people.lookup(&n.folded).is_none())
}

/// "der", "den" alone are particles only after "von"/"van" ("von der Leyen"): in German text
/// they are articles ("sagte der Hirte Dorjiin Bat-Erdene der Nachrichtenagentur APD").
fn german_article_alone(folded: &str, lang: Lang) -> bool {
    matches!(folded, "der" | "dem" | "des") || lang == Lang::De && matches!(folded, "den" | "das")
}

/// German capitalises nouns: after an article or an inflected adjective, an unknown capitalised
/// word followed by a first name is a noun ("der deutsche Student Jonas Albrecht"), and the
/// name starts after it; followed by another unknown word, it is a noun before a place's name
/// ("der tadschikischen Exklave Woruch"), and no name starts.
fn german_noun_before_name(words: &[&Token], i: usize, lx: &Lexicon, people: &People) -> bool {
    // Cheap tests first: this is asked of most capitalised German words.
    let f = words[i].folded.as_str();
    if i == 0 || words[i - 1].cap || !words.get(i + 1).is_some_and(|n| n.cap) {
        return false;
    }
    let prev = words[i - 1].folded.as_str();
    // Before a first name, any article or adjective will do; before an unknown word ("der
    // tadschikischen Exklave Woruch", "dem Dorf Ak-Sai") only one that cannot be a verb
    // ("sagte Bounmy Keomany", "sieht das Grant Whitcombe").
    let before_first_name = lx.first_name(&words[i + 1].folded).is_some();
    let noun_marker = if before_first_name {
        prev.ends_with('e')
            || german_adjective_ending(prev)
            || lx.determiner(Lang::De, prev).is_some()
    } else {
        prev != "das" && lx.determiner(Lang::De, prev).is_some()
            || matches!(prev, "im" | "am" | "zum" | "zur" | "beim" | "vom" | "ins")
            || ["ische", "ige", "liche", "isch"]
                .iter()
                .any(|x| prev.ends_with(x))
            || german_adjective_ending(prev) && !lx.is_speech_verb(Lang::De, prev)
    };
    noun_marker && lx.first_name(f).is_none() && people.lookup(f).is_none()
}

/// A German inflected adjective ("deutschen", "belarussischer"): the capitalised word after it is
/// a noun. The bare "-e" ending is left to callers, since past-tense verbs share it ("sagte").
pub(crate) fn german_adjective_ending(folded: &str) -> bool {
    ["en", "er", "em", "es"].iter().any(|x| folded.ends_with(x))
}

/// Europe and the world regions: "la comisaria europea" may also be "la comisaria belga", so
/// such a nationality never rules a person out.
fn supranational(entry: usize) -> bool {
    let key = &gazetteer().entries[entry].key;
    key.ends_with('_') || key == "EU"
}

/// "De la Garza" for "José Luis de la Garza Villarreal": a known person's surname with the
/// particles their full name puts in front of it, the first one capitalised. Such a particle
/// usually opens a sentence or an article's name ("De", "La"), so it needs the registry's word.
fn particle_led_surname(text: &str, words: &[&Token], i: usize, people: &People) -> Option<usize> {
    let t = words[i];
    // A lower-case particle opens the surname too ("sagte von Stetten", "said de Barra") when
    // the words that follow are a known person's. Particles are short, and a surname or another
    // particle must follow: these cheap tests spare most words the list look-up.
    let next_fits = words
        .get(i + 1)
        .is_some_and(|n| n.cap || n.folded.len() <= 5);
    if t.folded.len() > 5 || !next_fits || !PARTICLE_SET.contains(&t.folded) {
        return None;
    }
    let mut e = i + 1;
    while e < words.len()
        && e < i + 3
        && !words[e].cap
        && PARTICLES.contains(&words[e].folded.as_str())
        && gap_is_space(text, words[e - 1], words[e])
    {
        e += 1;
    }
    let surname = words
        .get(e)
        .filter(|w| w.cap && gap_is_space(text, words[e - 1], w))?;
    let person = &people.persons[people.lookup(&surname.folded)?];
    let form: Vec<&str> = words[i..=e].iter().map(|w| w.folded.as_str()).collect();
    person
        .words
        .windows(form.len())
        .any(|win| win.iter().zip(&form).all(|(a, b)| a == b))
        .then_some(e + 1)
}

/// A birthplace and year in brackets after a name ("Aïchata Mint Cheikh Ahmedou (Nuadibú,
/// 1971) llega…", "(né en 1958)", "(b. 1962)"): only people are born.
fn birth_note(rest: &str) -> bool {
    let Some(inner) = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(i, _)| i)
    else {
        return false;
    };
    let year = inner
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .is_some_and(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")));
    year && inner.chars().count() <= 40
}

/// An age in apposition ("41 ans", "de 27 años", "a 54-year-old teacher", "63 Jahre alt"):
/// only people are given one.
fn age_apposition(rest: &str) -> bool {
    let mut r = rest.trim_start();
    for lead in ["a ", "an ", "de ", "un ", "una ", "ein ", "eine "] {
        if let Some(x) = r.strip_prefix(lead) {
            r = x;
            break;
        }
    }
    // "un venezolano de 27 años", "une Malgache de 41 ans": a noun or two, then "de" + age.
    if !r.starts_with(|c: char| c.is_ascii_digit()) {
        let mut rest = r;
        for _ in 0..2 {
            let word_end = rest.find(' ').unwrap_or(rest.len());
            let word = &rest[..word_end];
            if word.is_empty() || !word.chars().all(char::is_alphabetic) {
                return false;
            }
            rest = rest[word_end..].trim_start();
            if let Some(x) = rest.strip_prefix("de ") {
                if x.starts_with(|c: char| c.is_ascii_digit()) {
                    r = x;
                    break;
                }
            }
        }
    }
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let after = &r[digits..];
    // "Aishath Shamma Naseem, 47, who …": a bare age between commas.
    (digits == 2 && after.starts_with(','))
        || after.starts_with("-year-old")
        || after.starts_with("-jährig")
        || ["ans", "años", "anos", "Jahre", "years old", "year-old"]
            .iter()
            .any(|u| after.trim_start().starts_with(u))
}

/// Role nouns (folded) that name someone by the office of the person named before them.
const COUNTERPARTS: &[&str] = &[
    "counterpart",
    "homologue",
    "homologo",
    "homologa",
    "contraparte",
    "amtskollege",
    "amtskollegin",
];

/// Finds the mentions in the word tokens `words` of a paragraph (tokens inside quotes already
/// removed by the caller). With `register`, new names are added to `people` and roles from
/// appositions are attached to them.
pub fn find_mentions(
    text: &str,
    words: &[&Token],
    ft: &Feats,
    lang: Lang,
    lx: &Lexicon,
    people: &mut People,
    register: bool,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    let span = |a: usize, b: usize| (words[a].start, words[b - 1].end);
    while i < words.len() {
        let t = words[i];
        let f = t.folded.as_str();
        if let Some((p, len)) = ordinal_pronoun(text, words, i, lang, lx) {
            let (s, en) = span(i, i + len);
            out.push(Mention {
                start: s,
                end: en,
                w0: i,
                w1: i + len,
                kind: MKind::Pronoun(p),
                referent: Referent::Nobody,
            });
            i += len;
            continue;
        }
        // Honorific + surname.
        let dot = text[t.end..].starts_with('.');
        // Spanish "don"/"doña" are titles in lower case too.
        // German "eine jüngere Frau SIM-Karten", "der Herr": after an article (and perhaps an
        // adjective) the word is a noun, not a title.
        let german_noun = lang == Lang::De && after_german_article(words, &ft.det, i);
        if (t.cap || lang == Lang::Es && matches!(f, "don" | "dona")) && !german_noun {
            if let Some(hg) = title_gender(lx, lang, f, dot) {
                // "Mme de Vaucelles", "Frau von der Leyen": particles before the surname.
                let mut s = i + 1;
                while s < i + 3
                    && words
                        .get(s)
                        .is_some_and(|w| !w.cap && PARTICLES.contains(&w.folded.as_str()))
                {
                    s += 1;
                }
                // "Madame la Ministre", "Mr President": an address by office names no one.
                // "M. D.-L. :" (an interviewer's initials) is no "M. D".
                // "B. O.-M. : Le communiqué": a label's colon parts a closing "M." from what
                // follows.
                if words.get(s).is_some_and(|n| {
                    n.cap
                        && !lx.is_role_word(&n.folded)
                        && !initial(text, n)
                        && !text[t.end..n.start].contains([':', ';'])
                }) {
                    // Names run to four words ("doña Carmen Gloria Rojas Tapia", "Dr. Saw Eh
                    // Kalu Moo").
                    let longest = 4;
                    let mut e = s + 1;
                    let place_surname = |e: usize| {
                        e == s + 1
                            && lx.first_name(&words[s].folded).is_some()
                            && ends_run(text, words, e)
                    };
                    while e < words.len()
                        && e < s + longest
                        && words[e].cap
                        && name_gap(text, words[e - 1], words[e])
                        && (ft.gaz(e).is_none() || place_surname(e))
                    {
                        e += 1;
                    }
                    // "la Sra. Andrade de Villegas", "Mr van der Berg": particles inside the
                    // surname, when a capitalised word closes it.
                    let particle = |k: usize| {
                        words.get(k).is_some_and(|w| {
                            lower_particle(w) && !german_article_alone(&w.folded, lang)
                        })
                    };
                    let mut p = e;
                    while particle(p) && p < e + 3 {
                        p += 1;
                    }
                    if p > e
                        && words.get(p).is_some_and(|w| w.cap && ft.gaz(p).is_none())
                        && gap_is_space(text, words[p - 1], words[p])
                        && !institution_word(&words[p].folded, lang)
                    {
                        e = p + 1;
                        // "Fray Ignacio de los Santos Peralta": a second surname after the first.
                        if lang == Lang::Es
                            && words.get(e).is_some_and(|w| w.cap && ft.gaz(e).is_none())
                            && gap_is_space(text, words[e - 1], words[e])
                        {
                            e += 1;
                        }
                    }
                    let name_words: Vec<String> = words[i + 1..e]
                        .iter()
                        .map(|w| w.folded.to_string())
                        .collect();
                    // A title that says no gender ("Dr", "Me") leaves it to the first name.
                    let hg = match hg {
                        Gender::Unknown if name_words.len() >= 2 => {
                            lx.first_name(&name_words[0]).unwrap_or(Gender::Unknown)
                        }
                        hg => hg,
                    };
                    let id = match people
                        .lookup_gendered(name_words.last().unwrap(), hg)
                        .or_else(|| {
                            (name_words.len() == 1)
                                .then(|| people.lookup_first_word(&name_words[0], hg))
                                .flatten()
                        }) {
                        Some(id) => id,
                        None => {
                            let nm = &text[words[i + 1].start..words[e - 1].end];
                            people.register(lx, nm, name_words, hg)
                        }
                    };
                    people.persons[id].gender = people.persons[id].gender.or(hg);
                    // "Me Koné-Duval" is a lawyer: never "le témoin" nor "l'accusé".
                    if lang == Lang::Fr && matches!(f, "me" | "maitre") {
                        let g = people.persons[id].gender;
                        if g != Gender::F {
                            people.add_role_noun(id, "avocat");
                        }
                        if g != Gender::M {
                            people.add_role_noun(id, "avocate");
                        }
                    }
                    out.push(Mention::name(words, i, e, id));
                    i = e;
                    continue;
                }
            }
        }
        // "Sherpa, the ambassador, said": a surname the article gave someone is no role.
        let surname_as_role =
            words[i].cap && ft.det(i).is_none() && people.lookup(&words[i].folded).is_some();
        // "Jordan Hale", "Hope Bishop": neither the country nor the bishop.
        let ambiguous_name = ambiguous_given_name(text, words, ft, i, lx, people)
            || given_name_over_place(text, words, ft, i, lx, people)
            || surname_as_role;
        // Descriptor, possibly in apposition to a name.
        let descriptor = (!ambiguous_name)
            .then(|| {
                parse_national_noun(text, words, ft, i, lang, lx)
                    .or_else(|| parse_age_noun(words, ft, i, lang, people))
                    .or_else(|| parse_descriptor(text, words, ft, i, lang, lx).map(|(_, dp)| dp))
            })
            .flatten();
        if let Some(dp) = descriptor {
            let mut j = dp.end;
            let comma =
                j < words.len() && j > 0 && text[words[j - 1].end..words[j].start].trim() == ",";
            // "le général de corps aérien Bernard Sainte-Croix": an adjective closing the
            // complement stands between the role and the name.
            if j + 1 < words.len()
                && matches!(lang, Lang::Fr | Lang::Es)
                && !words[j].cap
                && postposed_adjective(&words[j].folded)
                && gap_is_space(text, words[j - 1], words[j])
                && gap_is_space(text, words[j], words[j + 1])
                && words[j + 1].cap
                && name_after_title(text, words, ft, j + 1, lang, lx, people).is_some()
            {
                j += 1;
            }
            // "eine jüngere Frau SIM-Karten verkauft": a plain person noun takes a name only
            // set off by a comma ("said the woman, Fati Amadou").
            // German "Oberst a. D. Heinz-Dieter Brand": retired ("außer Dienst").
            let retired = lang == Lang::De
                && j + 2 < words.len()
                && words[j].text(text) == "a"
                && words[j + 1].text(text) == "D"
                && text[words[j].end..].starts_with('.')
                && text[words[j + 1].end..].starts_with(". ");
            if retired {
                j += 2;
            }
            // "economista jefe de la consultora Prospectiva Bursátil": a name right after a
            // body's noun in the role's complement is the body's.
            let body_named = j < words.len() && {
                let w = words[j - 1].folded.as_str();
                !words[j - 1].cap
                    && gap_is_space(text, words[j - 1], words[j])
                    && ORG_HEADS.contains(w)
                    && dp.desc.role.rsplit(' ').next() != Some(w)
            };
            // "the daughter of a schoolteacher and a fisherman, Tuimavave-Ioane studied": the
            // kinds of person listed in an "of" complement are others, and the name after the
            // comma is the sentence's subject. (One kind alone may be in apposition: "las
            // palabras de un portavoz, Juan Pérez".)
            let of_complement = !dp.desc.definite && {
                let governs =
                    |k: usize| matches!(words[k].folded.as_str(), "of" | "de" | "d" | "von");
                let joined =
                    |k: usize| matches!(words[k].folded.as_str(), "and" | "et" | "y" | "und");
                i > 0 && joined(i - 1) && (i.saturating_sub(5)..i - 1).any(governs)
            };
            let named_elsewhere = body_named || of_complement;
            let immediate = j < words.len()
                && !named_elsewhere
                && !(PLAIN_PERSON_NOUNS.contains(&dp.desc.role.as_str())
                    && gap_is_space(text, words[j - 1], words[j]))
                && (retired || gap_allows_apposition(text, words[j - 1], words[j]))
                && match name_after_title(text, words, ft, j, lang, lx, people) {
                    // "Ministro, la senadora Marcela Ortiz": a second role of the other gender
                    // makes the first an address, not an apposition.
                    Some(n)
                        if n > j
                            && ft
                                .role(n - 1)
                                .is_some_and(|(_, r)| !r.gender.compatible(dp.desc.gender)) =>
                    {
                        false
                    }
                    Some(n) => {
                        j = n;
                        true
                    }
                    None => surname_after_title(text, words, ft, j, lx, people).is_some(),
                };
            // A complement the descriptor parser stopped inside ("The head of the World Food
            // Programme's operations in the country, Corinne Fleischer, said"): the apposition
            // still holds when a comma-enclosed name follows the complement.
            let late = (!immediate && !dp.desc.plural)
                .then(|| long_complement_apposition(text, words, ft, dp.end, lang, lx, people))
                .flatten();
            if let Some(jj) = late {
                j = jj;
            }
            if immediate || late.is_some() {
                if let Some(ne) = parse_name(text, words, ft, j, lx, people, true)
                    .or_else(|| {
                        late.is_none()
                            .then(|| surname_after_title(text, words, ft, j, lx, people))
                            .flatten()
                    })
                    .filter(|&ne| {
                        // "neben dem Kanzler auch die Staatsministerin für Europa, NAME.": a
                        // second role in the complement is a second person, and a name ending
                        // the sentence is hers; only a comma closes the first one's apposition.
                        late.is_none()
                            || closes_apposition(text, words, ne, !ft.role_within(dp.end, j))
                    })
                {
                    let nm = &text[words[j].start..words[ne - 1].end];
                    let nw: Vec<String> =
                        words[j..ne].iter().map(|w| w.folded.to_string()).collect();
                    // The role noun may not say the gender ("head", "chef"): the first name can.
                    let gender = dp
                        .desc
                        .gender
                        .or(lx.first_name(&nw[0]).unwrap_or(Gender::Unknown));
                    let id = if register {
                        people.register(lx, nm, nw, gender)
                    } else {
                        people
                            .lookup_name(&nw)
                            .unwrap_or_else(|| people.register(lx, nm, nw, gender))
                    };
                    // "…, le Béninois X": the national noun before the name.
                    if j >= 2 && lx.determiner(lang, &words[j - 2].folded).is_some() {
                        people.add_nationality(id, ft.nat(j - 1));
                    }
                    // "Der Vorsitzende Richter X", "Sein Vorgesetzter, Major X": the role
                    // right before the name is theirs too.
                    if let Some((_, r)) = (j > dp.end).then(|| ft.role(j - 1)).flatten() {
                        people.add_role(
                            id,
                            &Desc {
                                role: r.name.clone(),
                                class: r.class,
                                gender: r.gender,
                                plural: false,
                                of: None,
                                ..dp.desc.clone()
                            },
                        );
                    }
                    if !dp.desc.plural && dp.desc.class != class::OTHER {
                        people.add_role(id, &dp.desc);
                    } else if !dp.desc.plural && register {
                        // "son homologue mauritanien, X": no role class, but a nationality.
                        people.add_nationality(id, dp.desc.nationality);
                        if COUNTERPARTS.contains(&dp.desc.role.as_str()) {
                            people.share_office(id);
                        } else {
                            people.add_role_noun(id, &dp.desc.role);
                        }
                    }
                    out.push(Mention::name(words, i, ne, id));
                    i = ne;
                    // Skip the closing comma of "X, Y," style appositions.
                    let _ = comma;
                    continue;
                }
            }
            // Post-apposition: "Esteban Morales, le diplomate de l'UE" attaches the role.
            if let Some(last) = out.last() {
                if let MKind::Name(id) = last.kind {
                    // "Frau Demircan-Voss, der Bundeskanzler hat …" is an address followed by
                    // the subject: an apposition agrees in gender.
                    // "Amara Osei-Whitfield, 49, the U.N. special rapporteur": past an age.
                    let age_between = last.w1 + 1 == i
                        && words[last.w1].folded.len() <= 3
                        && words[last.w1].folded.bytes().all(|b| b.is_ascii_digit())
                        && text[last.end..words[last.w1].start].trim() == ",";
                    if (last.w1 == i || age_between)
                        && i > 0
                        && text[words[i - 1].end..words[i].start].trim() == ","
                        && !dp.desc.plural
                        && people.persons[id].gender.compatible(dp.desc.gender)
                        && !COUNTERPARTS.contains(&dp.desc.role.as_str())
                    {
                        if register && dp.desc.class == class::OTHER {
                            // "Henrik Aas-Lindqvist, un ingénieur norvégien": no role class,
                            // but a nationality.
                            people.add_role_noun(id, &dp.desc.role);
                            people.add_nationality(id, dp.desc.nationality);
                        } else if register {
                            people.add_role(id, &dp.desc);
                        }
                        i = dp.end;
                        j = i;
                        let _ = j;
                        continue;
                    }
                }
            }
            // "attended the talks as an observer", "als Beobachterin": a role someone acts in,
            // not a new person.
            // French "en" before a bare role noun is "as" too ("invitée en observatrice").
            let bare_en = !dp.desc.determined && i > 0 && words[i - 1].folded == "en";
            // "le souvenir d'un homme « qui … »": a plain person noun after a preposition
            // describes someone, it introduces no one.
            let described = PLAIN_PERSON_NOUNS.contains(&dp.desc.role.as_str())
                && governing_preposition(words, i)
                    .is_some_and(|p| !text[words[p].end..words[i].start].contains(','));
            if described {
                i = dp.end;
                continue;
            }
            // "as one senior official put it", "comme un diplomate l'a dit": "as" opens a
            // clause whose subject this is when a speech verb follows.
            let speaks = words.get(dp.end).is_some_and(|n| {
                let next = words.get(dp.end + 1).map(|x| x.folded.as_str());
                (lx.is_speech_verb(lang, &n.folded) || lx.speech_idiom(lang, &n.folded, next))
                    && gap_is_space(text, words[dp.end - 1], n)
            });
            if (!dp.desc.definite || !dp.desc.determined) && predicative(words, i) && !speaks
                || bare_en
            {
                i = dp.end;
                continue;
            }
            let (s, en) = span(i, dp.end);
            out.push(Mention {
                start: s,
                end: en,
                w0: i,
                w1: dp.end,
                kind: MKind::Descriptor(dp.desc),
                referent: Referent::Unnamed,
            });
            i = dp.end;
            continue;
        }
        if let Some(p) = ft.pron(i) {
            let (s, en) = span(i, i + 1);
            out.push(Mention {
                start: s,
                end: en,
                w0: i,
                w1: i + 1,
                kind: MKind::Pronoun(p),
                referent: Referent::Nobody,
            });
            i += 1;
            continue;
        }
        // "Harrow & Finch", "Simon & Schuster": capitalised words joined by an ampersand are
        // a firm.
        if t.cap {
            let mut e = i;
            while words.get(e + 1).is_some_and(|n| {
                n.cap && matches!(text[words[e].end..n.start].trim(), "&" | "&amp;")
            }) {
                e += 1;
            }
            // "a lawyer at the London firm Hale & Wrenfield": inside a complement it is
            // where someone works, no subject to resolve.
            let complement = (i.saturating_sub(4)..i).any(|k| {
                PREPS.contains(words[k].folded.as_str())
                    && (k + 1..=i).all(|m| gap_is_space(text, words[m - 1], words[m]))
            });
            if e > i && complement {
                i = e + 1;
                continue;
            }
            if e > i {
                let (s, en) = span(i, e + 1);
                out.push(Mention {
                    start: s,
                    end: en,
                    w0: i,
                    w1: e + 1,
                    kind: MKind::Org(Gender::Unknown),
                    referent: Referent::Nobody,
                });
                i = e + 1;
                continue;
            }
        }
        // Organisations and places from the gazetteer.
        if let Some(h) = ft.gaz(i).filter(|_| !ambiguous_name) {
            if people.lookup(f).is_none() || h.len > 1 {
                let (s, en) = span(i, i + h.len);
                out.push(Mention {
                    start: s,
                    end: en,
                    w0: i,
                    w1: i + h.len,
                    kind: MKind::Org(Gender::Unknown),
                    referent: Referent::Nobody,
                });
                i += h.len;
                continue;
            }
        }
        // Determiner + organisation head ("the Russian Foreign Ministry", "das Außenministerium").
        if ft.det(i).is_some() || t.cap && ft.nat(i).is_some() {
            let mut k = i + 1;
            let mut found = None;
            while k < words.len()
                && k < i + 6
                && text[words[k - 1].end..words[k].start]
                    .trim()
                    .trim_matches(['\'', '’'])
                    .is_empty()
            {
                let w = words[k].folded.as_str();
                if ORG_HEADS.contains(w)
                    || (lang == Lang::De
                        && (w.ends_with("ministerium")
                            || w.ends_with("regierung")
                            || w.ends_with("delegation")))
                {
                    found = Some(k);
                    break;
                }
                if lx.is_speech_verb(lang, w) || PREPS.contains(w) {
                    break;
                }
                k += 1;
            }
            if let Some(k) = found {
                let mut e = k + 1;
                // Complement: "des Affaires étrangères", "of Foreign Affairs", "de la COP28".
                while e < words.len()
                    && e < k + 6
                    && gap_allows_apposition(text, words[e - 1], words[e])
                    && text[words[e - 1].end..words[e].start].trim() != ","
                {
                    let w = words[e].folded.as_str();
                    // A first name right after the head starts the person the body's title
                    // belongs to ("der Schweizer Bundesrat Ignazio Cassis"), not the body's
                    // complement ("l'administration de Joe Biden").
                    if e == k + 1 && words[e].cap && lx.first_name(w).is_some() {
                        break;
                    }
                    // Every German noun is capitalised: one right after the head is not
                    // part of the name ("ob das Auswärtige Amt Druck ausgeübt habe").
                    let cap_name = words[e].cap && (lang != Lang::De || e > k + 1);
                    if ft.nat(e).is_some()
                        || cap_name
                        || matches!(
                            w,
                            "de" | "des" | "du" | "of" | "the" | "la" | "l" | "del" | "d" | "for"
                        )
                    {
                        e += 1;
                    } else {
                        break;
                    }
                }
                while e > k + 1
                    && matches!(
                        words[e - 1].folded.as_str(),
                        "de" | "des" | "du" | "of" | "the" | "la" | "l" | "del" | "d" | "for"
                    )
                {
                    e -= 1;
                }
                // A body opening its sentence is its subject, which a later pronoun may take up:
                // its determiner's gender says which pronoun.
                let opens_sentence = text[..words[i].start]
                    .trim_end()
                    .trim_end_matches(['"', '»', '“', '”', '\'', '’'])
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '.' | '!' | '?'));
                // A German body whose verb is subjunctive ("Die Kommission werde …") is what
                // someone reports, not the actor a later "sie" takes up.
                let reported = lang == Lang::De
                    && words.get(e).is_some_and(|v| {
                        gap_is_space(text, words[e - 1], v) && subjunctive_verb(&v.folded, v.cap)
                    });
                let opening_gender = match ft.det(i) {
                    // German "die" before a body ("die Regierung", "die Behörden") is feminine
                    // or plural, and "sie" stands for both.
                    Some(_) if opens_sentence && lang == Lang::De && t.folded == "die" => {
                        if reported {
                            Gender::Unknown
                        } else {
                            Gender::F
                        }
                    }
                    Some((_, g, false)) if opens_sentence => g,
                    _ => Gender::Unknown,
                };
                let (s, en) = span(i, e);
                out.push(Mention {
                    start: s,
                    end: en,
                    w0: i,
                    w1: e,
                    kind: MKind::Org(opening_gender),
                    referent: Referent::Nobody,
                });
                i = e;
                continue;
            }
        }
        // Names. A capitalised run followed by ", [det] ROLE" is a name even when its first
        // name is unknown ("Kenta Morishige, a senior official at …").
        let opens_sentence =
            i == 0 || text[words[i - 1].end..words[i].start].contains(['.', '!', '?', '»', '”']);
        let described = |e: usize| {
            let rest = text[words[e - 1].end..].trim_start();
            rest.strip_prefix(',').is_some_and(age_apposition)
                || birth_note(rest)
                || e < words.len()
                    && text[words[e - 1].end..words[e].start].trim() == ","
                    && parse_descriptor(text, words, ft, e, lang, lx).is_some_and(|(_, d)| {
                        // A trade ("the Korean systems engineer") describes a person too, when
                        // the run has a given name and a surname and the apposition an article,
                        // or the run opens the sentence ("Akouvi Mensah, pharmacienne à Bè, dit").
                        // A bare trade set off by commas on both sides says so too
                        // ("Arrivée en 1989, Nguyễn Thị Lan, pharmacienne, a hésité").
                        let enclosed = !d.desc.determined
                            && d.end < words.len()
                            && text[words[d.end - 1].end..words[d.end].start].trim() == ",";
                        !d.desc.plural
                            && (d.desc.class != class::OTHER
                                || e - i >= 2
                                    && (d.desc.determined && d.desc.definite
                                        || opens_sentence
                                        || enclosed)
                                    // Particles may join the run ("Shehani de Alwis"),
                                    // though not a contracted article before a place ("Venue
                                    // du Darfour-Nord, la …").
                                    && (i..e).all(|k| {
                                        words[k].cap
                                            || lower_particle(words[k])
                                                && !matches!(words[k].folded.as_str(), "du" | "des")
                                                && (k..e).all(|n| ft.gaz(n).is_none())
                                    }))
                    })
        };
        let mut mononym = false;
        let run = name_run(text, words, ft, i, lx, people);
        let named = run
            .filter(|&(_, alone)| alone)
            .map(|(e, _)| e)
            .or_else(|| {
                let (e, _) = run?;
                // German "«…», so Morag MacInnes": "so" right after a quotation's comma is a
                // tag (quoted words are not in `words`, so look at the text before "so").
                let tag_so = i >= 1
                    && lang == Lang::De
                    && words[i - 1].folded == "so"
                    && text[..words[i - 1].start]
                        .trim_end()
                        .strip_suffix(',')
                        .is_some_and(|t| t.trim_end().ends_with(QUOTE_MARKS));
                // "said Tekanene Boutu, who…": right after a speech verb, a capitalised run is
                // the speaker's name even when the first name is not in our list.
                // Not a run inside quote marks ("el llamado «Plan Frontera Segura»").
                let after_verb = i > 0
                    && (lx.is_speech_verb(lang, &words[i - 1].folded) || tag_so)
                    && !text[words[i - 1].end..words[i].start].contains(QUOTE_MARKS);
                // "according to Elle-Márjá Utsi of the Saami Council": a source named with
                // the body they speak for.
                let source_of = i >= 1
                    && names_a_source(words, i - 1)
                    && words.get(e).is_some_and(|w| {
                        matches!(
                            w.folded.as_str(),
                            "of" | "de" | "du" | "del" | "von" | "vom"
                        )
                    });
                // "Grete Haugland, the hydrologist's sister, …": a capitalised run opening a
                // sentence with a noun phrase in apposition is a person's name.
                // Not a capitalised preposition ("Desde Quito, la canciller …").
                let apposed = opens_sentence
                    && !PREPS.contains(t.folded.as_str())
                    && words[i..e].iter().all(|w| w.cap)
                    && e + 1 < words.len()
                    && text[words[e - 1].end..words[e].start].trim() == ","
                    && ft.det(e).is_some()
                    && !words[e + 1].cap;
                // "la venezolana Yohandry Marcano": a nationality used as a noun.
                let after_demonym = i >= 2
                    && ft.nat(i - 1).is_some()
                    && !words[i - 1].cap
                    && ft.det(i - 2).is_some();
                // "Wayan Sudarma, who runs a guesthouse": only people are "who" / "quien".
                let relative_who = e < words.len()
                    && e - i >= 2
                    && text[words[e - 1].end..words[e].start].trim() == ","
                    && matches!(words[e].folded.as_str(), "who" | "whose" | "quien");
                // The end of a body's name after "y", "of" or "la red" ("Ministerio de Salud
                // Pública y Asistencia Social rechazó", "la red Páramo Vivo calificó").
                let inside_body = i > 0 && !words[i - 1].cap && {
                    let p = words[i - 1].folded.as_str();
                    PARTICLES.contains(&p)
                        || matches!(
                            p,
                            "y" | "e" | "et" | "and" | "und" | "of" | "red" | "colectivo"
                        )
                        || institution_word(p, lang)
                };
                // A run of plain capitalised words that may be a person's name on shape alone:
                // not inside a body's name, not opened by a preposition, article or pronoun, and
                // no place, body, role or function word in it.
                let plain_run = !inside_body
                    && !PREPS.contains(t.folded.as_str())
                    && ft.det(i).is_none()
                    && ft.pron(i).is_none()
                    && !lx.is_role_word(&t.folded)
                    && words[i..e].iter().enumerate().all(|(k, w)| {
                        w.cap
                            && !NOT_NAMES.contains(w.folded.as_str())
                            && ft.gaz(i + k).is_none()
                            && !institution_word(&w.folded, lang)
                    });
                // "Ayer Eusebia Condori Huallpa habló: …": a full name right before a speech
                // verb is its subject. Not in German, which capitalises every noun ("Zum
                // Abschied sagte …").
                let before_verb = plain_run
                    && e - i >= 2
                    && lang != Lang::De
                    && words.get(e).is_some_and(|v| {
                        gap_is_space(text, words[e - 1], v) && lx.is_speech_verb(lang, &v.folded)
                    });
                // "Wenn Henrike Adomako-Pfeiffer über …": a given name and a double-barrelled
                // surname of two capitalised parts.
                let double_barrelled = plain_run
                    && e - i == 2
                    && ft.role(i + 1).is_none()
                    && capitalised_double(words[i + 1].text(text));
                (described(e)
                    || after_verb
                    || before_verb
                    || double_barrelled
                    || after_demonym
                    || apposed
                    || source_of
                    || relative_who)
                    .then_some(e)
            })
            .or_else(|| {
                // One-word names ("said Sutrisno, the head of the agency"): only with a role
                // in apposition, and never a place, organisation or role word.
                let comma_after =
                    i + 1 < words.len() && text[words[i].end..words[i + 1].start].trim() == ",";
                // German capitalises nouns: after an article and an adjective it is a noun
                // ("Die 52-jährige Chemikerin, Professorin an …").
                let german_noun = lang == Lang::De && i >= 2 && ft.det(i - 2).is_some();
                let ok = comma_after
                    && t.cap
                    && !NOT_NAMES.contains(f)
                    && f.chars().count() >= 3
                    // "francs CFA, la ministre": an acronym is no one's name.
                    && !acronym(t.text(text))
                    && ft.gaz(i).is_none()
                    && ft.nat(i).is_none()
                    && !lx.is_role_word(f)
                    && !lx.is_speech_verb(lang, f)
                    && if i == 0 {
                        // Opening the paragraph, only an age says so ("Vanhxay, 41, has …"):
                        // any word is capitalised there ("Sin embargo, la ministra …").
                        text[t.end..].strip_prefix(',').is_some_and(age_apposition)
                    } else {
                        // Not inside a longer capitalised name ("Las Palmas, la presidenta…").
                        !words[i - 1].cap
                            && ft.det(i - 1).is_none()
                            && !PREPS.contains(words[i - 1].folded.as_str())
                            && !german_noun
                            && described(i + 1)
                    };
                mononym = ok;
                ok.then_some(i + 1)
            });
        // "(MOE UE)", "(KSGA)": capitals in brackets after a body's name are its acronym.
        let named = named.filter(|&e| !acronym_in_brackets(text, &words[i..e]));
        if let Some(e) = named {
            let nm = &text[words[i].start..words[e - 1].end];
            let nw: Vec<String> = words[i..e].iter().map(|w| w.folded.to_string()).collect();
            // A British honour in the name ("Sir Rupert Hale-Ashdown") says the gender.
            let fg = match nw[0].as_str() {
                "sir" | "lord" => Gender::M,
                "dame" | "lady" => Gender::F,
                first => lx
                    .first_name(first)
                    .or_else(|| lx.ambiguous_first_name(first))
                    .unwrap_or(Gender::Unknown),
            };
            let id = if register && (nw.len() >= 2 || mononym) {
                people.register(
                    lx,
                    nm,
                    nw,
                    if lx.is_east_asian_surname(&words[i].folded) {
                        Gender::Unknown
                    } else {
                        fg
                    },
                )
            } else {
                match people.lookup_name(&nw).or_else(|| people.lookup(&nw[0])) {
                    Some(id) => {
                        people.complete_one_word_name(lx, id, nm, &nw);
                        id
                    }
                    None if nw.len() >= 2 => people.register(lx, nm, nw, fg),
                    None => {
                        i += 1;
                        continue;
                    }
                }
            };
            if register {
                if let Some(age) = age_after_name(&text[words[e - 1].end..]) {
                    people.add_role_noun(id, &age_role(age));
                }
                people.add_nationality(id, nationality_before_name(text, words, ft, i));
            }
            out.push(Mention::name(words, i, e, id));
            i = e;
            continue;
        }
        if t.cap {
            // "Lucía termina de firmar…" for Lucía Ruiz Díaz: a given name alone is the one
            // person registered with it (her father Héctor Ruiz Díaz shares only the surname).
            let by_given_name = || {
                let g = lx.first_name(f).filter(|_| ft.gaz(i).is_none())?;
                people.lookup_first_word(f, g)
            };
            if let Some(id) = people.lookup(f).or_else(by_given_name) {
                if !month_as_date(text, words, i) && !in_dateline(text, words, i) {
                    out.push(Mention::name(words, i, i + 1, id));
                }
            }
        }
        i += 1;
    }
    out
}

/// Whether word `i` belongs to the place in capitals that opens a dispatch ("MAE SOT, Thailand
/// —", "NAIROBI (Reuters) -"): a dateline, never a person's name.
fn in_dateline(text: &str, words: &[&Token], i: usize) -> bool {
    let all_caps = |w: &Token| {
        let t = w.text(text);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.chars().all(|c| !c.is_lowercase())
    };
    // A dateline opens the paragraph: only its first words are looked at, so a paragraph in
    // capitals costs no quadratic scan.
    if words[i].start > 80
        || !text[..words[i].start]
            .chars()
            .all(|c| !c.is_lowercase() && !c.is_ascii_digit())
    {
        return false;
    }
    let mut k = i;
    while k < words.len() && k < i + 8 && all_caps(words[k]) {
        k += 1;
    }
    if k == i || k == words.len() || all_caps(words[k]) {
        return false;
    }
    // Then a dash, straight away or after the country or the agency; not a transcript label's
    // colon ("MARGUERITE BAPTISTE-OKAFOR : …").
    let after = text[words[k - 1].end..].trim_start();
    let head: String = after.chars().take(60).collect();
    let head = head
        .split(['.', ':', '«', '“', '"', '„'])
        .next()
        .unwrap_or("");
    after.starts_with([',', '(', '—', '–', '-']) && head.contains(['—', '–', '-'])
}

/// The nationality printed just before a name, as a noun or with one noun between ("la
/// venezolana Yohandry Marcano", "ihre finnische Partnerin Liisa Korhonen", "his Kenyan
/// colleague Amos Kiprop"), so that "die Finnin" later finds her.
fn nationality_before_name(text: &str, words: &[&Token], ft: &Feats, i: usize) -> Option<usize> {
    let adjacent = |a: usize| gap_is_space(text, words[a], words[a + 1]);
    if i >= 1 && adjacent(i - 1) {
        if let Some(n) = ft.nat(i - 1) {
            return Some(n);
        }
        if i >= 2 && adjacent(i - 2) && ft.gaz(i - 1).is_none() {
            return ft.nat(i - 2);
        }
    }
    None
}

/// Entries of the discourse history used for resolution, most recent last.
#[derive(Debug, Clone)]
pub struct HistEntry {
    pub referent: Referent,
    pub gender: Gender,
    pub nationality: Option<usize>,
    pub paragraph: usize,
    /// The role of the definite description that named this referent ("the cabinet
    /// secretary"): the same description later means the same person.
    pub role: Option<String>,
    /// That description's complement noun (see [`Desc::of`]).
    pub role_of: Option<String>,
    /// An indefinite description of unknown gender ("would make a diplomat nervous"): a weak
    /// antecedent, passed over when a named person of the pronoun's gender is in the paragraph.
    pub vague: bool,
    /// The sentence the mention stands in: its paragraph and its index there (`usize::MAX`
    /// for words inside a quotation's tag, which are read apart from the sentences).
    pub sentence: (usize, usize),
    /// The person who opens the sentence (or the name set in apposition to them): nearly
    /// always its subject, the one a pronoun in a later sentence most likely continues with.
    pub subject: bool,
    /// Governed by a preposition (see [`oblique`]).
    pub oblique: bool,
}

/// Whether the mention a pronoun of gender `g` refers back to is a body whose determiner has
/// that gender ("Die georgische Regierung kündigte … an. Sie sprach von …"): places in between
/// are skipped, a person or descriptor ends the search.
fn collective_antecedent(before: &[Mention], g: Gender) -> bool {
    for m in before.iter().rev() {
        match m.kind {
            MKind::Org(Gender::Unknown) => continue,
            MKind::Org(og) => return g != Gender::Unknown && og == g,
            _ => return false,
        }
    }
    false
}

/// Role nouns that name a relation to someone else ("son homologue", "her counterpart"): they
/// point away from the person just named, never back to them.
fn relational_role(role: &str) -> bool {
    COUNTERPARTS.contains(&role) || matches!(role, "kollege" | "kollegin")
}

/// Who a definite profession or epithet ("die Juristin", "la anfitriona", "the economist")
/// describes when no one was introduced with that role: a writer varies how they refer to the
/// person they are following, so it is the most recent person of a compatible gender and
/// nationality. A noun that does not say its gender reaches back one paragraph only.
fn epithet_antecedent(
    d: &Desc,
    people: &People,
    history: &[HistEntry],
    paragraph: usize,
) -> Option<usize> {
    if !d.determined || d.class & (class::EXPERT | class::OTHER) == 0 || relational_role(&d.role) {
        return None;
    }
    let reach = if d.gender == Gender::Unknown { 2 } else { 3 };
    history
        .iter()
        .rev()
        .take_while(|h| h.paragraph + reach > paragraph)
        .find_map(|h| {
            let Referent::Person(id) = h.referent else {
                return None;
            };
            let p = &people.persons[id];
            let same_country = match (p.nationality, d.nationality) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            (p.gender.compatible(d.gender) && same_country && !other_party(p, &d.role))
                .then_some(id)
        })
}

/// The parts people play in a trial exclude one another: the prosecutor is never "the
/// accused", the judge never "the witness".
const TRIAL_PARTS: &[&str] = &[
    "temoin",
    "witness",
    "testigo",
    "zeuge",
    "zeugin",
    "accuse",
    "accusee",
    "defendant",
    "acusado",
    "acusada",
    "angeklagte",
    "angeklagter",
    "avocat",
    "avocate",
    "lawyer",
    "abogado",
    "abogada",
    "anwalt",
    "anwaltin",
    "verteidiger",
    "verteidigerin",
    "procureur",
    "procureure",
    "prosecutor",
    "fiscal",
    "staatsanwalt",
    "staatsanwaltin",
    "juge",
    "judge",
    "juez",
    "jueza",
    "richter",
    "richterin",
    "bundesanwalt",
    "bundesanwaltin",
    "oberstaatsanwalt",
    "oberstaatsanwaltin",
    "counsel",
    "barrister",
    "solicitor",
    "attorney",
    "magistrat",
    "magistrate",
    "magistrado",
    "magistrada",
];

/// Whether `role` is a part in a trial and person `p` is known to play another one.
fn other_party(p: &Person, role: &str) -> bool {
    TRIAL_PARTS.contains(&role)
        && p.roles
            .iter()
            .any(|r| r != role && TRIAL_PARTS.contains(&r.as_str()))
}

/// Who a definite description that fits no one named so far refers to, when the writer names
/// the person only afterwards ("Le président de la Commission électorale a dénoncé … » …
/// "Le président de la Commission électorale, Fernando Pires dos Santos, …"; "The director of the
/// office said … ¶ Lionel Iatika, who has led the office since 2021, …"): a person not yet
/// mentioned, given the same role later, else a person introduced by name later in the
/// paragraph, else the first one within the next two paragraphs whose gender, nationality and
/// role fit.
fn introduced_after(
    d: &Desc,
    people: &People,
    history: &[HistEntry],
    paragraph: usize,
) -> Option<usize> {
    if !d.determined || !d.definite || d.plural || relational_role(&d.role) {
        return None;
    }
    let mentioned = |id: usize| {
        history
            .iter()
            .any(|h| matches!(h.referent, Referent::Person(x) if x == id))
    };
    let fits = |p: &Person| {
        p.gender.compatible(d.gender)
            && match (p.nationality, d.nationality) {
                (Some(a), Some(b)) => a == b || supranational(a) || supranational(b),
                _ => true,
            }
    };
    let later = people.persons.iter().enumerate().filter(|&(id, p)| {
        p.first_paragraph != usize::MAX
            && p.first_paragraph >= paragraph
            && p.words.len() >= 2
            && fits(p)
            && !mentioned(id)
    });
    if let Some((id, _)) = later
        .clone()
        .filter(|(_, p)| p.roles.contains(&d.role))
        .min_by_key(|(_, p)| p.first_paragraph)
    {
        return Some(id);
    }
    // Someone named later in the same paragraph comes first, when given a role of any kind
    // ("la jefa de la misión, la exvicepresidenta costarricense María Fernanda Solís"); a bare
    // name there may be an object, and then no one further on is tried either.
    if let Some((id, p)) = later.clone().find(|(_, p)| p.first_paragraph == paragraph) {
        return (p.classes != 0 || p.first_as_subject).then_some(id);
    }
    later
        .filter(|(_, p)| {
            p.first_paragraph <= paragraph + 2
                && (p.classes == 0 || p.classes & class::accepts(d.class) != 0)
        })
        .min_by_key(|(_, p)| p.first_paragraph)
        .map(|(id, _)| id)
}

/// Who an indefinite description refers to when the next paragraph opens by naming someone new
/// who fits it ("Assise à sa droite, une ancienne vice-ministre norvégienne de la défense … « … »,
/// a-t-elle averti. ¶ Solveig Arnesen-Brekke, qui a quitté le gouvernement d'Oslo…"): writers
/// introduce a speaker by description and name them right after. The gender must be known on
/// both sides. Diplomats and officials described so ("ein westlicher Diplomat", "un responsable")
/// are the anonymous sources of wire copy: the person named next is someone else.
fn named_next(d: &Desc, people: &People, paragraph: usize) -> Option<usize> {
    if d.gender == Gender::Unknown || matches!(d.class, class::DIPLOMAT | class::OFFICIAL) {
        return None;
    }
    people
        .first_named_in(paragraph + 1..=paragraph + 4)
        .find(|&id| {
            let p = &people.persons[id];
            let opens_next = p.first_paragraph == paragraph + 1 && p.first_opens_paragraph;
            // "Une commerçante … — La dette, c'est pour les grands, lance-t-elle. … ¶ Elle
            // s'appelle Ndèye Fatou Mbengue": announced a few paragraphs on.
            let announced = p.first_named_by_cue;
            (opens_next && p.gender == d.gender || announced && p.gender.compatible(d.gender))
                && p.words.len() >= 2
                && (p.classes == 0 || p.classes & class::accepts(d.class) != 0)
                && match (p.nationality, d.nationality) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        })
}

/// Whether the last one given this role, in this paragraph or the one before, was someone the
/// article leaves unnamed ("ein Mitglied, das nicht genannt werden wollte … sagte das
/// Ausschussmitglied"): the definite description goes on describing them, unless someone who
/// fits it has been named since ("une infirmière … Fatou Ndiaye, cette infirmière de 38 ans").
fn unnamed_before(history: &[HistEntry], d: &Desc, people: &People, paragraph: usize) -> bool {
    let recent = history
        .iter()
        .rev()
        .take_while(|h| h.paragraph + 2 > paragraph);
    for h in recent {
        match h.referent {
            Referent::Person(id) if people.persons[id].gender.compatible(d.gender) => return false,
            Referent::Unnamed if h.role.as_deref() == Some(d.role.as_str()) => {
                return h.gender.compatible(d.gender);
            }
            _ => {}
        }
    }
    false
}

/// The people earlier definite descriptions with this role ("the cabinet secretary") were
/// resolved to: a writer reuses a description for the person it first named.
fn described_as(history: &[HistEntry], d: &Desc) -> Vec<usize> {
    let mut ids = Vec::new();
    for h in history {
        if let (Referent::Person(id), Some(r)) = (h.referent, h.role.as_deref()) {
            let other_office = matches!((&h.role_of, &d.of), (Some(a), Some(b)) if a != b);
            if r == d.role && !other_office && !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// A gendered pronoun whose nearest antecedent is a vague indefinite ("Kamau-Odhiambo
/// describes it in terms that would make a diplomat nervous. … she said") or a person of
/// unknown gender ("La ministre, Fatou Ba-Thiam, a rencontré son homologue, Ahmedou Jiddou. « … »,
/// a-t-elle déclaré") refers to the person known to have that gender earlier in the same
/// paragraph, when there is one.
fn known_gender_over_unsure<'h>(
    found: &'h HistEntry,
    history: &'h [HistEntry],
    people: &People,
    g: Gender,
    paragraph: usize,
    topic: Option<Referent>,
) -> &'h HistEntry {
    let unsure = found.vague
        || matches!(found.referent, Referent::Person(id) if people.persons[id].gender == Gender::Unknown);
    if !unsure || g == Gender::Unknown {
        return found;
    }
    // Someone of unknown gender named in passing ("took the oath before Chief Justice K.
    // Sivaganesan") yields to a person of the pronoun's gender in the last paragraphs too.
    // Not when they were named in the pronoun's own paragraph ("Among the last off the plane
    // was Bridie Hanrahan … ‘…,’ she said").
    let window = if found.subject || found.paragraph == paragraph {
        1
    } else {
        3
    };
    history
        .iter()
        .rev()
        .take_while(|h| h.paragraph + window > paragraph)
        .find(|h| {
            Some(h.referent) != topic
                && (h.paragraph == paragraph || h.subject)
                && matches!(h.referent, Referent::Person(id) if people.persons[id].gender == g)
        })
        .unwrap_or(found)
}

/// Whether the text from `sentence_start` to `at` holds no word, so what stands at `at` opens the
/// sentence. A dateline ("DAKAR – Le président ghanéen, …") holds none that counts.
pub(crate) fn opens_sentence(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = text[sentence_start..at].trim_end();
    !before.contains(char::is_alphanumeric)
        || before.ends_with(['–', '—', '-']) && before.split_whitespace().count() <= 5
}

/// Which mentions open their sentence as its subject: a person named or described before any
/// other word ("Yusmary Rodríguez conoce…", "Die frühere Außenministerin Ingrid Maaßen-Öztürk,
/// unter der …"), and the name set in apposition to such a subject ("El jefe de diseño …, el
/// ingeniero Qiao Wenshan, recorrió", "Ihr Nachbar, der Bauer Ilchom Rahimow, hat"). A transcript label ("von Althaus: …") is no subject.
fn sentence_subjects(mentions: &[Mention], text: &str, sentences: &[usize]) -> Vec<bool> {
    let mut out = vec![false; mentions.len()];
    if sentences.is_empty() {
        return out;
    }
    for (k, m) in mentions.iter().enumerate() {
        if !m.is_personlike() {
            continue;
        }
        let start = sentences[sentences.partition_point(|&s| s <= m.start) - 1];
        let opens =
            opens_sentence(text, start, m.start) && !text[m.end..].trim_start().starts_with(':');
        let apposed = k > 0
            && out[k - 1]
            && matches!(m.kind, MKind::Name(_))
            && text[mentions[k - 1].end..m.start].trim() == ",";
        out[k] = opens || apposed;
    }
    out
}

/// A pronoun whose nearest antecedent is someone a previous sentence mentions after its subject
/// ("Yusmary Rodríguez conoce a la cónsul de vista. … Ella, dice, …") continues with that
/// sentence's subject when the subject can take the pronoun: a writer keeps the subject in
/// focus and would name anyone else.
fn subject_over_object<'h>(
    found: &'h HistEntry,
    history: &'h [HistEntry],
    people: &People,
    g: Gender,
    sentence: (usize, usize),
) -> &'h HistEntry {
    if found.subject || found.sentence >= sentence || g == Gender::Unknown {
        return found;
    }
    history
        .iter()
        .rev()
        .skip_while(|h| h.sentence != found.sentence)
        .take_while(|h| h.sentence == found.sentence)
        .find(|h| {
            h.subject
                && h.referent != found.referent
                && matches!(h.referent, Referent::Person(id) if people.persons[id].gender.compatible(g))
        })
        .unwrap_or(found)
}

/// Whether mention `m` is governed by a preposition ("Mit Blick auf die Sprecherin fügte sie
/// hinzu"): someone talked about, seldom whom the next pronoun of the sentence means. The
/// agent of a passive ("run by a nurse") is the one who acts, the one a view is given for
/// ("For Lorna Bautista, who came …") holds it, and a comma after the preposition ("Before
/// going in, the secretary") ends its phrase.
fn oblique(text: &str, words: &[&Token], m: &Mention) -> bool {
    if m.w0 > words.len() {
        return false;
    }
    governing_preposition(words, m.w0).is_some_and(|p| {
        !matches!(
            words[p].folded.as_str(),
            "by" | "par" | "por" | "von" | "durch" | "for" | "pour" | "para" | "fur"
        ) && !text[words[p].end..m.start].contains([',', ';', ':'])
    })
}

/// Whether pronoun `m` opens a subordinate clause ("a demandé à M. X s'il maintenait",
/// "rappelé à la ministre qu'elle avait promis", "according to a diplomat, who asked not to be
/// named because he"): there it may well mean whom the sentence addressed or cited.
fn in_reported_clause(words: &[&Token], m: &Mention) -> bool {
    m.w0 > 0
        && m.w0 <= words.len()
        && matches!(
            words[m.w0 - 1].folded.as_str(),
            "que"
                | "qu"
                | "s"
                | "si"
                | "whether"
                | "if"
                | "that"
                | "ob"
                | "dass"
                | "because"
                | "porque"
                | "weil"
                | "when"
                | "quand"
                | "lorsqu"
                | "cuando"
                | "wenn"
                | "als"
        )
}

/// The person of gender `g` the article is about, for a pronoun past the recent window: the
/// only one of that gender named so far, or in a profile the one mentioned far more often than
/// any other ("Im Juli war sie selbst in Kingston …, erzählt sie" deep into a portrait, after a
/// colleague of the same gender spoke once). Returns that person's latest history entry.
fn dominant_of_gender<'h>(
    history: &'h [HistEntry],
    people: &People,
    g: Gender,
) -> Option<&'h HistEntry> {
    let mut counts: Vec<(usize, usize, &HistEntry)> = Vec::new();
    for h in history.iter().rev() {
        let Referent::Person(id) = h.referent else {
            continue;
        };
        if people.persons[id].gender != g {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == id) {
            Some(c) => c.1 += 1,
            None => counts.push((id, 1, h)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [only] => Some(only.2),
        [first, second, ..] if first.1 >= 4 && first.1 >= 3 * second.1 => Some(first.2),
        _ => None,
    }
}

/// Resolves pronouns and descriptors of one paragraph in reading order, appending to `history`.
/// `words` is the paragraph's word list the mentions index (empty for mentions read apart from
/// their paragraph, inside a quotation's tag).
pub fn resolve(
    mentions: &mut [Mention],
    people: &People,
    history: &mut Vec<HistEntry>,
    paragraph: usize,
    text: &str,
    words: &[&Token],
    sentences: &[usize],
) {
    let sentence_of = |m: &Mention| {
        if sentences.is_empty() {
            (paragraph, usize::MAX)
        } else {
            (paragraph, sentences.partition_point(|&s| s <= m.start) - 1)
        }
    };
    let subjects = sentence_subjects(mentions, text, sentences);
    let named_by_cue: Vec<(usize, usize)> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MKind::Name(id) if naming_cue(text, m) => Some((m.start, id)),
            _ => None,
        })
        .collect();
    for (k, &subject) in subjects.iter().enumerate() {
        let (mentions_before, rest) = mentions.split_at_mut(k);
        let m = &mut rest[0];
        let sentence = sentence_of(m);
        match &m.kind {
            MKind::Name(id) => {
                m.referent = Referent::Person(*id);
                let p = &people.persons[*id];
                history.push(HistEntry {
                    referent: m.referent,
                    gender: p.gender,
                    nationality: p.nationality,
                    paragraph,
                    role: None,
                    role_of: None,
                    vague: false,
                    sentence,
                    subject,
                    oblique: oblique(text, words, m),
                });
            }
            MKind::Org(_) => {}
            MKind::Pronoun(Pron::Person(g)) => {
                let g = *g;
                if collective_antecedent(mentions_before, g) {
                    m.referent = Referent::Nobody;
                    continue;
                }
                // "Mensah-Lindqvist, she said, 'went back …'": the name set before the tag is
                // what the speaker talks about, not the speaker.
                let topic = mentions_before
                    .last()
                    .filter(|b| {
                        matches!(b.kind, MKind::Name(_))
                            && text.get(b.end..m.start).is_some_and(|g| g.trim() == ",")
                            && text[m.end..]
                                .trim_start()
                                .starts_with(|c: char| c.is_alphabetic())
                    })
                    .map(|b| b.referent);
                let reported = in_reported_clause(words, m);
                let found = history
                    .iter()
                    .rev()
                    .take_while(|h| h.paragraph + 3 > paragraph)
                    .find(|h| {
                        let hg = match h.referent {
                            Referent::Person(id) => people.persons[id].gender,
                            _ => h.gender,
                        };
                        matches!(h.referent, Referent::Person(_) | Referent::Unnamed)
                            && hg.compatible(g)
                            && Some(h.referent) != topic
                            && !(h.oblique && h.sentence == sentence && !reported)
                    })
                    .map(|h| (h, subject_over_object(h, history, people, g, sentence)));
                // Past the recent window, a gendered pronoun still finds the one person of that
                // gender the article has named ("Ella insistió…" four paragraphs after Bárcena).
                let found = found.or_else(|| {
                    if g == Gender::Unknown {
                        return None;
                    }
                    dominant_of_gender(history, people, g).map(|h| (h, h))
                });
                // The subject of an earlier sentence stays the antecedent ("Yusmary Rodríguez
                // conoce a la cónsul … Ella, dice, …"), whatever gender the others have.
                let found = found.map(|(nearest, h)| {
                    if std::ptr::eq(nearest, h) {
                        known_gender_over_unsure(h, history, people, g, paragraph, topic)
                    } else {
                        h
                    }
                });
                m.referent = found.map_or(Referent::Nobody, |h| h.referent);
                if let Some(h) = found.cloned() {
                    history.push(HistEntry {
                        paragraph,
                        role: None,
                        role_of: None,
                        sentence,
                        subject,
                        oblique: oblique(text, words, m),
                        ..h
                    });
                }
            }
            MKind::Pronoun(p @ (Pron::Latter(g) | Pron::Former(g))) => {
                let g = *g;
                // The last person of that gender named, or for "the former" the one before.
                let skip = usize::from(matches!(p, Pron::Former(_)));
                let mut seen: Vec<usize> = Vec::new();
                let found = history
                    .iter()
                    .rev()
                    .take_while(|h| h.paragraph + 2 > paragraph)
                    .filter(|h| match h.referent {
                        Referent::Person(id) if people.persons[id].gender.compatible(g) => {
                            let new = !seen.contains(&id);
                            seen.push(id);
                            new
                        }
                        _ => false,
                    })
                    .nth(skip);
                // Not added to the history: "promet la première … glisse la seconde" counts
                // the two as they were named.
                m.referent = found.map_or(Referent::Nobody, |h| h.referent);
            }
            MKind::Pronoun(_) => m.referent = Referent::Nobody,
            MKind::Descriptor(d) => {
                // "Eine Krankenpflegerin … „…“, sagte die 34-Jährige. Mhairi Kowalczyk heißt
                // sie": someone introduced by description and named by the paragraph's end.
                let named_later = (!d.definite && !d.plural)
                    .then(|| named_by_cue.iter().find(|&&(at, _)| at > m.end))
                    .flatten()
                    .map(|&(_, id)| id)
                    .filter(|&id| people.persons[id].gender.compatible(d.gender));
                if let Some(id) = named_later {
                    m.referent = Referent::Person(id);
                } else if !d.definite || d.plural {
                    m.referent = if d.plural {
                        Referent::Nobody
                    } else {
                        named_next(d, people, paragraph).map_or(Referent::Unnamed, Referent::Person)
                    };
                } else if unnamed_before(history, d, people, paragraph) {
                    m.referent = Referent::Unnamed;
                } else {
                    let mut best: Option<(u8, usize)> = None;
                    let mut seen = Vec::new();
                    let described = described_as(history, d);
                    for h in history.iter().rev() {
                        let Referent::Person(id) = h.referent else {
                            continue;
                        };
                        if seen.contains(&id) {
                            continue;
                        }
                        seen.push(id);
                        let p = &people.persons[id];
                        if !p.gender.compatible(d.gender) {
                            continue;
                        }
                        if let (Some(a), Some(b)) = (p.nationality, d.nationality) {
                            if a != b && !supranational(a) && !supranational(b) {
                                continue;
                            }
                        }
                        // A nationality used as a noun ("la Française") names only the
                        // country: someone of that country, whatever their office.
                        if d.class == class::NATIONAL {
                            if p.nationality == d.nationality && best.is_none() {
                                best = Some((3, id));
                            }
                            continue;
                        }
                        // "la présidente du jury" is not "la présidente du festival".
                        if p.holds_other_office(d) && !described.contains(&id) {
                            continue;
                        }
                        let exact = p.holds_role(&d.role) || described.contains(&id);
                        let class_ok = p.classes & class::accepts(d.class) != 0;
                        let score = if exact {
                            3
                        } else if class_ok {
                            2
                        } else {
                            0
                        };
                        let same_country =
                            d.nationality.is_some() && p.nationality == d.nationality;
                        // A person known only by nationality ("son homologue mauritanien, X")
                        // is who "le dirigeant mauritanien" refers to; a counterpart of a
                        // stated country ("su contraparte chilena") is whoever holds office
                        // for it.
                        let relational = relational_role(&d.role);
                        // "Sein österreichischer Amtskollege X … der Kanzler aus Wien": a
                        // counterpart of the very country named holds the office.
                        let counterpart = p.roles.iter().any(|r| relational_role(r));
                        let score = if score == 0 && same_country && counterpart {
                            3
                        } else if score == 0 && same_country && (p.classes == 0 || relational) {
                            2
                        } else {
                            score + u8::from(same_country)
                        };
                        if score >= 2 && best.is_none_or(|(s, _)| score > s) {
                            best = Some((score, id));
                        }
                    }
                    // Writers call someone by a nationality the article never stated ("die
                    // Finnin" for a minister named in a Finnish story): the most recent person
                    // of that gender whose country is not known to be another.
                    if d.class == class::NATIONAL && best.is_none() {
                        best = history
                            .iter()
                            .rev()
                            .take_while(|h| h.paragraph + 3 > paragraph)
                            .find_map(|h| match h.referent {
                                Referent::Person(id) => {
                                    let p = &people.persons[id];
                                    (p.gender.compatible(d.gender)
                                        && p.nationality.is_none_or(supranational))
                                    .then_some((2, id))
                                }
                                _ => None,
                            });
                    }
                    // A definite description right after someone the article has named without
                    // any role ("Losana Ma'afu-Vea … the 52-year-old former negotiator … The
                    // minister") describes that person.
                    let roleless = || {
                        history
                            .iter()
                            .rev()
                            .take_while(|h| h.paragraph + 1 >= paragraph)
                            .find_map(|h| match h.referent {
                                Referent::Person(id) => Some(id),
                                _ => None,
                            })
                            .filter(|&id| {
                                let p = &people.persons[id];
                                p.classes == 0
                                    && !other_party(p, &d.role)
                                    && p.gender.compatible(d.gender)
                                    && (p.nationality.is_none()
                                        || d.nationality.is_none()
                                        || p.nationality == d.nationality)
                            })
                    };
                    // "Sir Rupert Hale-Ashdown, who commanded the Household Division, was less
                    // forgiving. In a letter, the former general…": a person just named in this
                    // paragraph without a role outweighs a match on the role's class alone
                    // with someone from an earlier paragraph.
                    let named_here = |id: usize| {
                        history.iter().any(|h| {
                            h.paragraph == paragraph
                                && matches!(h.referent, Referent::Person(x) if x == id)
                        })
                    };
                    if best.is_some_and(|(score, id)| score == 2 && !named_here(id)) {
                        if let Some(id) = roleless().filter(|&id| named_here(id)) {
                            best = Some((3, id));
                        }
                    }
                    // "said the 23-year-old medical student … The student, Amani Wanjiru, …":
                    // someone this paragraph goes on to name with the very role outranks an
                    // earlier person matched on the role's class alone.
                    let same_role_here = || {
                        people
                            .persons
                            .iter()
                            .any(|p| p.first_paragraph == paragraph && p.roles.contains(&d.role))
                    };
                    if best.is_none_or(|(score, _)| score < 3) && same_role_here() {
                        let later = introduced_after(d, people, history, paragraph).filter(|&id| {
                            let p = &people.persons[id];
                            p.first_paragraph == paragraph && p.roles.contains(&d.role)
                        });
                        if let Some(id) = later {
                            best = Some((3, id));
                        }
                    }
                    m.referent = best
                        .map(|(_, id)| id)
                        .or_else(roleless)
                        .or_else(|| epithet_antecedent(d, people, history, paragraph))
                        .or_else(|| introduced_after(d, people, history, paragraph))
                        .map_or(Referent::Unnamed, Referent::Person);
                }
                let named = matches!(m.referent, Referent::Person(_));
                history.push(HistEntry {
                    referent: m.referent,
                    gender: d.gender,
                    nationality: d.nationality,
                    paragraph,
                    // Someone left unnamed keeps their role too: "the member" then goes back
                    // to "a member, who asked not to be named".
                    role: (named && d.definite || !d.definite && !d.plural).then(|| d.role.clone()),
                    role_of: d.of.clone(),
                    vague: !d.definite && d.gender == Gender::Unknown,
                    sentence,
                    subject,
                    oblique: oblique(text, words, m),
                });
            }
        }
    }
}
