//! Attache: triage of diplomatic news in the terminal.
//!
//! The pipeline, one stage per module:
//! 1. [`ingest`] turns bytes (HTML pages, text dumps, RSS/Atom feeds) into [`ingest::Document`]s;
//! 2. [`analyze`] turns a document into a [`model::Article`] (dates, language, quotes, entities);
//! 3. [`store`] keeps articles and the analyst's tags, notes and statuses in sled;
//! 4. [`query`] filters and searches them;
//! 5. [`export`] writes them out (JSON, JSONL, CSV, Markdown, Web Annotation) and reads them back.
//!
//! [`cli`] and [`tui`] are thin front ends over these stages.

pub mod analyze;
pub mod cli;
pub mod export;
pub mod fold;
pub mod ingest;
pub mod model;
pub mod notes;
pub mod pipeline;
pub mod query;
pub mod sanitize;
pub mod store;
pub mod tui;
