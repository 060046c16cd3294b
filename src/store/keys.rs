//! Index keys. Every key is bytes that sort the way the index is read: dates as
//! `YYYY-MM-DD...` text (lexicographic = chronological), then a 0 byte, then the article id.

pub const SEP: u8 = 0;

pub fn compound(prefix: &str, id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(prefix.len() + 1 + id.len());
    key.extend_from_slice(prefix.as_bytes());
    key.push(SEP);
    key.extend_from_slice(id.as_bytes());
    key
}

/// The prefix that selects all entries of one index value (`tag`, `source`).
pub fn value_prefix(value: &str) -> Vec<u8> {
    let mut key = value.as_bytes().to_vec();
    key.push(SEP);
    key
}

/// The id at the end of a compound key.
pub fn id_of(key: &[u8]) -> String {
    let start = key.iter().rposition(|&b| b == SEP).map_or(0, |p| p + 1);
    String::from_utf8_lossy(&key[start..]).into_owned()
}

/// Date index key: articles without a date sort first (oldest), by id.
pub fn date_key(published: Option<&str>, id: &str) -> Vec<u8> {
    compound(published.unwrap_or(""), id)
}

/// Near-duplicate buckets: the 64-bit SimHash is cut in 8 bands of 8 bits. Two fingerprints
/// within 7 bits of each other agree on at least one band (pigeonhole), so looking up the
/// 8 buckets of a fingerprint finds every near-duplicate candidate.
pub fn band_keys(fingerprint: u64, id: &str) -> Vec<Vec<u8>> {
    (0..8u8)
        .map(|band| {
            let mut key = band_prefix(fingerprint, band);
            key.extend_from_slice(id.as_bytes());
            key
        })
        .collect()
}

pub fn band_prefix(fingerprint: u64, band: u8) -> Vec<u8> {
    vec![band, (fingerprint >> (band * 8)) as u8]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_keys_sort_by_value_then_id() {
        let mut keys = [
            date_key(Some("2023-03-03T10:00"), "b"),
            date_key(Some("2021-05-21"), "z"),
            date_key(None, "a"),
        ];
        keys.sort();
        assert_eq!(id_of(&keys[0]), "a");
        assert_eq!(id_of(&keys[1]), "z");
        assert_eq!(id_of(&keys[2]), "b");
    }
}
