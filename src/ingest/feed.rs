//! RSS 2.0, RSS 1.0 (RDF) and Atom reader. Each item with content becomes a [`Document`] whose
//! body is parsed like a page fragment. Dates are kept exactly as printed (feed libraries
//! convert them to UTC, which would lose the local time the contract asks for).

use super::{html, Document};
use crate::model::Format;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Fields collected from one `<item>` or `<entry>`, by element name.
#[derive(Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    guid: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    authors: Vec<String>,
    content: Option<String>,
    summary: Option<String>,
    language: Option<String>,
    category: Option<String>,
}

/// Parses a feed. Items after a syntax error are lost, but the items before it are kept; the
/// whole feed is an error only when no item could be read.
pub fn read(path: &str, text: &str) -> Result<Vec<Document>, String> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = false;
    reader.config_mut().allow_unmatched_ends = true;

    let mut channel_title: Option<String> = None;
    let mut channel_language: Option<String> = None;
    let mut items: Vec<Item> = Vec::new();
    let mut current: Option<Item> = None;
    // Names of open elements, innermost last, and the text gathered for each.
    let mut stack: Vec<(String, String)> = Vec::new();
    // Inside a content element that holds markup as child elements (Atom `type="xhtml"`, or a
    // careless feed's unescaped HTML): the markup is written back as HTML into that element's
    // buffer, so the body is read like any page fragment (captions and asides left out).
    let mut inline = InlineMarkup::default();
    let mut error = None;

    loop {
        let event = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                error = Some(format!(
                    "XML error at byte {}: {e}",
                    reader.error_position()
                ));
                break;
            }
        };
        if inline.take(&event, &mut stack) {
            continue;
        }
        match event {
            Event::Start(start) => {
                let name = qname(&start);
                if is_item(&name) {
                    current = Some(Item::default());
                }
                if let Some(item) = current.as_mut() {
                    if name == "link" {
                        take_atom_link(&start, item);
                    }
                }
                stack.push((name, String::new()));
            }
            Event::Empty(start) => {
                if let Some(item) = current.as_mut() {
                    match qname(&start).as_str() {
                        "link" => take_atom_link(&start, item),
                        "category" if item.category.is_none() => {
                            item.category = attribute(&start, "term")
                        }
                        _ => {}
                    }
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.decode().unwrap_or_default()),
            Event::CData(t) => push_text(&mut stack, &String::from_utf8_lossy(&t)),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => named_entity(&r.decode().unwrap_or_default()),
                };
                push_text(&mut stack, &resolved);
            }
            Event::End(_) => {
                let Some((name, value)) = stack.pop() else {
                    continue;
                };
                if is_item(&name) {
                    if let Some(item) = current.take() {
                        items.push(item);
                    }
                    continue;
                }
                let value = value.trim().to_string();
                let parent = stack.last().map(|(n, _)| n.as_str()).unwrap_or("");
                match current.as_mut() {
                    Some(item) => store_item_field(item, &name, parent, value),
                    None => match name.as_str() {
                        "title" if channel_title.is_none() && !value.is_empty() => {
                            channel_title = Some(value)
                        }
                        "language" | "dc:language" if !value.is_empty() => {
                            channel_language = Some(value)
                        }
                        _ => {}
                    },
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(item) = current.take() {
        items.push(item);
    }
    if items.is_empty() {
        return Err(error.unwrap_or_else(|| "no items".to_string()));
    }
    Ok(items
        .into_iter()
        .map(|item| to_document(path, item, &channel_title, &channel_language))
        .collect())
}

/// Re-serialises the child elements of a content element as HTML (see [`read`]).
#[derive(Default)]
struct InlineMarkup {
    /// Child elements open inside the content element; `None` when not inside one's markup.
    depth: Option<usize>,
}

impl InlineMarkup {
    /// Handles `event` when it is markup inside a content element (the innermost open element of
    /// `stack`), appending it as HTML to that element's buffer. Returns false for every other
    /// event, which the caller handles.
    fn take(&mut self, event: &Event<'_>, stack: &mut [(String, String)]) -> bool {
        let Some((name, buf)) = stack.last_mut() else {
            return false;
        };
        if !is_content(name) {
            return false;
        }
        match (event, self.depth) {
            (Event::Start(start), depth) => {
                open_tag(buf, start, false);
                self.depth = Some(depth.unwrap_or(0) + 1);
            }
            (Event::Empty(start), _) => open_tag(buf, start, true),
            (Event::Text(t), Some(_)) => escape_into(buf, &t.decode().unwrap_or_default()),
            (Event::CData(t), Some(_)) => escape_into(buf, &String::from_utf8_lossy(t)),
            (Event::GeneralRef(r), Some(_)) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => named_entity(&r.decode().unwrap_or_default()),
                };
                escape_into(buf, &resolved);
            }
            // A child left open (malformed markup) must not keep the content element from
            // closing: its own end tag always closes it.
            (Event::End(end), Some(depth))
                if depth > 0 && end.name().as_ref() != name.as_bytes() =>
            {
                buf.push_str("</");
                buf.push_str(&String::from_utf8_lossy(end.local_name().as_ref()));
                buf.push('>');
                self.depth = Some(depth - 1);
            }
            (Event::End(_), _) => {
                // The content element itself closes.
                self.depth = None;
                return false;
            }
            _ => return false,
        }
        true
    }
}

