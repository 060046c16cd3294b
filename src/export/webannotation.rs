//! W3C Web Annotation Data Model (JSON-LD, <https://www.w3.org/TR/annotation-model/>), so notes
//! can be read by other annotation tools (Hypothesis-style clients, IIIF/Recogito pipelines).
//!
//! The export is an `AnnotationCollection` whose first (and only) `AnnotationPage` is embedded.
//! Each note becomes one `Annotation` with `motivation: commenting`: a `TextualBody` holds the
//! note and every tag of the article is added as a `TextualBody` with `purpose: tagging`.
//! A tagged article without notes gets one `motivation: tagging` annotation, so tags survive
//! the round trip too. The target's `source` is the article URL, or `urn:attache:ID` when it
//! has none (the id is then also given as the target's `scope`, so import can match by id).
//! Anchored notes carry a `TextQuoteSelector` (exact, prefix, suffix) and a
//! `TextPositionSelector` into the body text (paragraphs joined by a blank line; offsets in
//! characters, i.e. Unicode scalar values).

use super::{body_text, paragraph_offsets, ExportMeta, ExportStats, Sink};
use crate::model::{Anchor, Annotation, Article, UserData};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// The JSON-LD context every Web Annotation document names.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// Characters of context in `TextQuoteSelector` prefix and suffix.
pub const CONTEXT_CHARS: usize = crate::notes::CONTEXT_CHARS;
/// IRI prefixes for our own ids.
pub const NOTE_IRI: &str = "urn:attache:note:";
pub const TAGS_IRI: &str = "urn:attache:tags:";
pub const ARTICLE_IRI: &str = "urn:attache:";

#[derive(Debug, Default)]
pub struct WebAnnotationSink {
    written: usize,
}

impl Sink for WebAnnotationSink {
    fn begin(&mut self, out: &mut dyn Write, meta: &ExportMeta) -> io::Result<()> {
        let id = collection_id(&meta.exported);
        let label = if meta.filter.is_empty() {
            "Attache export".to_string()
        } else {
            format!("Attache export ({})", meta.filter)
        };
        write!(
            out,
            "{{\"@context\":{},\"id\":{},\"type\":\"AnnotationCollection\",\"label\":{},\
             \"generated\":{},\"first\":{{\"id\":{},\"type\":\"AnnotationPage\",\
             \"partOf\":{},\"startIndex\":0,\"items\":[",
            json!(CONTEXT),
            json!(id),
            json!(label),
            json!(meta.exported),
            json!(format!("{id}:page:0")),
            json!(id),
        )
    }

    fn article(
        &mut self,
        out: &mut dyn Write,
        article: &Article,
        user: &UserData,
    ) -> io::Result<bool> {
        let annotations = annotations_for(article, user);
        for a in &annotations {
            out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *out, a)?;
            self.written += 1;
        }
        Ok(!annotations.is_empty())
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        _meta: &ExportMeta,
        _stats: &ExportStats,
    ) -> io::Result<()> {
        writeln!(out, "\n]}},\"total\":{}}}", self.written)
    }
}

fn collection_id(exported: &str) -> String {
    let stamp: String = exported
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("urn:attache:export:{stamp}")
}

/// The target `source` IRI of an article.
pub fn source_iri(article: &Article) -> String {
    match article.url.as_deref().map(str::trim) {
        Some(url) if !url.is_empty() => url.to_string(),
        _ => format!("{ARTICLE_IRI}{}", article.id),
    }
}

/// The Web Annotations for one article: one per note, or a single tagging annotation when the
/// article has tags but no notes.
pub fn annotations_for(article: &Article, user: &UserData) -> Vec<Value> {
    let tag_bodies: Vec<Value> = user
        .tags
        .iter()
        .map(|t| json!({"type": "TextualBody", "value": t, "purpose": "tagging"}))
        .collect();
    if user.annotations.is_empty() {
        if tag_bodies.is_empty() {
            return Vec::new();
        }
        return vec![json!({
            "@context": CONTEXT,
            "id": format!("{TAGS_IRI}{}", article.id),
            "type": "Annotation",
            "motivation": "tagging",
            "body": tag_bodies,
            "target": target(article, None),
        })];
    }
    user.annotations
        .iter()
        .map(|note| {
            let mut body = vec![json!({
                "type": "TextualBody",
                "value": note.text,
                "format": "text/plain",
                "purpose": "commenting",
            })];
            body.extend(tag_bodies.iter().cloned());
            json!({
                "@context": CONTEXT,
                "id": format!("{NOTE_IRI}{}", note.id),
                "type": "Annotation",
                "motivation": "commenting",
                "created": note.created,
                "modified": note.updated,
                "body": body,
                "target": target(article, Some(note)),
            })
        })
        .collect()
}

fn target(article: &Article, note: Option<&Annotation>) -> Value {
    let mut t = Map::new();
    t.insert("type".into(), json!("SpecificResource"));
    t.insert("source".into(), json!(source_iri(article)));
    if article.url.as_deref().is_some_and(|u| !u.trim().is_empty()) {
        t.insert(
            "scope".into(),
            json!(format!("{ARTICLE_IRI}{}", article.id)),
        );
    }
    if let Some(selectors) = note.and_then(|n| selectors(article, n)) {
        t.insert("selector".into(), Value::Array(selectors));
    }
    Value::Object(t)
}

