//! Absolute and partial dates as wire copy prints them, normalised to the contract format.
//!
//! Readers keep dates as printed (`Xinhua | 21.05.2021 08h19`, `Publié le 3 mars 2023 à 14h02`,
//! `Dernière mise à jour à 09h05 le 21/05`); this module turns them into
//! `YYYY-MM-DDTHH:MM[+HH:MM]` or `YYYY-MM-DD`. A page often prints only part of its second date
//! (a time, or a day without a year), so both dates are parsed first and each is completed from
//! the other. Times stay local as printed: an offset is appended only when the page gives one,
//! and nothing is ever converted to UTC. Anything not recognised yields `None`, never a guess.
//!
//! Parsing is deliberately order-based rather than one big pattern: numeric dates are taken out
//! first (so `21.05.2021` is never read as a time), then times, then offsets, and what is left is
//! tokenised and matched against day/month-name/year shapes in FR/EN/ES/DE.

mod names;

use regex::Regex;
use std::sync::LazyLock;

/// The parts of a date found in a string. Any part may be missing: a partial date is completed
/// from the article's other date by [`normalize_dates`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Hour and minute, 24-hour clock, as printed.
    pub time: Option<(u32, u32)>,
    /// Minutes east of UTC, only when the text names an offset or an unambiguous zone.
    pub offset: Option<i32>,
    /// Words and numbers that were not part of the date ("Bruselas", "2 hours ago"…).
    pub other_words: usize,
}

impl DateParts {
    /// Year, month and day are all known and form a real calendar date.
    pub fn is_complete(&self) -> bool {
        self.naive_date().is_some()
    }

    fn naive_date(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    fn has_day_month(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    /// Renders the contract form, or `None` when the calendar date is incomplete or invalid.
    pub fn format(&self) -> Option<String> {
        let date = self.naive_date()?;
        let mut out = date.format("%Y-%m-%d").to_string();
        if let Some((h, m)) = self.time {
            out.push_str(&format!("T{h:02}:{m:02}"));
            if let Some(off) = self.offset {
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.unsigned_abs();
                out.push_str(&format!("{sign}{:02}:{:02}", off / 60, off % 60));
            }
        }
        Some(out)
    }
}

/// Longest input treated as a date: anything longer is prose, not a date line.
const MAX_DATE_TEXT: usize = 400;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static date pattern")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:t|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(z\b|[+-]\d{2}(?::?\d{2})?\b))?)?",
    )
});
static DMY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})\b"));
static DM_SLASH: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})/(\d{1,2})\b"));
static DM_DOT: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})\.(\d{1,2})\.(?:\s|$)"));
static TIME_HM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*([ap])\.?\s?m(?:\.|\b))?")
});
static TIME_DOT: LazyLock<Regex> =
    // "14.30 Uhr", "9.15 h", and the British "8.30am".
    LazyLock::new(|| {
        re(r"(?i)\b(\d{1,2})\.(\d{2})\s*(?:uhr\b|h\b|horas?\b|hrs?\b|([ap])\.?\s?m(?:\.|\b))")
    });
static TIME_AMPM: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(\d{1,2})\s*([ap])\.?\s?m(?:\.|\b)"));
static TIME_HOUR: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(\d{1,2})\s*(?:h|uhr)\b"));
static OFFSET_NAMED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b"));
static OFFSET_NUM: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[\s(])([+-])(\d{2}):?(\d{2})\b"));

/// Replaces a matched span with spaces so later patterns cannot reuse its digits.
fn blank(s: &mut String, range: std::ops::Range<usize>) {
    s.replace_range(range.clone(), &" ".repeat(range.len()));
}

fn num<T: std::str::FromStr>(m: Option<regex::Match<'_>>) -> Option<T> {
    m.and_then(|m| m.as_str().parse().ok())
}

fn two_digit_year(y: i32, digits: usize) -> i32 {
    if digits == 2 {
        if y < 70 {
            2000 + y
        } else {
            1900 + y
        }
    } else {
        y
    }
}

/// Day-first unless only a month-first reading is possible (`03/25/2023`): wire copy in
/// FR/ES/DE is day-first, and an ambiguous date is read the way those outlets print it.
fn day_month(a: u32, b: u32) -> Option<(u32, u32)> {
    match (a, b) {
        (1..=31, 1..=12) => Some((a, b)),
        (1..=12, 13..=31) => Some((b, a)),
        _ => None,
    }
}

