//! Absolute and partial dates as wire copy prints them, normalised to the contract format.
//! (Being written: placeholder that keeps the crate building.)

/// Normalises the published and updated dates, completing a partial one from the other.
pub fn normalize_dates(
    published: Option<&str>,
    updated: Option<&str>,
) -> (Option<String>, Option<String>) {
    (published.map(str::to_string), updated.map(str::to_string))
}
