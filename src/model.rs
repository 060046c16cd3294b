//! Plain data types shared by every stage. They serialise to the `parse --json` contract
//! (DESIGN.md §3), so the same structs feed the CLI, the store and the exports.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The input family an article came from; part of the `parse --json` contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Html,
    Text,
    Feed,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Html => "html",
            Format::Text => "text",
            Format::Feed => "feed",
        })
    }
}

/// A direct quote and who said it. `paragraph` indexes `Article::paragraphs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    pub mention: Option<String>,
    pub verb: Option<String>,
    pub paragraph: usize,
    pub partial: bool,
}

/// Named entities found in the body, each list deduplicated and in first-mention order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Entities {
    pub people: Vec<String>,
    pub places: Vec<String>,
    pub organizations: Vec<String>,
}

/// Everything the parser derives from one input. It is a pure function of the input bytes,
/// so it can be recomputed at any time; user data lives in [`UserData`], never here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Content-derived id (see `analyze::identity`): same story, same id.
    pub id: String,
    pub path: String,
    pub format: Format,
    pub title: String,
    pub source: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    pub language: String,
    pub published: Option<String>,
    pub updated: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub paragraphs: Vec<String>,
    pub quotes: Vec<Quote>,
    pub entities: Entities,
    pub topics: Vec<String>,
    /// 64-bit SimHash of the body, used to spot republished wire copy.
    #[serde(default)]
    pub fingerprint: u64,
}

/// Review state an analyst sets on an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Unread,
    Read,
    Reviewed,
    Flagged,
    Archived,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Unread,
        Status::Read,
        Status::Reviewed,
        Status::Flagged,
        Status::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unread => "unread",
            Status::Read => "read",
            Status::Reviewed => "reviewed",
            Status::Flagged => "flagged",
            Status::Archived => "archived",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown status '{s}' (expected one of unread, read, reviewed, flagged, archived)"))
    }
}

/// What part of an article a note is attached to. The quoted text is kept with the anchor so a
/// note can be re-attached after the article is re-parsed or imported into another store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Anchor {
    #[default]
    Article,
    Paragraph {
        index: usize,
        #[serde(default)]
        exact: String,
        #[serde(default)]
        prefix: String,
        #[serde(default)]
        suffix: String,
    },
    Quote {
        index: usize,
        #[serde(default)]
        exact: String,
        #[serde(default)]
        prefix: String,
        #[serde(default)]
        suffix: String,
    },
}

/// A free-text note written by the analyst.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    pub text: String,
    /// RFC 3339 timestamps.
    pub created: String,
    pub updated: String,
    pub anchor: Anchor,
    /// Set when an import could not place the note on the current article text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphan: bool,
}

/// The analyst's data for one article: never produced or overwritten by the parser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UserData {
    pub tags: Vec<String>,
    pub status: Status,
    pub annotations: Vec<Annotation>,
}

/// Normalises a user-typed tag so that "Arctic", " arctic " and "ARCTIC" are one tag.
pub fn normalize_tag(tag: &str) -> String {
    tag.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}
