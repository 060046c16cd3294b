//! Which agency or outlet an article credits. Wire copy names its source in a handful of fixed
//! shapes: the dateline (`MOSCOW, March 3 (TASS) —`, `MOSCOW, May 11. /TASS/.`,
//! `Madrid, 18 jul 2023 (EFE).-`), a byline or credit line (`Xinhua | 21.05.2021`,
//! `Par Jean Dupont, AFP`, `— Reuters`), or an explicit `Source: X`. Only those shapes are
//! read: a bare mention ("told TASS") credits nothing. Names are mapped to one canonical form
//! through the [`AGENCIES`] table so that "Agence France-Presse" and "AFP" group together.

use regex::Regex;
use std::sync::LazyLock;

/// Canonical agency names and the forms they are printed in. Forms of three letters or fewer
/// are matched case-sensitively ("AP" is not "ap"); longer ones ignore case.
pub const AGENCIES: &[(&str, &[&str])] = &[
    (
        "Xinhua",
        &[
            "Xinhua",
            "Xinhua News Agency",
            "Xinhuanet",
            "Chine Nouvelle",
            "新华社",
        ],
    ),
    ("TASS", &["TASS", "ITAR-TASS", "Tass"]),
    ("Reuters", &["Reuters", "Thomson Reuters"]),
    (
        "AFP",
        &["AFP", "Agence France-Presse", "Agence France Presse"],
    ),
    ("AP", &["AP", "Associated Press", "The Associated Press"]),
    ("EFE", &["EFE", "Agencia EFE", "Efe"]),
    ("dpa", &["dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX"]),
    ("RIA Novosti", &["RIA Novosti", "RIA"]),
    ("Interfax", &["Interfax"]),
    ("Sputnik", &["Sputnik", "Sputnik News"]),
    ("Kyodo", &["Kyodo", "Kyodo News"]),
    ("ANSA", &["ANSA"]),
    ("Europa Press", &["Europa Press"]),
    ("Prensa Latina", &["Prensa Latina"]),
    ("CGTN", &["CGTN"]),
    (
        "People's Daily",
        &[
            "People's Daily",
            "People’s Daily",
            "People's Daily Online",
            "Quotidien du Peuple",
        ],
    ),
    ("China News Service", &["China News Service", "CNS"]),
    ("Global Times", &["Global Times"]),
    ("Yonhap", &["Yonhap", "Yonhap News Agency"]),
    ("KCNA", &["KCNA"]),
    (
        "Anadolu",
        &["Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"],
    ),
    ("IRNA", &["IRNA"]),
    ("WAFA", &["WAFA"]),
    ("ATS", &["ATS", "Keystone-ATS", "SDA"]),
    ("APA", &["APA"]),
    ("Belga", &["Belga"]),
    ("ANP", &["ANP"]),
    ("Lusa", &["Lusa"]),
    ("PAP", &["PAP"]),
    ("CTK", &["CTK", "ČTK"]),
    ("MTI", &["MTI"]),
    ("BTA", &["BTA"]),
    ("Agerpres", &["Agerpres"]),
    ("Ukrinform", &["Ukrinform"]),
    ("UNIAN", &["UNIAN"]),
    ("BelTA", &["BelTA"]),
    ("ANI", &["ANI"]),
    ("PTI", &["PTI"]),
    ("IANS", &["IANS"]),
    ("KUNA", &["KUNA"]),
    ("SPA", &["SPA"]),
    ("WAM", &["WAM"]),
    ("QNA", &["QNA"]),
    ("MENA", &["MENA"]),
    ("APS", &["APS"]),
    ("MAP", &["MAP"]),
    ("SANA", &["SANA"]),
    ("Petra", &["Petra"]),
    ("Bernama", &["Bernama"]),
    ("Antara", &["Antara"]),
    ("VNA", &["VNA"]),
    ("PNA", &["PNA"]),
    ("AAP", &["AAP"]),
    ("CNA", &["CNA"]),
    ("Notimex", &["Notimex"]),
    ("Télam", &["Télam", "Telam"]),
    ("Andina", &["Andina"]),
    ("AGI", &["AGI"]),
    ("Adnkronos", &["Adnkronos"]),
    ("EPA", &["EPA"]),
    ("KNA", &["KNA"]),
    ("epd", &["epd"]),
    ("UPI", &["UPI"]),
    ("Bloomberg", &["Bloomberg"]),
    ("Agencia Brasil", &["Agência Brasil", "Agencia Brasil"]),
];

