//! Case- and accent-insensitive matching: analysts type "senegal" for "Sénégal" and
//! "lavrov" for "LAVROV". Shared by search, filters and (later) quote attribution.

/// Lowercases and removes diacritics from Latin letters (é -> e, ß -> ss, œ -> oe).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_each(text, |piece| out.push_str(piece));
    out
}

/// [`fold`] piece by piece, for callers that store the result without a `String` (the
/// tokeniser folds every word into a fixed inline buffer).
pub fn fold_each(text: &str, mut emit: impl FnMut(&str)) {
    let mut utf8 = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii() {
            emit(c.to_ascii_lowercase().encode_utf8(&mut utf8));
            continue;
        }
        match base_letter(c) {
            Some(base) => emit(base),
            None => {
                for l in c.to_lowercase() {
                    emit(l.encode_utf8(&mut utf8));
                }
            }
        }
    }
}

fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' | 'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ'
        | 'Ė' | 'Ę' | 'Ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' | 'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī'
        | 'Ĭ' | 'Į' | 'İ' => "i",
        'ñ' | 'ń' | 'ň' | 'ņ' | 'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø'
        | 'Ō' | 'Ŏ' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'ŕ' | 'Ř' | 'Ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ'
        | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ł' | 'Ł' => "l",
        // Typographic quotes and apostrophes fold to ASCII so "l’Arctique" finds "l'Arctique".
        '’' | '‘' | '‛' | 'ʼ' => "'",
        '“' | '”' | '„' | '«' | '»' => "\"",
        '\u{a0}' | '\u{202f}' => " ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Sénégal"), "senegal");
        assert_eq!(fold("AUßENMINISTER"), "aussenminister");
        assert_eq!(fold("Sergueï Lavrov"), "serguei lavrov");
        assert_eq!(fold("l’Arctique"), "l'arctique");
        assert_eq!(fold("外交部"), "外交部");
    }
}
