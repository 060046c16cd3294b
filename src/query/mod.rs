//! The filter language shared by the TUI (`f`, `/`) and the CLI (`list --query`, `export
//! --query`): `tag:arctic source:xinhua lang:fr is:unread is:flagged since:2021-05-01
//! until:2021-06-30 speaker:lavrov topic:arctic "exact phrase" -tag:done word`.
//! Every clause must hold; a leading `-` negates a clause.

use crate::fold::fold;
use crate::model::{Article, Status, UserData};
use crate::store::Summary;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Tag(String),
    Source(String),
    Lang(String),
    Status(Status),
    Since(String),
    Until(String),
    Speaker(String),
    Topic(String),
    Id(String),
    /// Folded word or phrase looked up in titles, sources, tags, speakers and, when the body
    /// is at hand, paragraphs and quotes.
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub negated: bool,
    pub term: Term,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

impl Query {
    /// Parses the filter language. Errors name the offending clause.
    pub fn parse(input: &str) -> Result<Query, String> {
        let mut clauses = Vec::new();
        for raw in tokenize(input)? {
            let (negated, token) = match raw.strip_prefix('-') {
                Some(rest) if !rest.is_empty() => (true, rest.to_string()),
                _ => (false, raw),
            };
            let term = match token.split_once(':') {
                Some((key, value)) if !value.is_empty() && is_key(key) => parse_keyed(key, value)?,
                _ => Term::Text(fold(token.trim_matches('"'))),
            };
            clauses.push(Clause { negated, term });
        }
        Ok(Query { clauses })
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// True when some clause can only be decided by reading the article body.
    pub fn wants_body(&self) -> bool {
        self.clauses.iter().any(|c| matches!(c.term, Term::Text(_)))
    }

    /// True when a negated free-text clause ("-sanctions") can turn an article that matches on
    /// its summary into a miss once its body is read.
    pub fn body_can_exclude(&self) -> bool {
        self.clauses
            .iter()
            .any(|c| c.negated && matches!(c.term, Term::Text(_)))
    }

    /// Decides the query on what the list knows (summary and user data). Free-text clauses that
    /// do not match the summary count as non-matching here; use [`Query::matches_article`] to
    /// also search bodies.
    pub fn matches(&self, summary: &Summary, user: &UserData) -> bool {
        self.clauses
            .iter()
            .all(|c| c.term.holds(summary, user, None) != c.negated)
    }

    /// The full decision: on the summary alone when no clause needs the body, else on the body
    /// that `load` reads (a negated word found only in the body must exclude the article, which
    /// the summary cannot tell). `load` runs at most once.
    pub fn matches_loading<E>(
        &self,
        summary: &Summary,
        user: &UserData,
        load: impl FnOnce() -> Result<Option<Article>, E>,
    ) -> Result<bool, E> {
        if !self.wants_body() {
            return Ok(self.matches(summary, user));
        }
        Ok(load()?.is_some_and(|a| self.matches_article(summary, user, &a)))
    }

    /// Like [`Query::matches`], searching free text in the body and quotes too.
    pub fn matches_article(&self, summary: &Summary, user: &UserData, article: &Article) -> bool {
        self.clauses
            .iter()
            .all(|c| c.term.holds(summary, user, Some(article)) != c.negated)
    }
}

impl Term {
    fn holds(&self, s: &Summary, user: &UserData, body: Option<&Article>) -> bool {
        match self {
            Term::Tag(t) => user.tags.iter().any(|tag| tag == t),
            Term::Source(v) => s
                .source
                .as_deref()
                .is_some_and(|src| fold(src).contains(v.as_str())),
            Term::Lang(l) => s.language.eq_ignore_ascii_case(l),
            Term::Status(Status::Read) => user.status != Status::Unread,
            Term::Status(st) => user.status == *st,
            Term::Since(d) => s.published.as_deref().is_some_and(|p| p >= d.as_str()),
            Term::Until(d) => s
                .published
                .as_deref()
                .is_some_and(|p| &p[..p.len().min(d.len())] <= d.as_str()),
            Term::Speaker(v) => s.speakers.iter().any(|sp| fold(sp).contains(v.as_str())),
            Term::Topic(v) => s.topics.iter().any(|t| fold(t).contains(v.as_str())),
            Term::Id(v) => s.id.starts_with(v.as_str()),
            Term::Text(v) => {
                fold(&s.title).contains(v.as_str())
                    || s.source
                        .as_deref()
                        .is_some_and(|x| fold(x).contains(v.as_str()))
                    || user.tags.iter().any(|t| t.contains(v.as_str()))
                    || s.speakers.iter().any(|x| fold(x).contains(v.as_str()))
                    || body.is_some_and(|a| {
                        a.paragraphs.iter().any(|p| fold(p).contains(v.as_str()))
                            || a.quotes.iter().any(|q| fold(&q.text).contains(v.as_str()))
                    })
            }
        }
    }
}

fn is_key(key: &str) -> bool {
    matches!(
        key,
        "tag"
            | "source"
            | "src"
            | "lang"
            | "language"
            | "is"
            | "status"
            | "since"
            | "until"
            | "speaker"
            | "topic"
            | "id"
    )
}

fn parse_keyed(key: &str, value: &str) -> Result<Term, String> {
    let value = value.trim_matches('"');
    Ok(match key {
        "tag" => Term::Tag(crate::model::normalize_tag(value)),
        "source" | "src" => Term::Source(fold(value)),
        "lang" | "language" => Term::Lang(value.to_ascii_lowercase()),
        "is" | "status" => Term::Status(match value.to_ascii_lowercase().as_str() {
            "starred" | "flag" => Status::Flagged,
            other => other.parse()?,
        }),
        "since" => Term::Since(check_date(value)?),
        "until" => Term::Until(check_date(value)?),
        "speaker" => Term::Speaker(fold(value)),
        "topic" => Term::Topic(fold(value)),
        "id" => Term::Id(value.to_ascii_lowercase()),
        _ => unreachable!("is_key guards the keys"),
    })
}

/// Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which compare correctly with stored ISO dates.
fn check_date(value: &str) -> Result<String, String> {
    let ok = match value.len() {
        4 | 7 | 10 => value.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        }),
        _ => false,
    };
    if ok {
        Ok(value.to_string())
    } else {
        Err(format!(
            "bad date '{value}' in filter (expected YYYY-MM-DD)"
        ))
    }
}