fn open_tag(buf: &mut String, start: &BytesStart<'_>, empty: bool) {
    buf.push('<');
    buf.push_str(&String::from_utf8_lossy(start.local_name().as_ref()));
    for attr in start.attributes().flatten() {
        let key = String::from_utf8_lossy(attr.key.local_name().as_ref()).into_owned();
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_default();
        buf.push(' ');
        buf.push_str(&key);
        buf.push_str("=\"");
        escape_into(buf, &value);
        buf.push('"');
    }
    buf.push_str(if empty { "/>" } else { ">" });
}

/// Appends text or an attribute value to HTML being rebuilt, escaping what would read as markup.
fn escape_into(buf: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => buf.push_str("&amp;"),
            '"' => buf.push_str("&quot;"),
            '<' => buf.push_str("&lt;"),
            '>' => buf.push_str("&gt;"),
            c => buf.push(c),
        }
    }
}

fn to_document(
    path: &str,
    item: Item,
    feed_title: &Option<String>,
    feed_lang: &Option<String>,
) -> Document {
    // A summary beside the content introduces it (see `Document::lead`).
    let lead = match (&item.content, &item.summary) {
        (Some(_), Some(summary)) => vec![html::text_of_fragment(summary)],
        _ => Vec::new(),
    };
    let body_html = item.content.or(item.summary).unwrap_or_default();
    let (paragraphs, editors) = html::body_and_editors_from_fragment(&body_html);
    Document {
        path: path.to_string(),
        format: Format::Feed,
        title: item.title.map(|t| html::text_of_fragment(&t)),
        source: feed_title.clone(),
        section: item.category,
        url: item.link,
        language: item.language.or_else(|| feed_lang.clone()),
        published: item.published,
        updated: item.updated,
        authors: item.authors,
        editors,
        paragraphs,
        lead,
        guid: item.guid,
    }
}

fn store_item_field(item: &mut Item, name: &str, parent: &str, value: String) {
    if value.is_empty() {
        return;
    }
    match name {
        "title" if item.title.is_none() => item.title = Some(value),
        "link" if item.link.is_none() => item.link = Some(value),
        "guid" | "id" if parent != "source" => item.guid = Some(value),
        "pubDate" | "published" | "dc:date" | "issued" if item.published.is_none() => {
            item.published = Some(value)
        }
        "updated" | "modified" | "atom:updated" | "dcterms:modified" => item.updated = Some(value),
        "dc:creator" | "author" | "name" if name != "name" || parent == "author" => {
            let author = clean_author(&value);
            if !author.is_empty() && !item.authors.contains(&author) {
                item.authors.push(author);
            }
        }
        "content:encoded" => item.content = Some(value),
        "content" if item.content.is_none() => item.content = Some(value),
        "description" | "summary" if item.summary.is_none() => item.summary = Some(value),
        "dc:language" => item.language = Some(value),
        "category" | "dc:subject" if item.category.is_none() => item.category = Some(value),
        _ => {}
    }
}

/// RSS `<author>` is "email (Name)"; Atom's `<author>` wraps `<name>` (handled separately).
fn clean_author(value: &str) -> String {
    let value = value.trim();
    if let (Some(open), true) = (value.find('('), value.ends_with(')')) {
        if value[..open].contains('@') {
            return value[open + 1..value.len() - 1].trim().to_string();
        }
    }
    if value.contains('@') && !value.contains(' ') {
        return String::new();
    }
    // An Atom <author> whose <name> child was already taken carries only whitespace here.
    value.lines().next().unwrap_or("").trim().to_string()
}

fn attribute(start: &BytesStart<'_>, key: &str) -> Option<String> {
    let attr = start.try_get_attribute(key).ok().flatten()?;
    let value = attr
        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
        .ok()?;
    Some(value.to_string())
}

fn take_atom_link(start: &BytesStart<'_>, item: &mut Item) {
    let rel = attribute(start, "rel").unwrap_or_else(|| "alternate".into());
    if let (Some(href), "alternate") = (attribute(start, "href"), rel.as_str()) {
        if item.link.is_none() {
            item.link = Some(href);
        }
    }
}

fn qname(start: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(start.name().as_ref()).into_owned()
}

fn is_item(name: &str) -> bool {
    matches!(name, "item" | "entry" | "rss:item" | "atom:entry")
}

fn is_content(name: &str) -> bool {
    matches!(
        name,
        "content" | "content:encoded" | "summary" | "description"
    )
}

fn push_text(stack: &mut [(String, String)], text: &str) {
    if let Some((_, buf)) = stack.last_mut() {
        buf.push_str(text);
    }
}

