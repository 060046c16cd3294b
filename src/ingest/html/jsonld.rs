//! schema.org JSON-LD: the most reliable metadata a news page carries, when it carries any.
//! Pages nest it in many ways (`@graph`, arrays of objects, arrays of types, `@id` references to
//! a publisher defined elsewhere), so the reader walks every object and resolves references.

use serde_json::Value;
use std::collections::HashMap;

/// What the article object (and the objects it references) says.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct LdArticle {
    pub headline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    /// People credited as authors.
    pub authors: Vec<String>,
    /// Organisations credited as authors (news agencies, typically).
    pub org_authors: Vec<String>,
    pub publisher: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub body: Option<String>,
    /// Names of a `BreadcrumbList`, in order.
    pub breadcrumb: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "SocialMediaPosting",
    "DiscussionForumPosting",
];

fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article") || ARTICLE_TYPES.contains(&t)
}

fn types(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Parses the text of one `<script type="application/ld+json">`, tolerating HTML comments,
/// CDATA wrappers and a trailing semicolon.
fn parse(text: &str) -> Option<Value> {
    let mut t = text.trim();
    for (start, end) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")] {
        if let Some(rest) = t.strip_prefix(start) {
            t = rest.trim();
            if let Some(rest) = t.strip_suffix(end) {
                t = rest.trim();
            }
        }
    }
    let t = t.trim_end_matches(';').trim();
    serde_json::from_str(t).ok().or_else(|| {
        // Raw control characters inside strings are a common publishing error.
        let cleaned: String = t
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&cleaned).ok()
    })
}

fn collect<'v>(v: &'v Value, out: &mut Vec<&'v Value>, depth: u32) {
    if depth > 12 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            for (k, x) in o {
                if k == "@graph" || k == "mainEntity" || k == "itemListElement" || k == "hasPart" {
                    collect(x, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let s = super::decode_entities(s);
            let s = crate::sanitize::collapse_whitespace(&s);
            (!s.is_empty()).then_some(s)
        }
        Value::Array(a) => a.iter().find_map(text),
        Value::Object(o) => o.get("name").and_then(text).or_else(|| o.get("@value").and_then(text)),
        _ => None,
    }
}

/// Reads all JSON-LD blocks of a page and returns the article's fields.
pub(crate) fn read(scripts: &[String]) -> LdArticle {
    let values: Vec<Value> = scripts.iter().filter_map(|s| parse(s)).collect();
    let mut objects = Vec::new();
    for v in &values {
        collect(v, &mut objects, 0);
    }
    let by_id: HashMap<&str, &Value> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .filter(|(_, o)| o.as_object().is_some_and(|m| m.len() > 1))
        .collect();
    let resolve = |v: &'_ Value| -> Value {
        if let Some(id) = v.get("@id").and_then(Value::as_str) {
            if v.as_object().is_some_and(|m| m.len() == 1) {
                if let Some(full) = by_id.get(id) {
                    return (*full).clone();
                }
            }
        }
        v.clone()
    };
    let mut out = LdArticle::default();
    for o in &objects {
        if types(o).contains(&"BreadcrumbList") && out.breadcrumb.is_empty() {
            if let Some(Value::Array(items)) = o.get("itemListElement") {
                let mut items: Vec<&Value> = items.iter().collect();
                items.sort_by_key(|i| i.get("position").and_then(Value::as_i64).unwrap_or(0));
                out.breadcrumb = items
                    .iter()
                    .filter_map(|i| i.get("name").or_else(|| i.get("item")?.get("name")))
                    .filter_map(text)
                    .collect();
            }
        }
    }
    let article = objects
        .iter()
        .filter(|o| types(o).iter().any(|t| is_article_type(t)))
        .max_by_key(|o| (o.get("headline").is_some() as u8, o.get("datePublished").is_some() as u8));
    let page = objects.iter().find(|o| {
        types(o)
            .iter()
            .any(|t| matches!(*t, "WebPage" | "ItemPage" | "NewsMediaOrganization"))
    });
    let Some(a) = article.or(page) else {
        return out;
    };
    out.headline = a.get("headline").and_then(text);
    if article.is_none() {
        out.headline = None;
    }
    out.published = a
        .get("datePublished")
        .or_else(|| a.get("dateCreated"))
        .and_then(text);
    out.modified = a.get("dateModified").and_then(text);
    if let Some(author) = a.get("author").or_else(|| a.get("creator")) {
        let list: Vec<&Value> = match author {
            Value::Array(x) => x.iter().collect(),
            v => vec![v],
        };
        for item in list {
            let item = resolve(item);
            let is_org = types(&item)
                .iter()
                .any(|t| t.contains("Organization") || *t == "NewsMediaOrganization");
            let Some(name) = text(&item) else { continue };
            if name.starts_with("http") {
                continue;
            }
            if is_org {
                out.org_authors.push(name);
            } else {
                out.authors.push(name);
            }
        }
    }
    out.publisher = a
        .get("publisher")
        .map(|p| match p {
            Value::Array(x) => x.first().map(&resolve).unwrap_or(Value::Null),
            v => resolve(v),
        })
        .and_then(|p| text(&p));
    out.section = a.get("articleSection").and_then(text);
    out.url = a.get("url").and_then(Value::as_str).map(str::to_string).or_else(|| {
        match a.get("mainEntityOfPage")? {
            Value::String(s) => Some(s.clone()),
            v => v.get("@id").and_then(Value::as_str).map(str::to_string),
        }
    });
    out.language = a.get("inLanguage").and_then(text);
    out.body = a.get("articleBody").and_then(Value::as_str).map(|s| super::decode_entities(s));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_with_references() {
        let s = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"#org","name":"The Post"},
            {"@type":["NewsArticle","Article"],"headline":"A &amp; B","datePublished":"2023-03-02T09:15:00+00:00",
             "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
             "publisher":{"@id":"#org"},"articleSection":["World","Diplomacy"]}]}"##;
        let a = read(&[s.to_string()]);
        assert_eq!(a.headline.as_deref(), Some("A & B"));
        assert_eq!(a.authors, vec!["Ann Lee", "Bo Chen"]);
        assert_eq!(a.publisher.as_deref(), Some("The Post"));
        assert_eq!(a.section.as_deref(), Some("World"));
        assert_eq!(a.published.as_deref(), Some("2023-03-02T09:15:00+00:00"));
    }

    #[test]
    fn organisation_author_and_broken_blocks() {
        let good = r#"[{"@type":"ReportageNewsArticle","headline":"H","author":{"@type":"Organization","name":"AFP"}}];"#;
        let a = read(&["{not json".to_string(), good.to_string()]);
        assert_eq!(a.org_authors, vec!["AFP"]);
        assert!(a.authors.is_empty());
        assert_eq!(a.headline.as_deref(), Some("H"));
    }
}
