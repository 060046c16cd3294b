//! `attache parse --json PATH...`: the parser's contract output, one JSON object per line,
//! in input order, parsed on all cores. Nothing is stored.

use super::output::{emit_json_line, finish};
use crate::ingest::Limits;
use crate::pipeline;
use std::path::PathBuf;

pub fn run(paths: &[PathBuf], limits: &Limits) -> anyhow::Result<i32> {
    let (files, walk_errors) = pipeline::collect_inputs(paths);
    let mut out = super::output::stdout();
    let mut failed = false;
    let mut write_result = Ok(());
    for e in &walk_errors {
        failed = true;
        eprintln!("error: {e}");
        emit_json_line(
            &mut out,
            &serde_json::json!({"path": e.path, "error": e.to_string()}),
        )?;
    }
    pipeline::for_each_parsed(&files, limits, |i, parsed| {
        if write_result.is_err() {
            return;
        }
        write_result = match parsed {
            Ok(articles) => articles
                .iter()
                .try_for_each(|(_, article)| emit_json_line(&mut out, &contract_object(article))),
            Err(e) => {
                failed = true;
                eprintln!("error: {e}");
                let path = files[i].to_string();
                emit_json_line(&mut out, &serde_json::json!({"path": path, "error": e}))
            }
        };
    });
    write_result?;
    finish(out)?;
    Ok(if failed { 1 } else { 0 })
}

/// The contract object for one article. The store id is published as `article_id`: scorers and
/// pipelines key records by `id` meaning the input's name, so `id` is left to them.
fn contract_object(article: &crate::model::Article) -> serde_json::Value {
    let mut value = serde_json::to_value(article).expect("articles serialise");
    if let Some(map) = value.as_object_mut() {
        if let Some(id) = map.shift_remove("id") {
            map.insert("article_id".into(), id);
        }
    }
    value
}
