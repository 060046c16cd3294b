//! The store-backed subcommands: ingest, list, show, tag/untag, annotate, status, doctor.

use super::output::{self, emit_json_line, finish, write_str};
use super::UsageError;
use crate::ingest::Limits;
use crate::model::{normalize_tag, Status, UserData};
use crate::notes::{self, Target};
use crate::pipeline;
use crate::query::Query;
use crate::sanitize::one_line;
use crate::store::{Store, Summary};
use anyhow::Context;
use serde::Serialize;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

fn open(db: &Path) -> anyhow::Result<Store> {
    Ok(Store::open(db)?)
}

pub fn ingest(db: &Path, paths: &[PathBuf], limits: &Limits) -> anyhow::Result<i32> {
    let store = open(db)?;
    let report = ingest_with_progress(&store, paths, limits)?;
    for e in &report.errors {
        eprintln!("error: {}", one_line(e));
    }
    println!("{}", report.summary_line());
    Ok(if report.errors.is_empty() { 0 } else { 1 })
}

fn ingest_with_progress(
    store: &Store,
    paths: &[PathBuf],
    limits: &Limits,
) -> anyhow::Result<pipeline::IngestReport> {
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} ingest [{bar:30}] {pos}/{len} files {per_sec} {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
        bar
    });
    let mut progress = |done: usize, total: usize| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    };
    let report = pipeline::ingest_paths(store, paths, limits, &mut progress)?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(report)
}

/// One row of `list --json`.
#[derive(Serialize)]
struct ListRow<'a> {
    id: &'a str,
    title: &'a str,
    source: Option<&'a str>,
    published: Option<&'a str>,
    language: &'a str,
    tags: &'a [String],
    status: Status,
    quotes: usize,
    annotations: usize,
    duplicate_of: Option<&'a str>,
    path: &'a str,
}

pub fn list(
    db: &Path,
    tag: Option<String>,
    status: Option<Status>,
    query: Option<String>,
    json: bool,
) -> anyhow::Result<i32> {
    let store = open(db)?;
    let mut text = query.unwrap_or_default();
    if let Some(tag) = tag {
        text.push_str(&format!(" tag:\"{}\"", normalize_tag(&tag)));
    }
    if let Some(status) = status {
        text.push_str(&format!(" is:{status}"));
    }
    let query = Query::parse(&text).map_err(UsageError)?;
    let users = store.all_user_data()?;
    let default_user = UserData::default();
    let mut rows: Vec<(Summary, &UserData)> = Vec::new();
    for summary in store.summaries_by_date()? {
        let user = users.get(&summary.id).unwrap_or(&default_user);
        let keep = query.matches_loading(&summary, user, || store.article(&summary.id))?;
        if keep {
            rows.push((summary, user));
        }
    }
    let mut out = output::stdout();
    if json {
        let rows: Vec<ListRow> = rows
            .iter()
            .map(|(s, u)| ListRow {
                id: &s.id,
                title: &s.title,
                source: s.source.as_deref(),
                published: s.published.as_deref(),
                language: &s.language,
                tags: &u.tags,
                status: u.status,
                quotes: s.quote_count,
                annotations: u.annotations.len(),
                duplicate_of: s.duplicate_of.as_deref(),
                path: &s.path,
            })
            .collect();
        write_str(&mut out, &serde_json::to_string_pretty(&rows)?)?;
        write_str(&mut out, "\n")?;
    } else {
        for (s, u) in &rows {
            let date = s
                .published
                .as_deref()
                .map(|d| &d[..d.len().min(10)])
                .unwrap_or("----------");
            let tags = if u.tags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", u.tags.join(", "))
            };
            let line = format!(
                "{}  {}  {:<9}  {:<2}  {:<12}  {}{}\n",
                &s.id[..s.id.len().min(8)],
                date,
                u.status.as_str(),
                s.language,
                one_line(s.source.as_deref().unwrap_or("-"))
                    .chars()
                    .take(12)
                    .collect::<String>(),
                one_line(&s.title),
                tags
            );
            write_str(&mut out, &line)?;
        }
    }
    finish(out)?;
    Ok(0)
}