fn hour_ampm(h: u32, ampm: Option<&str>) -> Option<u32> {
    match ampm.map(|s| s.to_ascii_lowercase()) {
        None => (h < 24).then_some(h),
        Some(p) if (1..=12).contains(&h) => Some(match (p.as_str(), h) {
            ("a", 12) => 0,
            ("a", h) => h,
            ("p", 12) => 12,
            (_, h) => h + 12,
        }),
        Some(_) => None,
    }
}

fn parse_offset(sign: &str, h: u32, m: u32) -> Option<i32> {
    if h > 14 || m > 59 {
        return None;
    }
    let v = (h * 60 + m) as i32;
    Some(if sign == "-" { -v } else { v })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32, usize),
    Month(u32),
    Break,
}

/// Finds every date part in `text`. Returns `None` when the text holds neither a calendar date
/// (at least day and month) nor a time, so callers can tell a date line from other text.
pub fn parse(text: &str) -> Option<DateParts> {
    if text.len() > MAX_DATE_TEXT {
        return None;
    }
    let mut s: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let mut d = DateParts::default();

    if let Some(c) = ISO.captures(&s) {
        let y: Option<i32> = num(c.get(1));
        if let (Some(y), Some(m), Some(day)) = (y, num::<u32>(c.get(2)), num::<u32>(c.get(3))) {
            d.year = Some(y);
            d.month = Some(m);
            d.day = Some(day);
            if let (Some(h), Some(mi)) = (num::<u32>(c.get(4)), num::<u32>(c.get(5))) {
                if h < 24 && mi < 60 {
                    d.time = Some((h, mi));
                }
                if let Some(o) = c.get(7) {
                    d.offset = offset_text(o.as_str());
                }
            }
        }
        let r = c.get(0).map(|m| m.range()).unwrap_or(0..0);
        blank(&mut s, r);
    }
    if d.day.is_none() {
        if let Some(c) = DMY.captures(&s) {
            let same_sep = c.get(2).map(|m| m.as_str()) == c.get(4).map(|m| m.as_str());
            let a: u32 = num(c.get(1)).unwrap_or(0);
            let b: u32 = num(c.get(3)).unwrap_or(0);
            let ytxt = c.get(5).map(|m| m.as_str()).unwrap_or("");
            if let (true, Some((day, month)), Ok(y)) = (same_sep, day_month(a, b), ytxt.parse()) {
                d.day = Some(day);
                d.month = Some(month);
                d.year = Some(two_digit_year(y, ytxt.len()));
                let r = c.get(0).map(|m| m.range()).unwrap_or(0..0);
                blank(&mut s, r);
            }
        }
    }
    if d.day.is_none() {
        for pat in [&*DM_SLASH, &*DM_DOT] {
            if let Some(c) = pat.captures(&s) {
                if let Some((day, month)) =
                    day_month(num(c.get(1)).unwrap_or(0), num(c.get(2)).unwrap_or(0))
                {
                    d.day = Some(day);
                    d.month = Some(month);
                    let r = c.get(0).map(|m| m.range()).unwrap_or(0..0);
                    blank(&mut s, r);
                    break;
                }
            }
        }
    }
    if d.time.is_none() {
        find_time(&mut s, &mut d);
    }
    if d.offset.is_none() {
        if let Some(c) = OFFSET_NAMED.captures(&s) {
            let sign = c.get(1).map(|m| m.as_str()).unwrap_or("+");
            d.offset = parse_offset(
                sign,
                num(c.get(2)).unwrap_or(99),
                num(c.get(3)).unwrap_or(0),
            );
            let r = c.get(0).map(|m| m.range()).unwrap_or(0..0);
            blank(&mut s, r);
        } else if let Some(c) = OFFSET_NUM.captures(&s) {
            let sign = c.get(1).map(|m| m.as_str()).unwrap_or("+");
            d.offset = parse_offset(
                sign,
                num(c.get(2)).unwrap_or(99),
                num(c.get(3)).unwrap_or(0),
            );
            let r = c.get(0).map(|m| m.range()).unwrap_or(0..0);
            blank(&mut s, r);
        }
    }

    let lower = s.to_lowercase();
    let mut toks = Vec::new();
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if let Some(n) = ordinal_number(word) {
            toks.push(n);
        } else if let Some(m) = names::month(word) {
            toks.push(Tok::Month(m));
        } else if let Some(z) = names::zone(word) {
            if d.offset.is_none() {
                d.offset = Some(z);
            }
        } else if names::is_date_word(word) {
            // Filler: neither date nor separator.
        } else {
            d.other_words += 1;
            toks.push(Tok::Break);
        }
    }
    let used = if d.day.is_none() {
        match_names(&toks, &mut d)
    } else {
        Vec::new()
    };
    d.other_words += toks
        .iter()
        .enumerate()
        .filter(|(i, t)| matches!(t, Tok::Num(..)) && !used.contains(i))
        .count();
    if d.time.is_none() {
        d.offset = None;
    }
    (d.has_day_month() || d.time.is_some()).then_some(d)
}

