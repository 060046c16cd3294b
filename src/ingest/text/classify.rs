//! What each unit of a dump is: body text, or one of the kinds of page chrome. Decisions use
//! general shapes (length, punctuation, position in a block, keyword tables per language in
//! [`super::lexicon`]), never strings from one outlet.

use super::lexicon::{self, key, Role};
use super::meta::{self, Meta};
use super::units::ends_sentence;
use regex::Regex;
use std::sync::LazyLock;

/// The role of one unit in the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Body text or a heading: decided later from position and shape.
    Text,
    /// Widgets, navigation, skip links, cookie notices, bullets, reading time.
    Skip,
    /// A standalone photo credit (`© Pyotr Sablin/TASS`): the line before it is a caption.
    PhotoCredit,
    /// A photo caption (`… à Bruxelles. © Simon WOLFF / AFP`).
    Caption,
    /// "Read also" heading; the rest of its block is links.
    Related,
    /// "Lire aussi : <headline>" on one line.
    RelatedInline,
    /// Tags heading: the article is over.
    Tags,
    /// Comment section: the article is over.
    Comments,
    /// Share-widget heading.
    Share,
    /// Copyright footer: the article is over.
    Copyright,
    /// AFP-style desk initials (`cr/jca/ob`) closing a dispatch.
    Slug,
    /// End-of-story furniture: `Enditem`, "contributed to this report", newsletter promotion.
    Trailer,
    /// A rule of punctuation (`___`, `* * *`): the story's end, or a break inside it.
    Separator,
    /// Credit line naming editors or authors (`Redacción: …`, `(Rédacteurs : …)`).
    Credit(Vec<(Role, String)>),
    /// Breadcrumb trail; holds its last crumb.
    Breadcrumb(String),
    /// Dateline, byline or date line.
    Meta(Meta),
}

impl Kind {
    /// Kinds after which nothing is article text.
    pub fn ends_article(&self) -> bool {
        matches!(
            self,
            Kind::Tags
                | Kind::Comments
                | Kind::Copyright
                | Kind::Slug
                | Kind::Credit(_)
                | Kind::Trailer
        )
    }
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static classify pattern")
}

static SLUG: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[a-z]{1,6}(?:[-/][a-z]{1,6})*/[a-z]{1,6}(?:[-/][a-z]{1,6})*$"));
static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:19|20)\d{2}\b"));
static COUNT_COMMENTS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\d+\s+(?:comments?|commentaires?|comentarios?|kommentare?|réactions?)$")
});
static MINUTES: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d+\s*(?:min|mins|minutes?|minuten|minutos)\.?(?:\s+\S+){0,3}$"));
static CAPTION_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:©|\b(?:photo|foto|bild|image|imagen|crédit photo|crédits? photo|credits?|crédito|fotografía|picture)\s*:|\bphoto\s*/|\(photo\b|\bap photo\b|\bgetty images\b)",
    )
});
static CAPTION_CREDIT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\p{L}[\p{L}.'’-]*\s*/\s*\p{L}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\)?$")
});

/// Number of words with at least one letter.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// A paragraph of running text: long enough and closed like a sentence, or simply long.
pub fn is_prose(s: &str) -> bool {
    let words = word_count(s);
    (words >= 8 && (ends_sentence(s) || s.trim_end().ends_with(':'))) || words >= 25
}

fn starts_with_bullet(s: &str) -> bool {
    let s = s.trim_start();
    s.starts_with([
        '•', '·', '▪', '►', '▸', '‣', '◦', '●', '■', '□', '★', '✓', '✔', '➤', '→',
    ]) || s.starts_with("- ")
        || s.starts_with("* ")
}

/// A web address on its own line (short links, canonical URLs).
fn is_url(s: &str) -> bool {
    let k = s.trim().to_lowercase();
    !k.contains(' ')
        && (k.starts_with("http://") || k.starts_with("https://") || k.starts_with("www."))
}

/// `Archivo - Banderas … - Lucía Barranco - Europa Press - Archivo`: a caption credited to an
/// agency in one of its last dash-separated parts.
fn agency_credited_caption(t: &str) -> bool {
    let parts: Vec<&str> = t.split(" - ").map(str::trim).collect();
    parts.len() >= 3
        && parts
            .iter()
            .rev()
            .take(2)
            .any(|p| crate::analyze::credit::canonical(p).is_some())
}

fn starts_with_any(k: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| {
        k.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || !rest.starts_with(char::is_alphanumeric))
    })
}