/// Where an anchored note sits in the body text, in characters: (start, end).
pub fn position(article: &Article, anchor: &Anchor) -> Option<(usize, usize)> {
    let (paragraph, exact) = match anchor {
        Anchor::Article => return None,
        Anchor::Paragraph { index, exact, .. } => (*index, exact.as_str()),
        Anchor::Quote { index, exact, .. } => {
            (article.quotes.get(*index)?.paragraph, exact.as_str())
        }
    };
    let text = article.paragraphs.get(paragraph)?;
    let exact = if exact.is_empty() {
        text.as_str()
    } else {
        exact
    };
    let byte = text.find(exact)?;
    let start = paragraph_offsets(article)[paragraph] + text[..byte].chars().count();
    Some((start, start + exact.chars().count()))
}

fn selectors(article: &Article, note: &Annotation) -> Option<Vec<Value>> {
    let (exact, prefix, suffix) = match &note.anchor {
        Anchor::Article => return None,
        Anchor::Paragraph {
            exact,
            prefix,
            suffix,
            ..
        }
        | Anchor::Quote {
            exact,
            prefix,
            suffix,
            ..
        } => (exact, prefix, suffix),
    };
    // An orphan's anchor no longer matches the text: keep its quote, give no position.
    let place = if note.orphan {
        None
    } else {
        position(article, &note.anchor)
    };
    let mut out = Vec::new();
    match place {
        Some((start, end)) => {
            let body: Vec<char> = body_text(article).chars().collect();
            let exact: String = body[start..end].iter().collect();
            let prefix: String = body[start.saturating_sub(CONTEXT_CHARS)..start]
                .iter()
                .collect();
            let suffix: String = body[end..(end + CONTEXT_CHARS).min(body.len())]
                .iter()
                .collect();
            out.push(json!({
                "type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix,
            }));
            out.push(json!({"type": "TextPositionSelector", "start": start, "end": end}));
        }
        None if !exact.is_empty() => out.push(json!({
            "type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix,
        })),
        None => return None,
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;
    use crate::notes::{new_annotation, Target};

    fn article() -> Article {
        Article {
            id: "abc123".into(),
            url: None,
            paragraphs: vec![
                "Première phrase.".into(),
                "Il a déclaré « nous sommes prêts » hier.".into(),
            ],
            quotes: vec![Quote {
                text: "nous sommes prêts".into(),
                paragraph: 1,
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn quote_note_has_both_selectors_pointing_at_the_text() {
        let a = article();
        let note = new_annotation(&a, "ready?", Target::Quote(0)).unwrap();
        let user = UserData {
            tags: vec!["france".into()],
            annotations: vec![note],
            ..Default::default()
        };
        let out = annotations_for(&a, &user);
        assert_eq!(out.len(), 1);
        let anno = &out[0];
        assert_eq!(anno["@context"], CONTEXT);
        assert_eq!(anno["type"], "Annotation");
        assert_eq!(anno["motivation"], "commenting");
        assert!(anno["id"].as_str().unwrap().starts_with(NOTE_IRI));
        assert_eq!(anno["body"][0]["type"], "TextualBody");
        assert_eq!(anno["body"][0]["value"], "ready?");
        assert_eq!(anno["body"][1]["purpose"], "tagging");
        assert_eq!(anno["body"][1]["value"], "france");
        assert_eq!(anno["target"]["source"], "urn:attache:abc123");
        let sel = &anno["target"]["selector"];
        assert_eq!(sel[0]["type"], "TextQuoteSelector");
        assert_eq!(sel[0]["exact"], "nous sommes prêts");
        let prefix = sel[0]["prefix"].as_str().unwrap();
        assert!(prefix.ends_with("phrase.\n\nIl a déclaré « "));
        assert_eq!(prefix.chars().count(), CONTEXT_CHARS);
        assert_eq!(sel[0]["suffix"], " » hier.");
        assert_eq!(sel[1]["type"], "TextPositionSelector");
        let body: Vec<char> = body_text(&a).chars().collect();
        let (s, e) = (
            sel[1]["start"].as_u64().unwrap() as usize,
            sel[1]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(body[s..e].iter().collect::<String>(), "nous sommes prêts");
    }

    #[test]
    fn tags_without_notes_become_a_tagging_annotation() {
        let mut a = article();
        a.url = Some("https://example.org/a".into());
        let user = UserData {
            tags: vec!["iran".into()],
            ..Default::default()
        };
        let out = annotations_for(&a, &user);
        assert_eq!(out[0]["motivation"], "tagging");
        assert_eq!(out[0]["target"]["source"], "https://example.org/a");
        assert_eq!(out[0]["target"]["scope"], "urn:attache:abc123");
        assert!(annotations_for(&a, &UserData::default()).is_empty());
    }
}