/// The canonical name for a printed agency name, if it is in [`AGENCIES`].
pub fn canonical(name: &str) -> Option<&'static str> {
    let name = name
        .trim()
        .trim_matches(|c: char| matches!(c, '.' | ',' | ':' | ';'));
    if name.is_empty() {
        return None;
    }
    AGENCIES.iter().find_map(|(canon, forms)| {
        forms
            .iter()
            .any(|f| {
                if f.chars().count() <= 3 {
                    *f == name
                } else {
                    f.to_lowercase() == name.to_lowercase()
                }
            })
            .then_some(*canon)
    })
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static credit pattern")
}

/// `(AFP)`, `(EFE).-`, `(Reuters) -`, also `(AFP/Reuters)` and `(dpa/AP)`.
static PAREN: LazyLock<Regex> = LazyLock::new(|| re(r"\(\s*([^()\n]{2,40}?)\s*\)"));
/// `/TASS/.`
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|\s)/\s*([\p{L}][\p{L} .-]{1,25}?)\s*/"));
/// `Xinhua | 21.05.2021`, `AFP |`: a name opening a line, before a bar.
static BAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?m)^\s*([\p{L}][\p{L}' .’-]{1,40}?)\s*\|"));
/// `— Reuters`, `-- AP`: a name after a dash, at the end of a line or sentence.
static DASHED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?m)(?:^|\s)(?:--|[—–-])\s*([\p{L}][\p{L}' .’-]{1,40}?)\s*(?:[.)]\s*)?$")
});
/// `Par Jean Dupont, AFP`, `Von Clara Weiß, dpa |`: the last comma part of a byline.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?im)^\s*(?:by|par|por|von|de|da|di)\s+[^|\n]{2,120}?,\s*([\p{L}][\p{L}' .’-]{1,40}?)\s*(?:\||$)",
    )
});
/// `Source: X`, `Fuente: X`, `Quelle: X`, `Sources : X`.
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?im)(?:^|[\s(\[])(?:sources?|fuentes?|quellen?|fonte|font)\s*[:：]\s*([^\n.;|()\[\]]{2,60})",
    )
});
/// A dateline: a capitalised place, an optional date, then a credit in parentheses or slashes,
/// then the dash or dot that opens the story.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*[\p{Lu}][^\n()]{0,70}?(?:\(\s*([^()\n]{2,40}?)\s*\)|/\s*([\p{L}][\p{L} .-]{1,25}?)\s*/)\s*\.?\s*(?:--|[-—–:]|\.-|\.\s)",
    )
});

/// A dateline crediting after a dash: `MOSCOU, 23 septembre - RIA Novosti. La Russie…`.
static DATELINE_DASH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*[\p{Lu}][^\n()]{0,60}?\s(?:--|[-—–])\s*([\p{L}][\p{L}' .’-]{1,30}?)\s*(?:--|[-—–:.])\s",
    )
});

/// The first known agency among `a/b` or `a, b` parts.
fn known_in(group: &str) -> Option<&'static str> {
    group.split(['/', ',', '&']).find_map(canonical)
}

/// An unknown credit in a dateline (`(ANI)`, `(Pueblo en Línea)`) is kept as printed when it
/// looks like a name: capitalised words (small linking words allowed), no digits.
fn plausible_unknown(name: &str) -> Option<String> {
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let linking = [
        "de", "del", "en", "la", "el", "of", "the", "du", "des", "der", "die", "et", "y", "and",
    ];
    let ok = (1..=5).contains(&words.len())
        && name.chars().count() <= 40
        && !name.chars().any(|c| c.is_ascii_digit())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || linking.contains(w))
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    ok.then(|| name.to_string())
}

