//! Word tables for dates in French, English, Spanish and German: month names and their
//! abbreviations, weekday names, named time zones and the filler words that surround a date
//! ("le", "de", "Uhr", "GMT"…). Kept as data so a new language is a table edit, not new code.

/// Month names and abbreviations (lowercase, with and without accents), each with its number.
/// "mar" is both March (en/es) and the Spanish weekday abbreviation; the parser resolves that
/// by preferring the month token that sits between a day and a year.
pub const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // French
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    // Spanish
    ("enero", 1),
    ("ene", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("abr", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("ago", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dic", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("jaenner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
];

/// Weekday names and abbreviations in the four languages. They carry no information once the
/// date is known, but a date line is still "only a date" when it names the weekday.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
    "lundi",
    "lun",
    "mardi",
    "mercredi",
    "mer",
    "jeudi",
    "jeu",
    "vendredi",
    "ven",
    "samedi",
    "sam",
    "dimanche",
    "dim",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "mié",
    "mie",
    "jueves",
    "jue",
    "viernes",
    "vie",
    "sábado",
    "sabado",
    "sáb",
    "sab",
    "domingo",
    "dom",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
];

/// Words that surround a printed date without changing it: articles and prepositions,
/// "o'clock" words, the publication/update prefixes of the four languages, and "today".
pub const FILLERS: &[&str] = &[
    "le", "la", "les", "à", "a", "au", "de", "del", "el", "en", "am", "um", "at", "on", "the", "of",
    "den", "der", "des", "et", "and", "y", "und", "h", "uhr", "hora", "horas", "hrs", "hr", "local",
    "time", "heure", "heures", "hs", "mez", "mesz", "published", "publié", "publiée", "publie",
    "publication", "posted", "updated", "update", "last", "modified", "mis", "mise", "jour",
    "dernière", "derniere", "modifié", "modifie", "actualizado", "actualizada", "actualización",
    "actualizacion", "última", "ultima", "publicado", "publicada", "fecha", "aktualisiert",
    "zuletzt", "stand", "veröffentlicht", "erstellt", "geändert", "date", "dated", "first",
    "créé", "cree", "gmt", "utc", "z", "er", "st", "nd", "rd", "th", "º", "ª", "o",
];

/// Named time zones whose offset is unambiguous, in minutes east of UTC. Ambiguous names
/// (CST, IST, AST…) are deliberately absent: a wrong offset is worse than none.
pub const ZONES: &[(&str, i32)] = &[
    ("gmt", 0),
    ("utc", 0),
    ("z", 0),
    ("wet", 0),
    ("west", 60),
    ("bst", 60),
    ("cet", 60),
    ("mez", 60),
    ("cest", 120),
    ("mesz", 120),
    ("eet", 120),
    ("eest", 180),
    ("msk", 180),
    ("est", -300),
    ("edt", -240),
    ("pst", -480),
    ("pdt", -420),
    ("mst", -420),
    ("mdt", -360),
    ("jst", 540),
    ("kst", 540),
    ("hkt", 480),
    ("sgt", 480),
];

/// The month number for a (lowercase) word, tolerating a trailing abbreviation dot.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, m)| m)
}

/// Whether a (lowercase) word may appear in a date line without being part of the date.
pub fn is_date_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    WEEKDAYS.contains(&w) || FILLERS.contains(&w) || ZONES.iter().any(|(z, _)| *z == w)
}

/// The offset of a named zone, in minutes east of UTC.
pub fn zone(word: &str) -> Option<i32> {
    ZONES.iter().find(|(z, _)| *z == word).map(|&(_, o)| o)
}
