//! Creating annotations with anchors that can be found again: besides the paragraph or quote
//! index, an anchor keeps the exact text with a little context on each side, so an importer
//! can re-attach the note after the article text moved (see `export::import`).

use crate::model::{Anchor, Annotation, Article};

/// Characters of context kept on each side of an anchored text.
pub const CONTEXT_CHARS: usize = 32;

/// Where the analyst attached a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Article,
    Paragraph(usize),
    Quote(usize),
}

/// Builds the anchor for `target`, or says why the target does not exist.
pub fn anchor_for(article: &Article, target: Target) -> Result<Anchor, String> {
    match target {
        Target::Article => Ok(Anchor::Article),
        Target::Paragraph(index) => {
            let text = article.paragraphs.get(index).ok_or_else(|| {
                format!(
                    "paragraph {index} does not exist (the article has {})",
                    article.paragraphs.len()
                )
            })?;
            let prefix = index
                .checked_sub(1)
                .and_then(|i| article.paragraphs.get(i))
                .map(|p| tail(p, CONTEXT_CHARS))
                .unwrap_or_default();
            let suffix = article
                .paragraphs
                .get(index + 1)
                .map(|p| head(p, CONTEXT_CHARS))
                .unwrap_or_default();
            Ok(Anchor::Paragraph {
                index,
                exact: text.clone(),
                prefix,
                suffix,
            })
        }
        Target::Quote(index) => {
            let quote = article.quotes.get(index).ok_or_else(|| {
                format!(
                    "quote {index} does not exist (the article has {})",
                    article.quotes.len()
                )
            })?;
            let para = article
                .paragraphs
                .get(quote.paragraph)
                .map(String::as_str)
                .unwrap_or("");
            let (prefix, suffix) = match para.find(&quote.text) {
                Some(at) => (
                    tail(&para[..at], CONTEXT_CHARS),
                    head(&para[at + quote.text.len()..], CONTEXT_CHARS),
                ),
                None => (String::new(), String::new()),
            };
            Ok(Anchor::Quote {
                index,
                exact: quote.text.clone(),
                prefix,
                suffix,
            })
        }
    }
}

/// A new note with a fresh id and timestamps.
pub fn new_annotation(article: &Article, text: &str, target: Target) -> Result<Annotation, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the note is empty".into());
    }
    let anchor = anchor_for(article, target)?;
    let now = chrono::Utc::now();
    let seed = format!(
        "{}|{}|{}",
        article.id,
        now.timestamp_nanos_opt().unwrap_or_default(),
        text
    );
    Ok(Annotation {
        id: format!("{:012x}", xxhash_rust::xxh3::xxh3_64(seed.as_bytes()) >> 16),
        text: text.to_string(),
        created: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        updated: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        anchor,
        orphan: false,
    })
}

fn head(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

fn tail(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;

    fn article() -> Article {
        Article {
            id: "x".into(),
            paragraphs: vec![
                "First paragraph here.".into(),
                "He said \"we are ready\" today.".into(),
            ],
            quotes: vec![Quote {
                text: "we are ready".into(),
                paragraph: 1,
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn quote_anchor_keeps_context() {
        match anchor_for(&article(), Target::Quote(0)).unwrap() {
            Anchor::Quote {
                exact,
                prefix,
                suffix,
                ..
            } => {
                assert_eq!(exact, "we are ready");
                assert_eq!(prefix, "He said \"");
                assert_eq!(suffix, "\" today.");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn missing_targets_are_errors() {
        assert!(anchor_for(&article(), Target::Paragraph(5)).is_err());
        assert!(anchor_for(&article(), Target::Quote(1)).is_err());
        assert!(new_annotation(&article(), "  ", Target::Article).is_err());
    }
}
