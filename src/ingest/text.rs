//! Plain-text page dumps (a browser's select-all + copy of a news page).
//! (Being written: placeholder that keeps the crate building.)

use super::Document;
use crate::model::Format;

/// Reads a page dump: title, dateline, section, credits and the body without page chrome.
pub fn read(path: &str, text: &str) -> Document {
    let blocks: Vec<String> = text
        .split("\n\n")
        .map(crate::sanitize::collapse_whitespace)
        .filter(|b| !b.is_empty())
        .collect();
    Document {
        path: path.to_string(),
        format: Format::Text,
        title: blocks.first().cloned(),
        paragraphs: blocks.into_iter().skip(1).collect(),
        ..Default::default()
    }
}
