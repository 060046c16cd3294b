//! Content-based format detection: users save pages with any extension (or none).

use crate::model::Format;

pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.len() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
}

/// Decides between HTML, feed and plain text from the first few kilobytes, or `None` for
/// binary data (images, PDFs, archives) that no reader can use.
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    let head = &bytes[..bytes.len().min(4096)];
    if looks_binary(head) {
        return None;
    }
    let lower: String = ascii_lowercase_skipping_nuls(head);
    let trimmed = lower.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let has = |needle: &str| lower.contains(needle);
    if has("<rss") || has("<feed") || has("<rdf:rdf") {
        return Some(Format::Feed);
    }
    if trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || has("<html")
        || has("<head")
        || has("<body")
        || ((has("<p>") || has("<p ") || has("<div")) && trimmed.starts_with('<'))
    {
        return Some(Format::Html);
    }
    Some(Format::Text)
}

/// UTF-16 text carries NULs too, so a BOM or a regular NUL pattern is not "binary".
fn looks_binary(head: &[u8]) -> bool {
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return false;
    }
    let magic: [&[u8]; 6] = [
        b"%PDF",
        b"\x89PNG",
        b"GIF8",
        b"\xff\xd8\xff",
        b"PK\x03\x04",
        b"\x7fELF",
    ];
    if magic.iter().any(|m| head.starts_with(m)) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)))
        .count();
    controls * 10 > head.len().max(1)
}

fn ascii_lowercase_skipping_nuls(head: &[u8]) -> String {
    head.iter()
        .filter(|&&b| b != 0)
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_not_name() {
        assert_eq!(sniff(b"<!DOCTYPE html><html><p>x</p>"), Some(Format::Html));
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Some(Format::Feed)
        );
        assert_eq!(
            sniff(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Some(Format::Feed)
        );
        assert_eq!(
            sniff("Titre\n\nXinhua | 21.05.2021".as_bytes()),
            Some(Format::Text)
        );
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0"), None);
        assert_eq!(sniff(&[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9]), None);
    }
}