/// A line's heading keyword followed by a separator and more text (`Lire aussi : …`).
fn inline_after(k: &str, headings: &[&str]) -> bool {
    headings.iter().any(|h| {
        k.strip_prefix(h).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with([':', '|', '»', '›', '-', '–', '—', '>', '：'])
                && rest.chars().count() > 3
        })
    })
}

/// `Drucken | Teilen: Telegram | VK | E-Mail`, `About Us | Contact Us | Site Map`: a row of
/// links separated by bars or wide gaps, every one of them short and most of them known widgets.
fn is_widget_list(t: &str) -> bool {
    // Buttons copied from one row come apart by bars or by runs of spaces ("Artikel teilen
    // Drucken   Merken").
    let parts: Vec<String> = t
        .split(['|', '·', '•'])
        .flat_map(|p| p.split("  "))
        .map(|p| {
            let p = p.trim();
            // "Teilen: Telegram" -> "telegram"
            key(p.rsplit_once([':', '：']).map_or(p, |(_, after)| after))
        })
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 || parts.iter().any(|p| p.split_whitespace().count() > 4) {
        return false;
    }
    let known = parts
        .iter()
        .filter(|p| lexicon::WIDGETS.contains(&p.as_str()))
        .count();
    known * 2 >= parts.len() || parts.len() >= 4 && !t.contains(['.', ','])
}