/// Splits on whitespace, keeping `"quoted phrases"` (also after `key:` or `-`) whole.
fn tokenize(input: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    for c in input.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                current.push(c);
            }
            c if c.is_whitespace() && !in_quotes => {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if in_quotes {
        return Err("unbalanced \" in filter".into());
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Format;

    fn summary() -> Summary {
        Summary {
            id: "3dd575960d85eb04".into(),
            title: "La Russie et les Etats-Unis recherchent la coopération".into(),
            source: Some("Xinhua".into()),
            section: None,
            published: Some("2021-05-21T08:19".into()),
            language: "fr".into(),
            format: Format::Text,
            path: "a.txt".into(),
            url: None,
            quote_count: 8,
            speakers: vec!["Sergueï Lavrov".into()],
            topics: vec!["Arctic".into()],
            fingerprint: 1,
            duplicate_of: None,
        }
    }

    fn user(tags: &[&str], status: Status) -> UserData {
        UserData {
            tags: tags.iter().map(|t| t.to_string()).collect(),
            status,
            annotations: vec![],
        }
    }

    #[test]
    fn clauses_combine_and_negate() {
        let q =
            Query::parse("tag:arctic source:xinhua lang:fr is:unread since:2021-05-01 -tag:done")
                .unwrap();
        assert!(q.matches(&summary(), &user(&["arctic"], Status::Unread)));
        assert!(!q.matches(&summary(), &user(&["arctic", "done"], Status::Unread)));
        assert!(!q.matches(&summary(), &user(&["arctic"], Status::Reviewed)));
    }

    #[test]
    fn dates_bound_inclusively() {
        let s = summary();
        let u = user(&[], Status::Unread);
        assert!(Query::parse("until:2021-05-21").unwrap().matches(&s, &u));
        assert!(!Query::parse("until:2021-05-20").unwrap().matches(&s, &u));
        assert!(!Query::parse("since:2021-05-22").unwrap().matches(&s, &u));
        assert!(Query::parse("since:2021-05").unwrap().matches(&s, &u));
    }

    #[test]
    fn free_text_is_folded_and_phrases_stay_whole() {
        let u = user(&[], Status::Unread);
        assert!(Query::parse("\"la cooperation\"")
            .unwrap()
            .matches(&summary(), &u));
        assert!(Query::parse("speaker:lavrov COOPÉRATION")
            .unwrap()
            .matches(&summary(), &u));
        assert!(!Query::parse("\"cooperation la\"")
            .unwrap()
            .matches(&summary(), &u));
    }

    #[test]
    fn bad_filters_are_errors() {
        assert!(Query::parse("since:yesterday").is_err());
        assert!(Query::parse("is:maybe").is_err());
        assert!(Query::parse("\"open").is_err());
    }
}
