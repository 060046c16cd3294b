//! [`Document`] -> [`Article`]: dates, language, identity and near-duplicate fingerprints,
//! quotes with speakers, entities and topic suggestions. Pure functions of their input.

pub mod credit;
pub mod dates;
pub mod entities;
pub mod identity;
pub mod language;
pub mod quotes;
pub mod topics;
pub mod wordfilter;

use crate::ingest::Document;
use crate::model::Article;

/// Turns a reader's document into the article the rest of the program works with.
pub fn analyze(doc: Document) -> Article {
    let paragraphs: Vec<String> = doc
        .paragraphs
        .iter()
        .map(|p| crate::sanitize::collapse_whitespace(p))
        .filter(|p| !p.is_empty())
        .collect();
    let title = doc
        .title
        .as_deref()
        .map(crate::sanitize::collapse_whitespace)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| fallback_title(&paragraphs));
    let (published, updated) =
        dates::normalize_dates(doc.published.as_deref(), doc.updated.as_deref());
    let language = language::detect(&title, &paragraphs, doc.language.as_deref());
    let source = doc.source.map(|s| crate::sanitize::collapse_whitespace(&s));
    let id = identity::article_id(source.as_deref(), &title, &paragraphs);
    let fingerprint = identity::simhash(&paragraphs);
    let body = analyze_body(
        &title,
        &paragraphs,
        &doc.lead,
        &language,
        topics::taxonomy(),
    );
    Article {
        id,
        path: doc.path,
        format: doc.format,
        title,
        source,
        section: doc.section,
        url: doc.url,
        language,
        published,
        updated,
        authors: doc.authors,
        editors: doc.editors,
        paragraphs,
        quotes: body.quotes,
        entities: body.entities,
        topics: body.topics,
        fingerprint,
    }
}

/// What the quote, entity and topic passes find in an article body.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub quotes: Vec<crate::model::Quote>,
    pub entities: crate::model::Entities,
    pub topics: Vec<String>,
}

/// Quotes, entities and topics of one article. Each paragraph is tokenised (and its words folded)
/// once, and the three passes share those tokens: tokenising three times was a third of the cost.
pub fn analyze_body(
    title: &str,
    paragraphs: &[String],
    lead: &[String],
    language: &str,
    tax: &topics::Taxonomy,
) -> Body {
    let toks: Vec<Vec<quotes::tokens::Token>> = paragraphs
        .iter()
        .map(|p| quotes::tokens::tokenize(p))
        .collect();
    let found = quotes::extract_tokenized(paragraphs, &toks, lead, title, language);
    let (entities, entity_keys) =
        entities::extract_tokenized(paragraphs, &toks, language, &found.people);
    let topics = topics::suggest_tokenized(title, &toks, &entities, &entity_keys, tax)
        .into_iter()
        .map(|s| s.name)
        .collect();
    Body {
        quotes: found.quotes,
        entities,
        topics,
    }
}

/// An untitled input is named by the start of its first paragraph, so it is never blank in lists.
fn fallback_title(paragraphs: &[String]) -> String {
    let first = paragraphs
        .first()
        .map(String::as_str)
        .unwrap_or("(untitled)");
    let mut title: String = first.chars().take(90).collect();
    if first.chars().count() > 90 {
        title.push('…');
    }
    title
}
