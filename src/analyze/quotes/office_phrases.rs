//! Offices a phrase gives the person it names without a role noun in apposition: court reports
//! say "le procès d'Hippolyte X", "the trial of X" or "la cour est présidée par Claire-Marie X",
//! and their verbatim transcripts then label the turns "L'ACCUSÉ :" and "LA PRÉSIDENTE :".

use super::lexicon::{Gender, Lang};
use super::tokens::Token;

/// The role nouns (folded, as the role lexicon spells them) that the words right before the
/// name starting at word `w0` give its bearer, of gender `gender`.
pub fn offices_before(
    words: &[&Token],
    w0: usize,
    lang: Lang,
    gender: Gender,
) -> &'static [&'static str] {
    let word = |back: usize| {
        w0.checked_sub(back)
            .and_then(|i| words.get(i))
            .map_or("", |w| w.folded.as_str())
    };
    let (w1, w2, w3) = (word(1), word(2), word(3));
    let female = gender == Gender::F;
    let male = gender == Gender::M;
    match lang {
        Lang::Fr => match (w2, w1) {
            ("proces", "de" | "d") if female => &["accusee"],
            ("proces", "de" | "d") if male => &["accuse"],
            ("presidee" | "preside", "par") if female => &["presidente"],
            ("presidee" | "preside", "par") if male => &["president"],
            _ => &[],
        },
        Lang::En => match (w3, w2, w1) {
            (_, "trial", "of") => &["defendant"],
            (_, "chaired", "by") => &["chair"],
            ("presided", "over", "by") => &["chair", "president"],
            _ => &[],
        },
        Lang::Es => match (w2, w1) {
            ("juicio" | "proceso", "contra" | "a") if female => &["acusada"],
            ("juicio" | "proceso", "contra" | "a") if male => &["acusado"],
            ("presidida" | "presidido", "por") if female => &["presidenta"],
            ("presidida" | "presidido", "por") if male => &["presidente"],
            _ => &[],
        },
        Lang::De => match (w3, w2, w1) {
            (_, "prozess" | "verfahren", "gegen") if female => &["angeklagte"],
            (_, "prozess" | "verfahren", "gegen") if male => &["angeklagte", "angeklagter"],
            (_, "vorsitz", "von") if female => &["vorsitzende"],
            (_, "vorsitz", "von") => &["vorsitzende", "vorsitzender"],
            _ => &[],
        },
        _ => &[],
    }
}