fn offset_text(o: &str) -> Option<i32> {
    if o.eq_ignore_ascii_case("z") {
        return Some(0);
    }
    let (sign, rest) = o.split_at(1);
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let h = digits.get(0..2)?.parse().ok()?;
    let m = digits.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
    parse_offset(sign, h, m)
}

fn find_time(s: &mut String, d: &mut DateParts) {
    let found = if let Some(c) = TIME_HM.captures(s) {
        let h = hour_ampm(num(c.get(1)).unwrap_or(99), c.get(4).map(|m| m.as_str()));
        let mi: u32 = num(c.get(2)).unwrap_or(99);
        Some((h, mi, c.get(0).map(|m| m.range())))
    } else if let Some(c) = TIME_DOT.captures(s) {
        let h = hour_ampm(num(c.get(1)).unwrap_or(99), c.get(3).map(|m| m.as_str()));
        Some((h, num(c.get(2)).unwrap_or(99), c.get(0).map(|m| m.range())))
    } else if let Some(c) = TIME_AMPM.captures(s) {
        let h = hour_ampm(num(c.get(1)).unwrap_or(99), c.get(2).map(|m| m.as_str()));
        Some((h, 0, c.get(0).map(|m| m.range())))
    } else {
        TIME_HOUR
            .captures(s)
            .map(|c| (num(c.get(1)), 0, c.get(0).map(|m| m.range())))
    };
    if let Some((Some(h), mi, Some(range))) = found {
        if h < 24 && mi < 60 {
            d.time = Some((h, mi));
            blank(s, range);
        }
    }
}

/// `3`, `03`, `1er`, `1st`, `2nd`, `3º`: a number, with an ordinal suffix tolerated.
fn ordinal_number(word: &str) -> Option<Tok> {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let (n, suffix) = word.split_at(digits);
    if !matches!(
        suffix,
        "" | "er" | "re" | "e" | "st" | "nd" | "rd" | "th" | "º" | "ª" | "o"
    ) {
        return None;
    }
    Some(Tok::Num(n.parse().ok()?, digits))
}

/// Matches day / month-name / year shapes, most complete first, so that in
/// `mar, 18 jul 2023` the Spanish weekday "mar" is not taken for March. Returns the indexes
/// of the tokens it used.
fn match_names(t: &[Tok], d: &mut DateParts) -> Vec<usize> {
    let is_day =
        |tok: &Tok| matches!(tok, Tok::Num(n, digits) if (1..=31).contains(n) && *digits <= 2);
    let is_year = |tok: &Tok| matches!(tok, Tok::Num(n, 4) if (1900..=2200).contains(n));
    let value = |tok: &Tok| match tok {
        Tok::Num(n, _) | Tok::Month(n) => *n,
        Tok::Break => 0,
    };
    for i in 0..t.len() {
        // 3 mars 2023 / 18 de julio de 2023 / 3. März 2023
        if i + 2 < t.len()
            && is_day(&t[i])
            && matches!(t[i + 1], Tok::Month(_))
            && is_year(&t[i + 2])
        {
            d.day = Some(value(&t[i]));
            d.month = Some(value(&t[i + 1]));
            d.year = Some(value(&t[i + 2]) as i32);
            return vec![i, i + 1, i + 2];
        }
    }
    for i in 0..t.len() {
        // March 3, 2023
        if i + 2 < t.len()
            && matches!(t[i], Tok::Month(_))
            && is_day(&t[i + 1])
            && is_year(&t[i + 2])
        {
            d.month = Some(value(&t[i]));
            d.day = Some(value(&t[i + 1]));
            d.year = Some(value(&t[i + 2]) as i32);
            return vec![i, i + 1, i + 2];
        }
    }
    for i in 0..t.len() {
        // 3 mars (year taken from the other date)
        if i + 1 < t.len() && is_day(&t[i]) && matches!(t[i + 1], Tok::Month(_)) {
            d.day = Some(value(&t[i]));
            d.month = Some(value(&t[i + 1]));
            return vec![i, i + 1];
        }
    }
    for i in 0..t.len() {
        // March 3
        if i + 1 < t.len() && matches!(t[i], Tok::Month(_)) && is_day(&t[i + 1]) {
            d.month = Some(value(&t[i]));
            d.day = Some(value(&t[i + 1]));
            return vec![i, i + 1];
        }
    }
    Vec::new()
}