/// XML's five entities, plus the HTML ones that careless feeds use without a DTD.
fn named_entity(name: &str) -> String {
    match name {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        "nbsp" => "\u{a0}".into(),
        "laquo" => "«".into(),
        "raquo" => "»".into(),
        "ldquo" => "“".into(),
        "rdquo" => "”".into(),
        "lsquo" => "‘".into(),
        "rsquo" => "’".into(),
        "mdash" => "—".into(),
        "ndash" => "–".into(),
        "hellip" => "…".into(),
        other => format!("&{other};"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire Desk</title><language>en</language>
<item><title>Ministers meet in Reykjavik</title><link>https://example.org/a</link>
<guid isPermaLink="false">a-1</guid><pubDate>Fri, 03 Mar 2023 14:02:00 +0100</pubDate>
<dc:creator>Jane Roe</dc:creator>
<content:encoded><![CDATA[<p>First paragraph of the story.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Escaped body</title><link>https://example.org/b</link>
<description>&lt;p&gt;Escaped &amp;laquo;HTML&amp;raquo; body.&lt;/p&gt;</description></item>
</channel></rss>"#;

    #[test]
    fn rss_items_keep_link_guid_dates_and_authors() {
        let docs = read("f.xml", RSS).unwrap();
        assert_eq!(docs.len(), 2);
        let a = &docs[0];
        assert_eq!(a.title.as_deref(), Some("Ministers meet in Reykjavik"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.guid.as_deref(), Some("a-1"));
        assert_eq!(
            a.published.as_deref(),
            Some("Fri, 03 Mar 2023 14:02:00 +0100")
        );
        assert_eq!(a.authors, ["Jane Roe"]);
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.source.as_deref(), Some("Wire Desk"));
        assert_eq!(a.format, Format::Feed);
    }

    #[test]
    fn atom_xhtml_content_is_read_as_a_page_fragment() {
        // Inline XHTML: the paragraphs nest inside a div, a caption sits in a figure, and text
        // carries entities and markup characters.
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>T</title><id>urn:2</id><summary type="text">Short summary.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<figure><img src="a.jpg" alt="x"/><figcaption>Caption «not body», said nobody.</figcaption></figure>
<p>First paragraph with <em>emphasis</em> &amp; an entity, 3 &lt; 4.</p>
<p>«Second», said the minister.</p></div></content></entry></feed>"#;
        let docs = read("x.xml", atom).unwrap();
        assert_eq!(
            docs[0].paragraphs,
            [
                "First paragraph with emphasis & an entity, 3 < 4.",
                "«Second», said the minister."
            ]
        );
        // The summary beside the content introduces it.
        assert_eq!(docs[0].lead, ["Short summary."]);
    }

    #[test]
    fn prefixed_xhtml_elements_close_as_they_opened() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>T</title><id>urn:3</id><content type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p>One paragraph.</x:p><x:p>Another paragraph.</x:p></x:div></content></entry></feed>"#;
        let docs = read("z.xml", atom).unwrap();
        assert_eq!(docs[0].paragraphs, ["One paragraph.", "Another paragraph."]);
    }

    #[test]
    fn unclosed_xhtml_child_does_not_swallow_the_next_entry() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>A</title><id>urn:a</id><content type="xhtml"><div><p>Alpha body text.</div></content></entry>
<entry><title>B</title><id>urn:b</id><content type="html">&lt;p&gt;Beta body text.&lt;/p&gt;</content></entry></feed>"#;
        let docs = read("y.xml", atom).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].paragraphs, ["Beta body text."]);
        assert!(docs[0].paragraphs.concat().contains("Alpha body text."));
    }

    #[test]
    fn atom_entries_with_link_href() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>T</title><link rel="alternate" href="https://ex.org/t"/><id>urn:1</id>
<published>2023-03-03T14:02:00+01:00</published><updated>2023-03-03T16:00:00+01:00</updated>
<author><name>Ann Lee</name></author><content type="html">&lt;p&gt;Body text here.&lt;/p&gt;</content></entry></feed>"#;
        let docs = read("a.xml", atom).unwrap();
        assert_eq!(docs[0].url.as_deref(), Some("https://ex.org/t"));
        assert_eq!(docs[0].authors, ["Ann Lee"]);
        assert_eq!(
            docs[0].updated.as_deref(),
            Some("2023-03-03T16:00:00+01:00")
        );
        assert_eq!(docs[0].guid.as_deref(), Some("urn:1"));
    }

    #[test]
    fn editor_credit_in_item_content_becomes_editors() {
        let rss = r#"<rss><channel><title>Desk</title><item><title>T</title>
<description>&lt;p&gt;The council met on Friday and adopted the text after a long debate.&lt;/p&gt;&lt;p&gt;Edited by Claire Tremblay&lt;/p&gt;</description></item></channel></rss>"#;
        let docs = read("e.xml", rss).unwrap();
        assert_eq!(docs[0].editors, ["Claire Tremblay"]);
        assert!(docs[0].paragraphs.iter().all(|p| !p.contains("Edited by")));
    }

    #[test]
    fn broken_feed_keeps_items_before_the_error() {
        let broken = "<rss><channel><item><title>One</title><description>Body one.</description></item><item><title>Two</";
        let docs = read("b.xml", broken).unwrap();
        assert_eq!(docs[0].title.as_deref(), Some("One"));
        assert!(read("c.xml", "<rss><channel></channel></rss>").is_err());
    }
}
