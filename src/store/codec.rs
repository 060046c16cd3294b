//! Stored values carry a leading format byte, so a later release can read (and migrate) what an
//! earlier one wrote instead of failing on it.
//!
//! - `1`: JSON. Self-describing, used for articles and user data, whose types use serde
//!   features (internally tagged enums) that compact formats cannot decode.
//! - `2`: postcard. Compact and several times faster to decode; used for list summaries, which
//!   the TUI loads by the hundred thousand at start-up.

use serde::{de::DeserializeOwned, Serialize};

pub const JSON: u8 = 1;
pub const COMPACT: u8 = 2;

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![JSON];
    // Serialising our own plain structs to a Vec cannot fail.
    serde_json::to_writer(&mut out, value).expect("serialising a model value");
    out
}

pub fn encode_compact<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![COMPACT];
    out.extend(postcard::to_stdvec(value).expect("serialising a model value"));
    out
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    match bytes.split_first() {
        Some((&JSON, rest)) => serde_json::from_slice(rest).map_err(|e| e.to_string()),
        Some((&COMPACT, rest)) => postcard::from_bytes(rest).map_err(|e| e.to_string()),
        Some((v, _)) => Err(format!("unknown value format {v}")),
        None => Err("empty value".into()),
    }
}

/// True when `bytes` is a current-version value, whose payload is JSON text.
pub fn is_current_json(bytes: &[u8]) -> bool {
    bytes.first() == Some(&JSON) && bytes.len() > 1
}

/// The JSON payload of a current-version value (see [`is_current_json`]).
pub fn json_part(bytes: &[u8]) -> &[u8] {
    &bytes[1..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_formats_round_trip_and_unknown_ones_are_errors() {
        let value = vec![Some("Sergueï".to_string()), None];
        assert_eq!(
            decode::<Vec<Option<String>>>(&encode(&value)).unwrap(),
            value
        );
        assert_eq!(
            decode::<Vec<Option<String>>>(&encode_compact(&value)).unwrap(),
            value
        );
        assert!(decode::<String>(&[9, 1, 2]).is_err());
        assert!(decode::<String>(&[]).is_err());
    }
}