#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    article: &'a crate::model::Article,
    tags: &'a [String],
    status: Status,
    annotations: &'a [crate::model::Annotation],
}

pub fn show(db: &Path, id: &str, json: bool) -> anyhow::Result<i32> {
    let store = open(db)?;
    let id = store.resolve_id(id)?;
    let article = store
        .article(&id)?
        .with_context(|| format!("no such article ({id})"))?;
    let user = store.user_data(&id)?;
    let mut out = output::stdout();
    if json {
        emit_json_line(
            &mut out,
            &ShowJson {
                article: &article,
                tags: &user.tags,
                status: user.status,
                annotations: &user.annotations,
            },
        )?;
    } else {
        write_str(&mut out, &render_article(&article, &user))?;
    }
    finish(out)?;
    Ok(0)
}

fn render_article(a: &crate::model::Article, user: &UserData) -> String {
    let mut s = String::new();
    let field = |s: &mut String, name: &str, value: Option<&str>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            s.push_str(&format!("{name:<10} {}\n", one_line(v)));
        }
    };
    s.push_str(&format!("{}\n\n", one_line(&a.title)));
    field(&mut s, "id", Some(&a.id));
    field(&mut s, "source", a.source.as_deref());
    field(&mut s, "section", a.section.as_deref());
    field(&mut s, "published", a.published.as_deref());
    field(&mut s, "updated", a.updated.as_deref());
    field(&mut s, "language", Some(&a.language));
    field(&mut s, "authors", Some(&a.authors.join(", ")));
    field(&mut s, "editors", Some(&a.editors.join(", ")));
    field(&mut s, "url", a.url.as_deref());
    field(&mut s, "file", Some(&a.path));
    field(&mut s, "status", Some(user.status.as_str()));
    field(&mut s, "tags", Some(&user.tags.join(", ")));
    field(&mut s, "topics", Some(&a.topics.join(", ")));
    s.push('\n');
    for (i, p) in a.paragraphs.iter().enumerate() {
        s.push_str(&format!("[{i}] {}\n\n", crate::sanitize::strip_controls(p)));
    }
    if !a.quotes.is_empty() {
        s.push_str("Quotes\n");
        for (i, q) in a.quotes.iter().enumerate() {
            s.push_str(&format!(
                "  ({i}) {} — «{}» (¶{}{})\n",
                one_line(q.speaker.as_deref().unwrap_or("?")),
                one_line(&q.text),
                q.paragraph,
                if q.partial { ", partial" } else { "" }
            ));
        }
    }
    if !user.annotations.is_empty() {
        s.push_str("Notes\n");
        for n in &user.annotations {
            s.push_str(&format!(
                "  [{}] {:?}: {}\n",
                n.id,
                n.anchor,
                one_line(&n.text)
            ));
        }
    }
    s
}

pub fn tag(db: &Path, id: &str, tags: &[String], add: bool) -> anyhow::Result<i32> {
    let store = open(db)?;
    let id = store.resolve_id(id)?;
    let tags: Vec<String> = tags
        .iter()
        .map(|t| normalize_tag(t))
        .filter(|t| !t.is_empty())
        .collect();
    if tags.is_empty() {
        return Err(UsageError("no tag given".into()).into());
    }
    let data = store.update_user_data(&id, |u| {
        for t in &tags {
            if add && !u.tags.contains(t) {
                u.tags.push(t.clone());
            } else if !add {
                u.tags.retain(|x| x != t);
            }
        }
    })?;
    eprintln!("saved: {id} tags [{}]", data.tags.join(", "));
    Ok(0)
}

