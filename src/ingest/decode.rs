//! Charset decoding in the order browsers use: BOM, then the document's own declaration
//! (`<meta charset>`, http-equiv, XML declaration), then statistical detection.

use crate::model::Format;
use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;
use std::io::Read;

/// Decodes bytes to text. Never fails: undecodable bytes become U+FFFD.
pub fn decode(bytes: &[u8], format: Format) -> String {
    let encoding = detect(bytes, format);
    let (text, _, _) = encoding.decode(bytes);
    match text {
        Cow::Borrowed(s) => s.to_string(),
        Cow::Owned(s) => s,
    }
}

/// Picks the encoding for `bytes`; exposed so tests can check the choice itself.
pub fn detect(bytes: &[u8], format: Format) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if format != Format::Text {
        if let Some(enc) = declared(bytes) {
            // A page that declares UTF-16 but reached us without a BOM is really ASCII-compatible.
            if enc != encoding_rs::UTF_16LE && enc != encoding_rs::UTF_16BE {
                return enc;
            }
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

/// Finds `charset=` in a meta tag or `encoding=` in an XML declaration within the first 4 KB.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    for key in [&b"charset"[..], &b"encoding"[..]] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], key) {
            let start = from + pos + key.len();
            from = start;
            let rest = &lower[start..];
            let rest = skip(rest, |b| b == b' ');
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = skip(rest, |b| matches!(b, b' ' | b'"' | b'\''));
            let end = rest
                .iter()
                .position(|b| {
                    !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                })
                .unwrap_or(rest.len());
            if let Some(enc) = Encoding::for_label(&rest[..end]) {
                return Some(enc);
            }
        }
    }
    None
}

fn skip(bytes: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = bytes.iter().take_while(|&&b| pred(b)).count();
    &bytes[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decompresses gzip data, refusing to grow past `limit` bytes (gzip bombs).
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    decoder
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    if out.len() as u64 > limit {
        return Err(format!("decompressed data exceeds the {limit}-byte limit"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_wins_over_detection() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>caf\xe9 \xabbon\xbb</body></html>";
        assert_eq!(detect(page, Format::Html), encoding_rs::WINDOWS_1252);
        assert!(decode(page, Format::Html).contains("café «bon»"));
    }

    #[test]
    fn iso_8859_1_label_decodes_as_windows_1252() {
        let page = b"<meta charset='ISO-8859-1'><p>Gr\xfc\xdfe</p>";
        assert!(decode(page, Format::Html).contains("Grüße"));
    }

    #[test]
    fn gb2312_label_decodes_as_gbk() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=\"gb2312\"><p>外交部发言人</p>");
        assert!(decode(&bytes, Format::Html).contains("外交部发言人"));
    }

    #[test]
    fn xml_declaration_is_honoured() {
        let feed =
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>\xc9t\xe9</title></rss>";
        assert!(decode(feed, Format::Feed).contains("Été"));
    }

    #[test]
    fn bom_wins() {
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend_from_slice("<meta charset=windows-1252><p>é</p>".as_bytes());
        assert_eq!(detect(&bytes, Format::Html), UTF_8);
    }

    #[test]
    fn undeclared_legacy_text_is_detected() {
        let text = "Le ministre des Affaires étrangères a déclaré que la coopération était très nécessaire à l'été.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert_eq!(decode(&bytes, Format::Text), text);
    }
}
