//! A flat, pre-order copy of the parsed tree. Every later pass (metadata, scoring, paragraph
//! output) is a linear scan over this array: a subtree is the index range `i..end`, the parent is
//! one lookup away, and per-node statistics live in plain vectors indexed like the nodes. That
//! keeps the extractor linear in the page size and avoids walking `ego_tree` links repeatedly.

use scraper::node::Element;
use scraper::{Html, Node as HtmlNode};

/// Element names the reader cares about; everything else is `Other` (treated as a block) or
/// `Inline` (known phrasing elements).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Text,
    Root,
    A,
    P,
    Div,
    Br,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Li,
    Ul,
    Ol,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Td,
    Th,
    Blockquote,
    Pre,
    Section,
    Article,
    Main,
    Header,
    Footer,
    Nav,
    Aside,
    Figure,
    Figcaption,
    Form,
    Img,
    Time,
    Title,
    Meta,
    Link,
    Html,
    Body,
    Head,
    Script,
    Style,
    /// Elements whose content is never visible text (noscript, template, svg, iframe, buttons...).
    Invisible,
    /// Form controls: they count towards the "too many inputs" boilerplate rule.
    Input,
    /// Embedded media players.
    Embed,
    Inline,
    Other,
}

impl Tag {
    fn from_name(name: &str) -> Tag {
        match name {
            "a" => Tag::A,
            "p" => Tag::P,
            "div" => Tag::Div,
            "br" => Tag::Br,
            "h1" => Tag::H1,
            "h2" => Tag::H2,
            "h3" => Tag::H3,
            "h4" => Tag::H4,
            "h5" => Tag::H5,
            "h6" => Tag::H6,
            "li" => Tag::Li,
            "ul" | "menu" => Tag::Ul,
            "ol" => Tag::Ol,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "table" => Tag::Table,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "blockquote" => Tag::Blockquote,
            "pre" => Tag::Pre,
            "section" => Tag::Section,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "form" => Tag::Form,
            "img" | "picture" => Tag::Img,
            "time" => Tag::Time,
            "title" => Tag::Title,
            "meta" => Tag::Meta,
            "link" => Tag::Link,
            "html" => Tag::Html,
            "body" => Tag::Body,
            "head" => Tag::Head,
            "script" => Tag::Script,
            "style" => Tag::Style,
            "noscript" | "template" | "svg" | "math" | "iframe" | "object" | "canvas" | "map"
            | "dialog" | "head-" | "datalist" => Tag::Invisible,
            "input" | "select" | "option" | "textarea" | "button" => Tag::Input,
            "embed" | "video" | "audio" => Tag::Embed,
            "span" | "b" | "strong" | "em" | "i" | "u" | "font" | "small" | "big" | "sup"
            | "sub" | "abbr" | "acronym" | "cite" | "code" | "q" | "mark" | "label" | "s"
            | "strike" | "del" | "ins" | "tt" | "kbd" | "var" | "dfn" | "bdi" | "bdo" | "wbr"
            | "data" | "nobr" | "samp" => Tag::Inline,
            _ => Tag::Other,
        }
    }

    /// Phrasing content: it continues the current paragraph instead of starting a new one.
    pub(crate) fn is_inline(self) -> bool {
        matches!(
            self,
            Tag::Text | Tag::A | Tag::Inline | Tag::Time | Tag::Img | Tag::Br | Tag::Input
        )
    }

    pub(crate) fn is_heading(self) -> bool {
        matches!(self, Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
    }

    /// Never visible as text, whatever the page says.
    pub(crate) fn is_invisible(self) -> bool {
        matches!(
            self,
            Tag::Script | Tag::Style | Tag::Invisible | Tag::Head | Tag::Title | Tag::Meta | Tag::Link
        )
    }
}

/// One node of the flat tree.
pub(crate) struct DomNode<'a> {
    pub tag: Tag,
    pub el: Option<&'a Element>,
    /// Text content for `Tag::Text`, empty otherwise.
    pub text: &'a str,
    pub parent: u32,
    /// One past the last node of this node's subtree.
    pub end: u32,
}

/// The flat tree plus raw text lengths (visible text only: scripts and styles excluded).
pub(crate) struct Dom<'a> {
    pub nodes: Vec<DomNode<'a>>,
    /// Length of the visible text in each subtree (see [`visible_len`]).
    pub text_len: Vec<u32>,
    /// Commas in each text node (zero for elements).
    pub commas: Vec<u32>,
}