/// The agency credited by a story's dateline (`MOSCOW, March 3 (TASS) —`), if the text opens
/// with one. Stricter than [`credited_source`]: the credit must sit in the opening shape, so a
/// parenthesis later in the paragraph is not taken for a credit.
pub fn dateline_source(text: &str) -> Option<String> {
    let head: String = text.chars().take(160).collect();
    if let Some(c) = DATELINE.captures(&head) {
        let m = c.get(1).or_else(|| c.get(2));
        let name = m.map_or("", |m| m.as_str());
        // An unknown credit needs a dateline-shaped opening: `PLACE, date (` or a short place.
        let opening = m.map_or("", |m| &head[..m.start()]);
        let place = opening.split(',').next().unwrap_or("");
        let dateline_shaped = opening.contains(',') || place.split_whitespace().count() <= 2;
        let unknown = || dateline_shaped.then(|| plausible_unknown(name)).flatten();
        if let Some(found) = known_in(name).map(str::to_string).or_else(unknown) {
            return Some(found);
        }
    }
    let c = DATELINE_DASH.captures(&head)?;
    known_in(c.get(1)?.as_str()).map(str::to_string)
}

/// Finds an agency credit in a dateline, first paragraph or credit line: `(TASS)`, `/TASS/`,
/// `Xinhua |`, `— Reuters`, `Par X, AFP`, `Source: X`… and returns its canonical name. The
/// earliest credit in the text wins. `Source:` lines may name outlets outside the table; they
/// are returned as printed.
pub fn credited_source(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    if let Some(s) = dateline_source(text) {
        return Some(s);
    }
    let mut best: Option<(usize, String)> = None;
    let mut consider = |pos: usize, name: Option<String>| {
        if let Some(name) = name {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, name));
            }
        }
    };
    for pat in [&*PAREN, &*SLASHED, &*BAR, &*DASHED, &*BYLINE] {
        for c in pat.captures_iter(text) {
            if let Some(m) = c.get(1) {
                if let Some(name) = known_in(m.as_str()) {
                    consider(m.start(), Some(name.to_string()));
                    break;
                }
            }
        }
    }
    if let Some(c) = SOURCE.captures(text) {
        if let Some(m) = c.get(1) {
            let raw = m.as_str().trim();
            let named = known_in(raw).map(str::to_string).or_else(|| {
                let words = raw.split_whitespace().count();
                let starts_upper = raw.chars().next().is_some_and(char::is_uppercase);
                (words <= 6 && starts_upper).then(|| raw.to_string())
            });
            consider(m.start(), named);
        }
    }
    best.map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(
            credited_source("MOSCOW, March 3 (TASS) — The Russian").as_deref(),
            Some("TASS")
        );
        assert_eq!(
            credited_source("MOSCOW, May 11. /TASS/. Russia has").as_deref(),
            Some("TASS")
        );
        assert_eq!(
            credited_source("Madrid, 18 jul 2023 (EFE).- Los").as_deref(),
            Some("EFE")
        );
        assert_eq!(
            credited_source("Berlin (dpa) - Die").as_deref(),
            Some("dpa")
        );
        assert_eq!(
            credited_source("NEW DELHI (ANI) - India").as_deref(),
            Some("ANI")
        );
        assert_eq!(
            credited_source("BEIJING, May 21 (Xinhua) -- China").as_deref(),
            Some("Xinhua")
        );
        assert_eq!(
            credited_source("MOSCOU, 23 septembre - RIA Novosti. La Russie").as_deref(),
            Some("RIA Novosti")
        );
        assert_eq!(
            credited_source("Beijing, 13 may (Pueblo en Línea) -- Los representantes").as_deref(),
            Some("Pueblo en Línea")
        );
    }

    #[test]
    fn credit_lines() {
        assert_eq!(
            credited_source("Xinhua | 21.05.2021 08h19").as_deref(),
            Some("Xinhua")
        );
        assert_eq!(
            credited_source("Par Jean Dupont, AFP | Publié le 3 mars").as_deref(),
            Some("AFP")
        );
        assert_eq!(
            credited_source("said on Friday.\n— Reuters").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            credited_source("Fuente: Europa Press").as_deref(),
            Some("Europa Press")
        );
        assert_eq!(
            credited_source("Quelle: Deutsche Presse-Agentur").as_deref(),
            Some("dpa")
        );
    }

    #[test]
    fn bare_mentions_are_not_credits() {
        assert_eq!(credited_source("Ostrovsky told TASS on Thursday."), None);
        assert_eq!(credited_source("the group (which met in Paris) said"), None);
        assert_eq!(
            dateline_source("Le président Emmanuel Macron (Renaissance) - qui"),
            None
        );
        assert_eq!(credited_source(""), None);
    }
}