/// `Compartir en Whatsapp`, `Share on Facebook`, `Partager sur X`: a share verb and a network.
fn is_share_button(k: &str) -> bool {
    let verbs = [
        "share",
        "partager",
        "partagez",
        "compartir",
        "comparte",
        "teilen",
        "tweet",
        "send",
        "envoyer",
        "enviar",
    ];
    let Some((verb, rest)) = k.split_once(' ') else {
        return false;
    };
    let rest = [
        "on ", "via ", "sur ", "en ", "por ", "auf ", "per ", "by ", "to ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))
    .unwrap_or(rest);
    verbs.contains(&verb) && lexicon::WIDGETS.contains(&rest)
}

/// `[Font size: A A A]`, `[OK] [More]`: a row of bracketed buttons.
fn is_button_row(t: &str) -> bool {
    t.starts_with('[') && t.ends_with(']') && t.chars().count() <= 80
}

/// Lines that must never be joined to a neighbour by the hard-wrap repair.
pub fn is_standalone(line: &str) -> bool {
    !matches!(classify(line), Kind::Text | Kind::Caption)
}

/// The folded key and word count of a trimmed unit, or `None` for the units [`classify`] skips
/// before anything else (blank, bullets, addresses, skip links).
fn unskipped(t: &str) -> Option<(String, usize)> {
    if t.is_empty() || starts_with_bullet(t) || is_url(t) {
        return None;
    }
    let k = key(t);
    let words = word_count(t);
    if k.is_empty() || starts_with_any(&k, lexicon::SKIP_LINKS) && words <= 8 {
        return None;
    }
    Some((k, words))
}

/// Classifies one unit's text on its own. Context rules (captions above a photo credit,
/// link lists under a "read also" heading) are applied by the caller.
pub fn classify(text: &str) -> Kind {
    let t = text.trim();
    let Some((k, words)) = unskipped(t) else {
        return Kind::Skip;
    };
    if let Some(credits) = meta::credit_line(t) {
        return Kind::Credit(credits);
    }
    if lexicon::COPYRIGHT.iter().any(|p| k.contains(p)) {
        return Kind::Copyright;
    }
    if t.starts_with('©') || k.starts_with("(c) ") || k.starts_with("copyright") {
        return if YEAR.is_match(t) {
            Kind::Copyright
        } else {
            Kind::PhotoCredit
        };
    }
    if lexicon::COOKIE_WORDS.iter().any(|w| k.contains(w)) && (6..=120).contains(&words) {
        return Kind::Skip;
    }
    if words <= 6 && is_share_button(&k) {
        return Kind::Skip;
    }
    if words <= 6 {
        if lexicon::TAGS.contains(&k.as_str()) || inline_after(&k, lexicon::TAGS) {
            return Kind::Tags;
        }
        if lexicon::COMMENTS.contains(&k.as_str()) || COUNT_COMMENTS.is_match(&k) {
            return Kind::Comments;
        }
        if lexicon::SHARE.contains(&k.as_str()) {
            return Kind::Share;
        }
        if lexicon::RELATED.contains(&k.as_str()) {
            return Kind::Related;
        }
        if lexicon::WIDGETS.contains(&k.as_str()) {
            return Kind::Skip;
        }
    }
    if inline_after(&k, lexicon::SHARE)
        || inline_after(
            &k,
            &["share to", "share via", "partager sur", "compartir en"],
        )
    {
        return Kind::Share;
    }
    if is_button_row(t) {
        return Kind::Skip;
    }
    if words <= 12
        && starts_with_any(
            &k,
            &[
                "soyez le premier",
                "be the first",
                "sé el primero",
                "seien sie der erste",
            ],
        )
    {
        return Kind::Comments;
    }
    if inline_after(&k, lexicon::RELATED) {
        return Kind::RelatedInline;
    }
    if words <= 8 && (starts_with_any(&k, lexicon::FURNITURE) || MINUTES.is_match(&k)) {
        return Kind::Skip;
    }
    if SLUG.is_match(t) {
        return Kind::Slug;
    }
    if t.chars().count() >= 3
        && t.chars().all(|c| {
            matches!(c, '_' | '-' | '*' | '=' | '~' | '#' | '—' | '–' | '•') || c.is_whitespace()
        })
    {
        return Kind::Separator;
    }
    if words <= 40 && lexicon::TRAILERS.iter().any(|p| k.contains(p)) {
        return Kind::Trailer;
    }
    if let Some(m) = meta::parse_meta(t) {
        return Kind::Meta(m);
    }
    if is_widget_list(t) {
        return Kind::Skip;
    }
    if let Some(crumb) = meta::breadcrumb(t) {
        return Kind::Breadcrumb(crumb);
    }
    if t.chars().count() <= 400
        && !ends_sentence(t)
        && (CAPTION_MARK.is_match(t) || CAPTION_CREDIT_END.is_match(t))
    {
        let credit_first = t.starts_with('©')
            || [
                "photo",
                "foto",
                "bild",
                "image",
                "imagen",
                "crédit",
                "credit",
                "fotografía",
            ]
            .iter()
            .any(|p| k.starts_with(p));
        return if words <= 8 && credit_first {
            Kind::PhotoCredit
        } else {
            Kind::Caption
        };
    }
    if t.chars().count() <= 400 && !ends_sentence(t) && agency_credited_caption(t) {
        return Kind::Caption;
    }
    if t.chars().count() <= 400 && CAPTION_MARK.is_match(t) && !is_prose_without_credit(t) {
        return Kind::Caption;
    }
    Kind::Text
}

/// A sentence that merely mentions "photo:" is text; a caption carries its credit at the end.
fn is_prose_without_credit(t: &str) -> bool {
    !t.contains('©') && word_count(t) >= 25
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_kinds() {
        assert_eq!(classify("Partager :"), Kind::Share);
        assert_eq!(classify("Read also"), Kind::Related);
        assert_eq!(
            classify("Lire aussi : Moscou promet une riposte"),
            Kind::RelatedInline
        );
        assert_eq!(classify("Tags"), Kind::Tags);
        assert_eq!(classify("0 commentaire"), Kind::Comments);
        assert_eq!(classify("cr/jca/ob"), Kind::Slug);
        assert_eq!(
            classify("© 1999-2023 TASS. All rights reserved."),
            Kind::Copyright
        );
        assert_eq!(classify("© Pyotr Sablin/TASS"), Kind::PhotoCredit);
        assert_eq!(classify("Temps de lecture : 4 min"), Kind::Skip);
        assert_eq!(classify("  • Votre pseudo"), Kind::Skip);
        assert_eq!(classify("Zum Inhalt springen"), Kind::Skip);
        assert_ne!(classify("Artikel teilen   Drucken   Merken"), Kind::Text);
    }

    #[test]
    fn captions() {
        assert_eq!(
            classify(
                "Fotografía de familia de los líderes este martes en Bruselas. EFE/Olivier Matthys"
            ),
            Kind::Caption
        );
        assert_eq!(
            classify("Abstimmung im UN-Sicherheitsrat in New York. Foto: Mark Delaney/AP/dpa"),
            Kind::Caption
        );
    }

    #[test]
    fn body_is_text() {
        let p = "MOSCOW, May 11. /TASS/. Russia has handed over the rotating chairmanship of the Arctic Council to Norway.";
        assert_eq!(classify(p), Kind::Text);
        assert!(is_prose(p));
    }
}