impl<'a> Dom<'a> {
    pub(crate) fn build(html: &'a Html) -> Dom<'a> {
        let mut nodes: Vec<DomNode<'a>> = Vec::with_capacity(1024);
        let root = html.tree.root();
        let mut stack = vec![(root, u32::MAX)];
        while let Some((node, parent)) = stack.pop() {
            let (tag, el, text) = match node.value() {
                HtmlNode::Element(e) => (Tag::from_name(e.name()), Some(e), ""),
                HtmlNode::Text(t) => (Tag::Text, None, &**t),
                HtmlNode::Document | HtmlNode::Fragment => (Tag::Root, None, ""),
                _ => continue,
            };
            let index = nodes.len() as u32;
            nodes.push(DomNode {
                tag,
                el,
                text,
                parent,
                end: index + 1,
            });
            let mut child = node.last_child();
            while let Some(c) = child {
                stack.push((c, index));
                child = c.prev_sibling();
            }
        }
        let n = nodes.len();
        let mut text_len = vec![0u32; n];
        let mut commas = vec![0u32; n];
        for i in (1..n).rev() {
            let node = &nodes[i];
            if node.tag == Tag::Text && !nodes[node.parent as usize].tag.is_invisible() {
                text_len[i] = visible_len(node.text);
                if text_len[i] > 0 {
                    commas[i] = commas_in(node.text);
                }
            }
            let p = node.parent as usize;
            let end = node.end;
            if nodes[p].end < end {
                nodes[p].end = end;
            }
            if !nodes[i].tag.is_invisible() {
                text_len[p] += text_len[i];
            }
        }
        Dom {
            nodes,
            text_len,
            commas,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        self.nodes[i].el.and_then(|e| e.attr(name))
    }

    pub(crate) fn tag(&self, i: usize) -> Tag {
        self.nodes[i].tag
    }

    pub(crate) fn name(&self, i: usize) -> &'a str {
        self.nodes[i].el.map(|e| e.name()).unwrap_or("")
    }

    /// Element children of `i`, in order.
    pub(crate) fn children(&self, i: usize) -> Children<'_, 'a> {
        Children {
            dom: self,
            next: i + 1,
            end: self.nodes[i].end as usize,
        }
    }

    /// Visible text of a subtree with whitespace collapsed; block boundaries and `<br>` become
    /// spaces. Meant for short elements (titles, bylines, dates).
    pub(crate) fn text(&self, i: usize) -> String {
        let mut out = String::new();
        let end = self.nodes[i].end as usize;
        let mut j = i + 1;
        if self.nodes[i].tag == Tag::Text {
            out.push_str(self.nodes[i].text);
        }
        while j < end {
            let node = &self.nodes[j];
            if node.tag.is_invisible() {
                j = node.end as usize;
                continue;
            }
            match node.tag {
                Tag::Text => out.push_str(node.text),
                Tag::Inline | Tag::A | Tag::Time => {}
                _ => out.push(' '),
            }
            j += 1;
        }
        crate::sanitize::collapse_whitespace(&out)
    }

    /// Raw text of a `<script>`/`<title>` element (its text children, uncollapsed).
    pub(crate) fn raw_text(&self, i: usize) -> String {
        let mut out = String::new();
        for j in i + 1..self.nodes[i].end as usize {
            if self.nodes[j].tag == Tag::Text {
                out.push_str(self.nodes[j].text);
            }
        }
        out
    }
}

pub(crate) struct Children<'d, 'a> {
    dom: &'d Dom<'a>,
    next: usize,
    end: usize,
}

impl Iterator for Children<'_, '_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        while self.next < self.end {
            let i = self.next;
            self.next = self.dom.nodes[i].end as usize;
            if self.dom.nodes[i].tag != Tag::Text {
                return Some(i);
            }
        }
        None
    }
}

/// Length of text as a reader sees it: non-space characters plus one per inner space run
/// (a byte scan: ASCII whitespace separates, every other character counts once).
pub(crate) fn visible_len(s: &str) -> u32 {
    let mut n = 0u32;
    let mut in_space = true;
    for &b in s.as_bytes() {
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c) {
            if !in_space {
                n += 1;
                in_space = true;
            }
        } else if b & 0xc0 != 0x80 {
            n += 1;
            in_space = false;
        }
    }
    n
}

/// Commas (Latin, Arabic, CJK), a sign of running prose rather than navigation.
pub(crate) fn commas_in(s: &str) -> u32 {
    let mut n = s.bytes().filter(|&b| b == b',').count() as u32;
    if !s.is_ascii() {
        n += s
            .chars()
            .filter(|&c| matches!(c, '،' | '﹐' | '︐' | '︑' | '⹀' | '⸲' | '，' | '、'))
            .count() as u32;
    }
    n
}
