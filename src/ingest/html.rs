//! HTML page reader: metadata (JSON-LD, OpenGraph, `<time>`, `<title>`, visible bylines) and the
//! main text from a generic content-scoring extractor.
//! (Being written: placeholder that keeps the crate building.)

use super::Document;
use crate::model::Format;

/// Reads a whole HTML page.
pub fn read(path: &str, text: &str) -> Document {
    Document {
        path: path.to_string(),
        format: Format::Html,
        paragraphs: body_from_fragment(text),
        ..Default::default()
    }
}

/// Paragraphs of an HTML fragment that is known to be article body (a feed item's content).
pub fn body_from_fragment(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_fragment(html);
    let text: String = doc.root_element().text().collect();
    text.split("\n\n")
        .map(crate::sanitize::collapse_whitespace)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Plain text of a fragment (tags dropped, entities decoded), e.g. a feed item's title.
pub fn text_of_fragment(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return crate::sanitize::collapse_whitespace(html);
    }
    let doc = scraper::Html::parse_fragment(html);
    crate::sanitize::collapse_whitespace(&doc.root_element().text().collect::<String>())
}