pub fn annotate(
    db: &Path,
    id: &str,
    text: &str,
    paragraph: Option<usize>,
    quote: Option<usize>,
) -> anyhow::Result<i32> {
    let store = open(db)?;
    let id = store.resolve_id(id)?;
    let article = store
        .article(&id)?
        .with_context(|| format!("no such article ({id})"))?;
    let target = match (paragraph, quote) {
        (Some(p), _) => Target::Paragraph(p),
        (_, Some(q)) => Target::Quote(q),
        _ => Target::Article,
    };
    let note = notes::new_annotation(&article, text, target)
        .map_err(|e| UsageError(format!("{e} ({id})")))?;
    let note_id = note.id.clone();
    store.update_user_data(&id, |u| u.annotations.push(note))?;
    println!("{note_id}");
    eprintln!("saved: note {note_id} on {id}");
    Ok(0)
}

pub fn status(db: &Path, id: &str, status: Status) -> anyhow::Result<i32> {
    let store = open(db)?;
    let id = store.resolve_id(id)?;
    store.update_user_data(&id, |u| u.status = status)?;
    eprintln!("saved: {id} is {status}");
    Ok(0)
}

/// Checks the store; `--rebuild` moves the database and body logs aside, re-ingests every
/// source the store knew about and restores the journalled user data. A clean check compacts
/// the body log when garbage passed half of it (or always with `--compact`): doctor is the
/// one command that runs on its own, so other commands never pay for a rewrite.
pub fn doctor(db: &Path, rebuild: bool, compact: bool) -> anyhow::Result<i32> {
    if !rebuild {
        let mut store = open(db)?;
        let problems = store.check()?;
        for p in &problems {
            eprintln!("problem: {p}");
        }
        let stats = store.body_log_stats()?;
        if !problems.is_empty() {
            if compact {
                eprintln!("not compacting the body log: repair first (attache doctor --rebuild)");
            }
        } else if compact || stats.worth_compacting() {
            let (before, after) = store.compact_bodies()?;
            eprintln!("compacted the body log: {before} -> {after} bytes");
        }
        println!(
            "{} articles, {} problems; journal at {}",
            store.len(),
            problems.len(),
            store.journal_path().display()
        );
        return Ok(if problems.is_empty() { 0 } else { 1 });
    }
    let journal_path = db.join("journal.jsonl");
    let entries = crate::store::journal::Journal::read_all(&journal_path)
        .with_context(|| format!("cannot read journal ({})", journal_path.display()))?;
    let mut sources: Vec<PathBuf> = Vec::new();
    if let Ok(store) = Store::open(db) {
        if let Ok(all) = store.summaries_by_date() {
            sources.extend(all.into_iter().map(|s| PathBuf::from(s.path)));
        }
    }
    sources.extend(entries.iter().map(|e| PathBuf::from(&e.path)));
    sources.sort();
    sources.dedup();
    sources.retain(|p| p.exists());
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let sled_dir = db.join("sled");
    if sled_dir.exists() {
        let aside = db.join(format!("sled.damaged-{stamp}"));
        std::fs::rename(&sled_dir, &aside).with_context(|| {
            format!(
                "cannot move the old database aside ({})",
                sled_dir.display()
            )
        })?;
        eprintln!("moved the old database to {}", aside.display());
    }
    // The old pointers went with the database, so the body logs go too: left in place, the
    // new store would append to them, or delete one of another generation as stale.
    for log in crate::store::body_log_files(db)? {
        let mut name = log.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".damaged-{stamp}"));
        let aside = log.with_file_name(name);
        std::fs::rename(&log, &aside)
            .with_context(|| format!("cannot move the old body log aside ({})", log.display()))?;
        eprintln!("moved the old body log to {}", aside.display());
    }
    let store = open(db)?;
    let report = pipeline::ingest_paths(&store, &sources, &Limits::default(), &mut |_, _| {})?;
    let (restored, missing) = store.replay_journal(&entries)?;
    println!(
        "rebuilt: {}; user data restored for {restored} articles, {missing} journalled articles not found",
        report.summary_line()
    );
    Ok(0)
}
