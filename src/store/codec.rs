//! Stored values carry a leading format-version byte, so a later release can read (and migrate)
//! what an earlier one wrote instead of failing on it.

use serde::{de::DeserializeOwned, Serialize};

pub const VALUE_VERSION: u8 = 1;

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![VALUE_VERSION];
    // Serialising our own plain structs to a Vec cannot fail.
    serde_json::to_writer(&mut out, value).expect("serialising a model value");
    out
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    match bytes.split_first() {
        Some((&VALUE_VERSION, rest)) => serde_json::from_slice(rest).map_err(|e| e.to_string()),
        Some((v, _)) => Err(format!("unknown value version {v}")),
        None => Err("empty value".into()),
    }
}

/// True when `bytes` is a current-version value, whose payload is JSON text.
pub fn is_current_json(bytes: &[u8]) -> bool {
    bytes.first() == Some(&VALUE_VERSION) && bytes.len() > 1
}

/// The JSON payload of a current-version value (see [`is_current_json`]).
pub fn json_part(bytes: &[u8]) -> &[u8] {
    &bytes[1..]
}
