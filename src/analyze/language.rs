//! Language per article as an ISO 639-1 code.

use whatlang::{Detector, Lang};

/// Bytes of title and body the detector reads. Its cost grows with the text (it was a tenth of
/// the whole analysis at 4000+ bytes), while its answer on news prose is settled after a few
/// sentences: on the Scrapinghub pages and the sample articles, 600 bytes give exactly the
/// languages 1200 and 4000 did.
const SAMPLE_BYTES: usize = 600;

/// `text` cut to at most `max` bytes, at the last whitespace before the limit when there is one
/// (a half word reads as a foreign trigram).
fn cut_at_word(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &head[..space],
        _ => head,
    }
}

/// Detects the language from the text itself; a page's declared language only breaks ties,
/// because templates often declare the site's default language for every article.
pub fn detect(title: &str, paragraphs: &[String], declared: Option<&str>) -> String {
    let declared = declared.and_then(normalize_code);
    let mut sample = String::from(title);
    for p in paragraphs {
        if sample.len() > SAMPLE_BYTES {
            break;
        }
        sample.push('\n');
        sample.push_str(p);
    }
    let detected = Detector::new().detect(cut_at_word(&sample, SAMPLE_BYTES));
    match (detected, declared) {
        (Some(info), Some(code)) if !info.is_reliable() => code,
        (Some(info), declared) => iso_639_1(info.lang())
            .map(str::to_string)
            .or(declared)
            .unwrap_or_else(|| "und".into()),
        (None, Some(code)) => code,
        (None, None) => "und".into(),
    }
}

/// "fr-FR", "FR", "fre" -> "fr".
fn normalize_code(code: &str) -> Option<String> {
    let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.len() {
        2 if primary.chars().all(|c| c.is_ascii_alphabetic()) => Some(primary),
        3 => Lang::from_code(&primary)
            .and_then(iso_639_1)
            .map(str::to_string),
        _ => None,
    }
}

fn iso_639_1(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Eng => "en",
        Lang::Fra => "fr",
        Lang::Spa => "es",
        Lang::Deu => "de",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Ara => "ar",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Ukr => "uk",
        Lang::Nld => "nl",
        Lang::Pol => "pl",
        Lang::Tur => "tr",
        Lang::Pes => "fa",
        Lang::Heb => "he",
        Lang::Hin => "hi",
        Lang::Swe => "sv",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Fin => "fi",
        Lang::Dan => "da",
        Lang::Nob => "no",
        Lang::Vie => "vi",
        Lang::Ind => "id",
        Lang::Tha => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_four_corpus_languages() {
        let p = |s: &str| vec![s.to_string()];
        assert_eq!(detect("", &p("Le ministre a déclaré que la coopération entre les deux pays était nécessaire."), None), "fr");
        assert_eq!(
            detect(
                "",
                &p("The minister said that cooperation between the two countries was necessary."),
                None
            ),
            "en"
        );
        assert_eq!(
            detect(
                "",
                &p("El ministro dijo que la cooperación entre los dos países era necesaria."),
                None
            ),
            "es"
        );
        assert_eq!(detect("", &p("Der Minister sagte, die Zusammenarbeit zwischen den beiden Ländern sei notwendig."), None), "de");
    }

    #[test]
    fn declared_language_breaks_ties_on_tiny_text() {
        assert_eq!(detect("", &["OK".to_string()], Some("fr-FR")), "fr");
    }
}
