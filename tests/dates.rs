//! Date normalisation: every absolute format wire copy prints in FR/EN/ES/DE, partial dates
//! completed from the article's other date, and garbage rejected without panicking.

use attache::analyze::dates::{normalize, normalize_dates};

fn n(s: &str) -> Option<String> {
    normalize(s)
}

#[test]
fn numeric_formats() {
    assert_eq!(n("21.05.2021 08h19").as_deref(), Some("2021-05-21T08:19"));
    assert_eq!(n("2023-03-03").as_deref(), Some("2023-03-03"));
    assert_eq!(n("03/03/2023").as_deref(), Some("2023-03-03"));
    assert_eq!(n("23.09.2025").as_deref(), Some("2025-09-23"));
    assert_eq!(n("14:37 23.09.2025").as_deref(), Some("2025-09-23T14:37"));
}

#[test]
fn numeric_dates_are_day_first_unless_impossible() {
    assert_eq!(n("04/03/2023").as_deref(), Some("2023-03-04"));
    assert_eq!(n("03/25/2023").as_deref(), Some("2023-03-25"));
    assert_eq!(n("25/03/2023").as_deref(), Some("2023-03-25"));
    assert_eq!(n("13/13/2023"), None);
}

#[test]
fn iso_8601_variants() {
    assert_eq!(n("2023-03-03T14:02").as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(
        n("2023-03-03T14:02:00").as_deref(),
        Some("2023-03-03T14:02")
    );
    assert_eq!(
        n("2023-03-03T14:02:00Z").as_deref(),
        Some("2023-03-03T14:02+00:00")
    );
    assert_eq!(
        n("2023-03-03T14:02:00+01:00").as_deref(),
        Some("2023-03-03T14:02+01:00")
    );
    assert_eq!(
        n("2023-03-03T14:02:00.123-0500").as_deref(),
        Some("2023-03-03T14:02-05:00")
    );
    assert_eq!(
        n("2023-08-24 21:35:40").as_deref(),
        Some("2023-08-24T21:35")
    );
}

#[test]
fn rfc_2822() {
    assert_eq!(
        n("Fri, 03 Mar 2023 14:02:00 +0100").as_deref(),
        Some("2023-03-03T14:02+01:00")
    );
    assert_eq!(
        n("Fri, 03 Mar 2023 14:02:00 GMT").as_deref(),
        Some("2023-03-03T14:02+00:00")
    );
}

#[test]
fn french() {
    assert_eq!(
        n("3 mars 2023 à 14h02").as_deref(),
        Some("2023-03-03T14:02")
    );
    assert_eq!(n("le 3 mars 2023").as_deref(), Some("2023-03-03"));
    assert_eq!(
        n("Publié le 3 mars 2023 à 14h02").as_deref(),
        Some("2023-03-03T14:02")
    );
    assert_eq!(
        n("Mis à jour le 27 décembre 2021 à 18h20").as_deref(),
        Some("2021-12-27T18:20")
    );
    assert_eq!(
        n("vendredi 1er mars 2024, 9h").as_deref(),
        Some("2024-03-01T09:00")
    );
    assert_eq!(
        n("le 15 août 2023 à 14 h 05").as_deref(),
        Some("2023-08-15T14:05")
    );
}

#[test]
fn english() {
    assert_eq!(
        n("March 3, 2023 2:02 PM").as_deref(),
        Some("2023-03-03T14:02")
    );
    assert_eq!(
        n("3 March 2023 14:02 GMT").as_deref(),
        Some("2023-03-03T14:02+00:00")
    );
    assert_eq!(n("3 MAR 2023, 14:02").as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(
        n("Updated: Friday, March 3, 2023 12:15 a.m.").as_deref(),
        Some("2023-03-03T00:15")
    );
    assert_eq!(n("Sept. 21, 2023").as_deref(), Some("2023-09-21"));
    assert_eq!(
        n("4:12 PM GMT+1, March 3, 2023").as_deref(),
        Some("2023-03-03T16:12+01:00")
    );
    assert_eq!(n("12:30 PM").as_deref(), None, "a time alone is not a date");
}

#[test]
fn spanish() {
    assert_eq!(n("18 jul 2023").as_deref(), Some("2023-07-18"));
    assert_eq!(n("18 de julio de 2023").as_deref(), Some("2023-07-18"));
    assert_eq!(
        n("Actualizado: 18 jul 2023 21:10").as_deref(),
        Some("2023-07-18T21:10")
    );
    assert_eq!(
        n("martes, 18 de julio de 2023, 11.00 horas").as_deref(),
        Some("2023-07-18T11:00")
    );
    assert_eq!(n("mar, 18 jul 2023").as_deref(), Some("2023-07-18"));
}

#[test]
fn german() {
    assert_eq!(
        n("3. März 2023, 14:02 Uhr").as_deref(),
        Some("2023-03-03T14:02")
    );
    assert_eq!(
        n("Aktualisiert am 25. Juni 2025, 16:30 Uhr").as_deref(),
        Some("2025-06-25T16:30")
    );
    assert_eq!(
        n("Stand: 03.03.2023 14:02 Uhr").as_deref(),
        Some("2023-03-03T14:02")
    );
    assert_eq!(n("Freitag, 3. März 2023").as_deref(), Some("2023-03-03"));
    assert_eq!(
        n("3. Maerz 2023 um 9 Uhr").as_deref(),
        Some("2023-03-03T09:00")
    );
}

#[test]
fn named_zones_give_offsets_as_printed() {
    assert_eq!(
        n("18 jul 2023 19:45 CEST").as_deref(),
        Some("2023-07-18T19:45+02:00")
    );
    assert_eq!(
        n("12 dic 2023 16:30 CET").as_deref(),
        Some("2023-12-12T16:30+01:00")
    );
    // Local time stays as printed: never converted to UTC.
    assert_eq!(
        n("3 March 2023 09:00 EST").as_deref(),
        Some("2023-03-03T09:00-05:00")
    );
}

#[test]
fn partial_update_completed_from_published() {
    let (p, u) = normalize_dates(Some("21.05.2021 08h19"), Some("à 09h05 le 21/05"));
    assert_eq!(p.as_deref(), Some("2021-05-21T08:19"));
    assert_eq!(u.as_deref(), Some("2021-05-21T09:05"));
}

#[test]
fn bare_time_takes_the_other_date() {
    let (p, u) = normalize_dates(Some("3 mars 2023 à 14h02"), Some("16:30"));
    assert_eq!(p.as_deref(), Some("2023-03-03T14:02"));
    assert_eq!(u.as_deref(), Some("2023-03-03T16:30"));
}

#[test]
fn day_without_year_takes_the_other_year() {
    let (p, u) = normalize_dates(Some("March 3"), Some("2023-03-04T10:00"));
    assert_eq!(p.as_deref(), Some("2023-03-03"));
    assert_eq!(u.as_deref(), Some("2023-03-04T10:00"));
    let (p, _) = normalize_dates(Some("14:02"), Some("3. März 2023, 16:30 Uhr"));
    assert_eq!(p.as_deref(), Some("2023-03-03T14:02"));
}

#[test]
fn update_crossing_new_year() {
    let (_, u) = normalize_dates(Some("31 décembre 2022 à 23h10"), Some("01/01 à 08h00"));
    assert_eq!(u.as_deref(), Some("2023-01-01T08:00"));
}

#[test]
fn partial_without_a_full_other_date_is_none() {
    assert_eq!(normalize_dates(Some("March 3"), None), (None, None));
    assert_eq!(normalize_dates(Some("14:02"), Some("16:00")), (None, None));
}

#[test]
fn unparseable_is_none_never_panic() {
    for s in [
        "",
        "yesterday",
        "il y a 2 heures",
        "vor 3 Stunden",
        "hace 2 horas",
        "31/02/2023",
        "2023-13-45",
        "99:99",
        "March 2023",
        "\u{1b}[31m",
        "٣ مارس ٢٠٢٣",
    ] {
        assert_eq!(n(s), None, "{s:?}");
    }
    let long = "3 mars 2023 ".repeat(10_000);
    assert_eq!(n(&long), None);
    assert_eq!(normalize_dates(None, None), (None, None));
}