/// True when `text` is a date and nothing else (weekday names, "le", "Uhr", zone names and
/// the publication/update words are allowed). Readers use it to recognise date lines.
pub fn is_date_only(text: &str) -> bool {
    parse(text).is_some_and(|d| d.other_words == 0)
}

/// Normalises one date on its own; partial dates yield `None`.
pub fn normalize(text: &str) -> Option<String> {
    parse(text)?.format()
}

/// Fills what `date` lacks from `other`: a bare time takes the other's calendar date, a day
/// without a year takes its year. `later` says `date` is the updated one, which cannot precede
/// the other: a `31/12` → `02/01` rollover moves it into the next year (and back for published).
fn complete(mut date: DateParts, other: Option<&DateParts>, later: bool) -> DateParts {
    let Some(other) = other.filter(|o| o.is_complete()) else {
        return date;
    };
    if !date.has_day_month() {
        date.year = other.year;
        date.month = other.month;
        date.day = other.day;
    } else if date.year.is_none() {
        date.year = other.year;
        if let (Some(mine), Some(theirs)) = (date.naive_date(), other.naive_date()) {
            let shift = match (later, mine.cmp(&theirs)) {
                (true, std::cmp::Ordering::Less) => 1,
                (false, std::cmp::Ordering::Greater) => -1,
                _ => 0,
            };
            date.year = date.year.map(|y| y + shift);
        }
    }
    date
}

/// Normalises the published and updated dates, completing a partial one from the other
/// (`Dernière mise à jour à 09h05 le 21/05` takes its year from `21.05.2021 08h19`).
pub fn normalize_dates(
    published: Option<&str>,
    updated: Option<&str>,
) -> (Option<String>, Option<String>) {
    let p = published.and_then(parse);
    let u = updated.and_then(parse);
    let p_full = p.map(|d| complete(d, u.as_ref(), false));
    let u_full = u.map(|d| complete(d, p.as_ref(), true));
    (
        p_full.and_then(|d| d.format()),
        u_full.and_then(|d| d.format()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<String> {
        normalize(s)
    }

    #[test]
    fn numeric_and_french_times() {
        assert_eq!(n("21.05.2021 08h19").as_deref(), Some("2021-05-21T08:19"));
        assert_eq!(
            n("Publié le 3 mars 2023 à 14h02").as_deref(),
            Some("2023-03-03T14:02")
        );
        assert_eq!(n("le 1er mars 2023").as_deref(), Some("2023-03-01"));
    }

    #[test]
    fn spanish_weekday_mar_is_not_march() {
        assert_eq!(n("mar, 18 jul 2023").as_deref(), Some("2023-07-18"));
    }

    #[test]
    fn partial_dates_are_completed() {
        let (p, u) = normalize_dates(
            Some("21.05.2021 08h19"),
            Some("Dernière mise à jour à 09h05 le 21/05"),
        );
        assert_eq!(p.as_deref(), Some("2021-05-21T08:19"));
        assert_eq!(u.as_deref(), Some("2021-05-21T09:05"));
    }

    #[test]
    fn year_rollover_for_updates() {
        let (_, u) = normalize_dates(Some("31/12/2022 23h00"), Some("02/01 10h00"));
        assert_eq!(u.as_deref(), Some("2023-01-02T10:00"));
    }

    #[test]
    fn date_only_lines() {
        assert!(is_date_only("11 MAY 2023, 14:02"));
        assert!(is_date_only("25. Juni 2025, 14:02 Uhr"));
        assert!(!is_date_only("Bruselas, 18 jul 2023 (EFE).- Los líderes"));
        assert!(!is_date_only("Russian Politics & Diplomacy"));
    }

    #[test]
    fn garbage_is_none() {
        assert_eq!(n(""), None);
        assert_eq!(n("il y a 2 heures"), None);
        assert_eq!(n("31/02/2023"), None);
        assert_eq!(n(&"9".repeat(5000)), None);
    }
}
