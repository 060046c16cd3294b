//! Generic main-content extraction: a Readability-style scorer over the flat tree, followed by
//! conditional cleaning and paragraph-level pruning. No per-site rules: every decision comes from
//! text length, comma counts, link density, tag kinds and class/id hints, so the same code works
//! on pages it has never seen.
//!
//! Passes (each linear in the number of nodes):
//! 1. static facts per element: class/id weight, "unlikely candidate", hidden, boilerplate hint;
//! 2. per attempt: which nodes are removed, then bottom-up statistics (text, link text, commas,
//!    paragraphs, images, inputs, headings) computed once per node;
//! 3. paragraph scores pushed to ancestors, best candidate chosen and widened to its siblings;
//! 4. the chosen subtrees are written out as paragraphs, skipping boilerplate containers.
//!
//! If the result is tiny the scorer is re-run with its filters relaxed (as Readability does),
//! then falls back to all well-formed paragraphs of the page, or to JSON-LD `articleBody`.

use super::dom::{Dom, Tag};
use super::hints;
use regex::Regex;
use std::sync::LazyLock;

/// Page facts that help the extractor: the title (a paragraph repeating it is dropped) and
/// JSON-LD `articleBody` (a last resort when the DOM yields too little).
#[derive(Default)]
pub(crate) struct Hints<'h> {
    pub title: Option<&'h str>,
    pub jsonld_body: Option<&'h str>,
}

/// Class names that hide an element (screen-reader-only text, collapsed widgets).
fn is_hidden_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|c| {
        matches!(
            c,
            "hidden"
                | "hide"
                | "d-none"
                | "sr-only"
                | "screen-reader-text"
                | "screen-reader-only"
                | "visually-hidden"
                | "visuallyhidden"
                | "element-invisible"
                | "element-hidden"
                | "is-hidden"
                | "u-hidden"
                | "offscreen"
        )
    })
}

/// What class/id hints say about one element (cached per distinct class+id string).
#[derive(Clone, Copy, Default)]
struct Hint {
    weight: i16,
    unlikely: bool,
    boiler: bool,
    comments: bool,
}

fn hint_of(f: u16) -> Hint {
    let mut h = Hint::default();
    if f & hints::NEGATIVE != 0 {
        h.weight -= 25;
    }
    if f & hints::POSITIVE != 0 {
        h.weight += 25;
    }
    h.unlikely = f & hints::UNLIKELY != 0 && f & hints::MAYBE == 0;
    h.boiler = f & hints::BOILER != 0;
    h.comments = f & hints::COMMENTS != 0;
    h
}

/// Facts about elements that do not depend on the extraction attempt.
struct Static {
    hint: Vec<Hint>,
    /// Never content: invisible tags, navigation, asides, captions, hidden elements.
    hard: Vec<bool>,
    /// Mostly blockquote text: an embedded post, never furniture.
    embedded_post: Vec<bool>,
}

fn static_facts(dom: &Dom) -> Static {
    let n = dom.len();
    let mut hint = vec![Hint::default(); n];
    let mut hard = vec![false; n];
    for i in 0..n {
        let node = &dom.nodes[i];
        let Some(el) = node.el else { continue };
        let tag = node.tag;
        hard[i] = tag.is_invisible()
            || matches!(
                tag,
                Tag::Nav | Tag::Aside | Tag::Footer | Tag::Figure | Tag::Figcaption | Tag::Input
            );
        for (name, value) in el.attrs() {
            match name {
                "class" if is_hidden_class(value) && !matches!(tag, Tag::Body | Tag::Html) => {
                    hard[i] = true;
                }
                "hidden" => hard[i] = true,
                "style"
                    if value.contains("display:none")
                        || value.contains("display: none")
                        || value.contains("visibility:hidden")
                        || value.contains("visibility: hidden") =>
                {
                    hard[i] = true;
                }
                "role"
                    if matches!(
                        value,
                        "navigation"
                            | "menu"
                            | "menubar"
                            | "complementary"
                            | "dialog"
                            | "alertdialog"
                            | "banner"
                            | "contentinfo"
                    ) =>
                {
                    hard[i] = true;
                }
                _ => {}
            }
        }
        let h = hint_of(dom.flags[i]);
        if (h.comments || dom.flags[i] & hints::PULLQUOTE != 0)
            && !matches!(tag, Tag::Body | Tag::Html)
        {
            hard[i] = true;
        }
        hint[i] = h;
    }
    // Wrappers of embedded posts: mostly blockquote text (class words like "social-embed"
    // would otherwise remove them).
    let mut quote = vec![0u32; n];
    for i in (1..n).rev() {
        if dom.nodes[i].tag == Tag::Blockquote {
            quote[i] = dom.text_len[i];
        }
        let p = dom.nodes[i].parent as usize;
        quote[p] += quote[i];
    }
    let embedded_post = (0..n)
        .map(|i| dom.text_len[i] > 0 && quote[i] * 10 >= dom.text_len[i] * 8)
        .collect();
    Static {
        hint,
        hard,
        embedded_post,
    }
}

#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// Bottom-up statistics for one attempt (removed subtrees contribute nothing).
struct Stats {
    removed: Vec<bool>,
    text: Vec<u32>,
    link: Vec<u32>,
    /// Text reaching the element through inline children only: its own "paragraph" text.
    inline: Vec<u32>,
    inline_commas: Vec<u32>,
    commas: Vec<u32>,
    p: Vec<u32>,
    img: Vec<u32>,
    li: Vec<u32>,
    input: Vec<u32>,
    embed: Vec<u32>,
    heading: Vec<u32>,
    /// Number of links.
    links: Vec<u32>,
}

fn stats(dom: &Dom, st: &Static, flags: Flags) -> Stats {
    let n = dom.len();
    let mut removed = vec![false; n];
    for i in 1..n {
        let node = &dom.nodes[i];
        let p = node.parent as usize;
        removed[i] = removed[p]
            || st.hard[i]
            || (flags.strip_unlikely
                && st.hint[i].unlikely
                && !st.embedded_post[i]
                && !matches!(
                    node.tag,
                    Tag::Body | Tag::Html | Tag::A | Tag::Article | Tag::Main
                ));
    }
    let mut s = Stats {
        removed,
        text: vec![0; n],
        link: vec![0; n],
        inline: vec![0; n],
        inline_commas: vec![0; n],
        commas: vec![0; n],
        p: vec![0; n],
        img: vec![0; n],
        li: vec![0; n],
        input: vec![0; n],
        embed: vec![0; n],
        heading: vec![0; n],
        links: vec![0; n],
    };
    for i in (1..n).rev() {
        let node = &dom.nodes[i];
        if node.tag == Tag::Input || node.tag == Tag::Embed {
            // Counted even when hidden: forms and players mark boilerplate either way.
            let p = node.parent as usize;
            if node.tag == Tag::Input {
                s.input[p] += 1 + s.input[i];
            } else {
                s.embed[p] += 1 + s.embed[i];
            }
        }
        if s.removed[i] {
            continue;
        }
        match node.tag {
            Tag::Text => {
                let t = dom.text_len[i];
                s.text[i] = t;
                s.inline[i] = t;
                let c = dom.commas[i];
                s.commas[i] = c;
                s.inline_commas[i] = c;
            }
            Tag::A => {
                s.link[i] = s.text[i];
                s.links[i] += 1;
            }
            Tag::P => s.p[i] += 1,
            Tag::Img => s.img[i] += 1,
            Tag::Li => s.li[i] += 1,
            t if t.is_heading() => s.heading[i] = s.text[i],
            _ => {}
        }
        let p = node.parent as usize;
        s.text[p] += s.text[i];
        s.link[p] += s.link[i];
        s.commas[p] += s.commas[i];
        s.p[p] += s.p[i];
        s.img[p] += s.img[i];
        s.li[p] += s.li[i];
        s.input[p] += s.input[i];
        s.embed[p] += s.embed[i];
        s.heading[p] += s.heading[i];
        s.links[p] += s.links[i];
        if node.tag.is_inline() {
            s.inline[p] += s.inline[i];
            s.inline_commas[p] += s.inline_commas[i];
        }
    }
    s
}

impl Stats {
    fn link_density(&self, i: usize) -> f32 {
        if self.text[i] == 0 {
            0.0
        } else {
            self.link[i] as f32 / self.text[i] as f32
        }
    }
}

fn tag_base(tag: Tag) -> f32 {
    match tag {
        Tag::Div => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => -3.0,
        t if t.is_heading() => -5.0,
        Tag::Th => -5.0,
        _ => 0.0,
    }
}

/// Elements whose inline text is scored as a paragraph.
fn scorable(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::P
            | Tag::Pre
            | Tag::Td
            | Tag::Div
            | Tag::Section
            | Tag::Article
            | Tag::Main
            | Tag::Blockquote
            | Tag::Dd
            | Tag::Other
            | Tag::Form
    )
}

struct Scores {
    score: Vec<f32>,
    scored: Vec<bool>,
}

fn score(dom: &Dom, st: &Static, s: &Stats, flags: Flags) -> Scores {
    let n = dom.len();
    let mut sc = Scores {
        score: vec![0.0; n],
        scored: vec![false; n],
    };
    for i in 0..n {
        let tag = dom.nodes[i].tag;
        if s.removed[i] || !scorable(tag) {
            continue;
        }
        let len = s.inline[i];
        if len < 25 {
            continue;
        }
        let content = 1.0 + s.inline_commas[i] as f32 + (len as f32 / 100.0).floor().min(3.0);
        // A <p> passes its score to its parent; a container's own text behaves like a <p>
        // child of that container (Readability wraps such text in a paragraph).
        let mut anc = if matches!(tag, Tag::P | Tag::Pre | Tag::Td) {
            dom.nodes[i].parent
        } else {
            i as u32
        };
        let mut level = 0u32;
        while anc != u32::MAX && level < 5 {
            let a = anc as usize;
            if dom.nodes[a].tag == Tag::Root {
                break;
            }
            if !sc.scored[a] {
                sc.scored[a] = true;
                let mut init = tag_base(dom.nodes[a].tag);
                if flags.weight_classes {
                    init += st.hint[a].weight as f32;
                }
                sc.score[a] = init;
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            sc.score[a] += content / div;
            anc = dom.nodes[a].parent;
            level += 1;
        }
    }
    for i in 0..n {
        if sc.scored[i] {
            sc.score[i] *= 1.0 - s.link_density(i);
        }
    }
    sc
}

/// The chosen subtrees, in document order.
fn choose(dom: &Dom, st: &Static, s: &Stats, sc: &Scores, flags: Flags) -> Vec<usize> {
    let n = dom.len();
    let mut top: Vec<usize> = Vec::with_capacity(5);
    for i in 0..n {
        if !sc.scored[i] || matches!(dom.nodes[i].tag, Tag::Html) {
            continue;
        }
        let pos = top.iter().position(|&t| sc.score[i] > sc.score[t]);
        match pos {
            Some(p) => {
                top.insert(p, i);
                top.truncate(5);
            }
            None if top.len() < 5 => top.push(i),
            None => {}
        }
    }
    let body = (0..n).find(|&i| dom.nodes[i].tag == Tag::Body).unwrap_or(0);
    let Some(&first) = top.first() else {
        return vec![body];
    };
    let mut best = first;
    if dom.nodes[best].tag == Tag::Body {
        return vec![best];
    }
    let ancestors = |i: usize| {
        let mut v = Vec::new();
        let mut a = dom.nodes[i].parent;
        while a != u32::MAX {
            v.push(a as usize);
            a = dom.nodes[a as usize].parent;
        }
        v
    };
    // Several strong candidates under one ancestor: the article is that ancestor.
    let alternatives: Vec<Vec<usize>> = top[1..]
        .iter()
        .filter(|&&t| sc.score[t] / sc.score[best] >= 0.75)
        .map(|&t| ancestors(t))
        .collect();
    if alternatives.len() >= 3 {
        let mut parent = dom.nodes[best].parent;
        while parent != u32::MAX && dom.nodes[parent as usize].tag != Tag::Body {
            let p = parent as usize;
            let count = alternatives.iter().filter(|a| a.contains(&p)).count();
            if count >= 3 {
                best = p;
                break;
            }
            parent = dom.nodes[p].parent;
        }
    }
    // Climb while the parent is about as good (the text is spread over several children).
    let mut last = sc.score[best];
    let threshold = last / 3.0;
    let mut parent = dom.nodes[best].parent;
    while parent != u32::MAX
        && !matches!(
            dom.nodes[parent as usize].tag,
            Tag::Body | Tag::Root | Tag::Html
        )
    {
        let p = parent as usize;
        if !sc.scored[p] {
            parent = dom.nodes[p].parent;
            continue;
        }
        let ps = sc.score[p];
        if ps < threshold {
            break;
        }
        if ps > last {
            best = p;
            break;
        }
        last = ps;
        parent = dom.nodes[p].parent;
    }
    // An only child is the same content as its parent.
    loop {
        let p = dom.nodes[best].parent;
        if p == u32::MAX || matches!(dom.nodes[p as usize].tag, Tag::Body | Tag::Root | Tag::Html) {
            break;
        }
        let p = p as usize;
        if dom.children(p).filter(|&c| !s.removed[c]).count() != 1 {
            break;
        }
        best = p;
    }
    // Siblings that look like more of the same article join it.
    let p = dom.nodes[best].parent;
    if p == u32::MAX {
        return vec![best];
    }
    // A wrapper and its only child hold the same text: judge each by the best score along
    // that chain, so an article split into several wrapped sections is gathered whole.
    let chain_score = |mut i: usize| {
        let mut best = if sc.scored[i] { sc.score[i] } else { 0.0 };
        loop {
            let mut kids = dom.children(i).filter(|&c| !s.removed[c]);
            match (kids.next(), kids.next()) {
                (Some(only), None) => {
                    if sc.scored[only] {
                        best = best.max(sc.score[only]);
                    }
                    i = only;
                }
                _ => return best,
            }
        }
    };
    let best_score = chain_score(best);
    let threshold = (best_score * 0.2).max(10.0);
    let best_class = dom.attr(best, "class").unwrap_or("");
    let mut out = Vec::new();
    for c in dom.children(p as usize) {
        if c == best {
            out.push(c);
            continue;
        }
        if s.removed[c] {
            continue;
        }
        let mut bonus = 0.0;
        if !best_class.is_empty() && dom.attr(c, "class") == Some(best_class) {
            bonus = best_score * 0.2;
        }
        if flags.weight_classes && st.hint[c].boiler {
            continue;
        }
        if chain_score(c) + bonus >= threshold {
            out.push(c);
        } else if dom.nodes[c].tag == Tag::P {
            let len = s.text[c];
            let ld = s.link_density(c);
            let prose = (len > 80 && ld < 0.25)
                || (len < 80 && len > 0 && ld == 0.0 && ends_sentence(dom, c));
            if prose {
                out.push(c);
            }
        }
    }
    out
}

fn ends_sentence(dom: &Dom, i: usize) -> bool {
    let t = dom.text(i);
    t.contains(". ") || t.ends_with('.')
}

/// "Read more: <link>" and its equivalents in the languages we read.
static READ_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:read (?:more|also)|see also|related|more on this|à lire aussi|lire aussi|voir aussi|leer más|lea también|ver también|lesen sie auch|mehr zum thema|auch interessant|leggi anche|читайте также)\s*[:：]").unwrap()
});

/// Writes paragraphs of the chosen subtrees.
struct Emitter<'d, 'a> {
    dom: &'d Dom<'a>,
    st: &'d Static,
    s: &'d Stats,
    sc: &'d Scores,
    flags: Flags,
    /// Inside a feed fragment nothing is scored away.
    keep_all: bool,
    out: Vec<String>,
    /// Whether each paragraph of `out` is a heading.
    headings: Vec<bool>,
    /// The buffer holds a heading's text.
    in_heading: bool,
    buf: String,
    link_chars: usize,
    root_text: u32,
}

impl Emitter<'_, '_> {
    fn flush(&mut self) {
        if self.buf.is_empty() {
            self.in_heading = false;
            return;
        }
        let p = crate::sanitize::collapse_whitespace(&self.buf);
        let link = self.link_chars;
        self.buf.clear();
        self.link_chars = 0;
        if p.is_empty() {
            self.in_heading = false;
            return;
        }
        let len = p.chars().count();
        // A paragraph made of links (a "read more" list, a tag line) is navigation; in a feed
        // item only an explicit "Read more:" pointer is.
        let navigation = if self.keep_all {
            link * 2 >= len && READ_MORE.is_match(&p)
        } else {
            link * 10 >= len * 8 && len < 400
        };
        if navigation {
            self.in_heading = false;
            return;
        }
        self.out.push(p);
        self.headings.push(std::mem::take(&mut self.in_heading));
    }

    /// Whether element `j` inside the chosen content is boilerplate to skip.
    fn skip(&self, j: usize) -> bool {
        let tag = self.dom.nodes[j].tag;
        if self.keep_all {
            return false;
        }
        if tag == Tag::H1 || tag == Tag::Header {
            return true;
        }
        let s = self.s;
        if tag.is_inline() {
            // A cluster of links inside a sentence (a hover card, an inline "related" box) is
            // not part of the sentence.
            return tag == Tag::Inline
                && s.links[j] >= 2
                && s.text[j] >= 40
                && s.link[j] * 10 >= s.text[j] * 9;
        }
        if self.st.embedded_post[j] {
            // A wrapper around an embedded post (a tweet) is quoted material, not furniture.
            return false;
        }
        let hint = self.st.hint[j];
        if self.flags.weight_classes && hint.boiler && s.text[j] * 3 < self.root_text.max(1200) {
            return true;
        }
        if !self.flags.clean_conditionally {
            return false;
        }
        let is_list = matches!(tag, Tag::Ul | Tag::Ol);
        if !matches!(
            tag,
            Tag::Div
                | Tag::Section
                | Tag::Table
                | Tag::Ul
                | Tag::Ol
                | Tag::Form
                | Tag::Other
                | Tag::Dl
        ) {
            return false;
        }
        let weight = if self.flags.weight_classes {
            hint.weight as f32
        } else {
            0.0
        };
        let score = if self.sc.scored[j] {
            self.sc.score[j]
        } else {
            0.0
        };
        if weight + score < 0.0 {
            return true;
        }
        if s.commas[j] >= 10 {
            return false;
        }
        let p = s.p[j] as f32;
        let img = s.img[j] as f32;
        let li = s.li[j] as f32 - 100.0;
        let input = s.input[j] as f32;
        let len = s.text[j];
        let heading_density = if len == 0 {
            0.0
        } else {
            s.heading[j] as f32 / len as f32
        };
        let ld = s.link_density(j);
        (img > 1.0 && p / img < 0.5)
            || (!is_list && li > p)
            || (input > (p / 3.0).floor())
            || (!is_list && heading_density < 0.9 && len < 25 && (img == 0.0 || img > 2.0))
            || (!is_list && weight < 25.0 && ld > 0.2)
            || (weight >= 25.0 && ld > 0.5)
            || (s.embed[j] == 1 && len < 75)
            || s.embed[j] > 1
    }

    fn emit(&mut self, root: usize) {
        let dom = self.dom;
        let end = dom.nodes[root].end as usize;
        self.root_text = self.s.text[root];
        let mut closes: Vec<usize> = Vec::new();
        let mut link_end = 0usize;
        let mut brs = 0u32;
        let mut j = root + 1;
        if dom.nodes[root].tag == Tag::Text {
            self.buf.push_str(dom.nodes[root].text);
        }
        while j < end {
            while let Some(&e) = closes.last() {
                if j >= e {
                    closes.pop();
                    self.flush();
                } else {
                    break;
                }
            }
            let node = &dom.nodes[j];
            if self.s.removed[j] || (node.tag != Tag::Text && self.skip(j)) {
                j = node.end as usize;
                continue;
            }
            match node.tag {
                Tag::Text => {
                    if !node.text.trim().is_empty() {
                        brs = 0;
                        if j < link_end {
                            self.link_chars += node.text.trim().chars().count();
                        }
                    }
                    self.buf.push_str(node.text);
                }
                Tag::Br => {
                    brs += 1;
                    if brs >= 2 {
                        self.flush();
                    } else {
                        self.buf.push('\n');
                    }
                }
                Tag::A => {
                    if link_end <= j {
                        link_end = node.end as usize;
                    }
                }
                t if t.is_inline() => {}
                t => {
                    brs = 0;
                    self.flush();
                    self.in_heading = t.is_heading();
                    closes.push(node.end as usize);
                }
            }
            j += 1;
        }
        self.flush();
    }
}

fn run(dom: &Dom, st: &Static, flags: Flags) -> Vec<String> {
    let s = stats(dom, st, flags);
    let sc = score(dom, st, &s, flags);
    let roots = choose(dom, st, &s, &sc, flags);
    let mut em = Emitter {
        dom,
        st,
        s: &s,
        sc: &sc,
        flags,
        keep_all: false,
        out: Vec::new(),
        headings: Vec::new(),
        in_heading: false,
        buf: String::new(),
        link_chars: 0,
        root_text: 0,
    };
    for r in roots {
        em.emit(r);
        em.flush();
    }
    prune(em.out, &em.headings)
}

/// Paragraph-level clean-up at the end of the body: a heading with nothing after it labels a
/// removed section ("You may also like"), and a line ending in a colon labels removed items
/// ("Tags:", "Share this:").
fn prune(mut paras: Vec<String>, headings: &[bool]) -> Vec<String> {
    while let Some(last) = paras.last() {
        let label = last.trim_end().ends_with([':', '：']) && last.split_whitespace().count() <= 4;
        if headings[paras.len() - 1] || label {
            paras.pop();
        } else {
            break;
        }
    }
    paras
}

fn total_len(paras: &[String]) -> usize {
    paras.iter().map(|p| p.len()).sum()
}

/// The article body of a whole page.
pub(crate) fn extract(dom: &Dom, hints: &Hints) -> Vec<String> {
    let st = static_facts(dom);
    let attempts = [
        Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
    let mut best: Vec<String> = Vec::new();
    for flags in attempts {
        let paras = run(dom, &st, flags);
        if total_len(&paras) > 2 * total_len(&best) {
            best = paras;
        }
        if total_len(&best) >= 500 {
            break;
        }
    }
    if let Some(title) = hints.title {
        let t = title.trim();
        best.retain(|p| !p.eq_ignore_ascii_case(t));
    }
    if let Some(body) = hints.jsonld_body {
        let found = total_len(&best);
        if body.len() > 2 * found.max(100) {
            let paras: Vec<String> = body
                .split('\n')
                .map(crate::sanitize::collapse_whitespace)
                .filter(|p| !p.is_empty())
                .collect();
            if !paras.is_empty() {
                return paras;
            }
        }
    }
    best
}

/// Paragraphs of subtrees a site profile named as the body, written out by the same emitter as
/// the generic extractor so both paths clean text alike. Nothing is scored: only never-visible
/// elements (scripts, navigation, captions, hidden blocks), the profile's `excluded` subtrees and
/// lines made of links are dropped, because the profile already says where the article is.
pub(crate) fn subtrees(dom: &Dom, roots: &[usize], excluded: &[bool]) -> Vec<String> {
    let mut st = static_facts(dom);
    for (i, &e) in excluded.iter().enumerate() {
        if e {
            st.hard[i] = true;
        }
    }
    // A body the profile names is visible even if it or an ancestor looks like furniture.
    for &r in roots {
        st.hard[r] = excluded.get(r).copied().unwrap_or(false);
        let mut a = dom.nodes[r].parent;
        while a != u32::MAX {
            st.hard[a as usize] = false;
            a = dom.nodes[a as usize].parent;
        }
    }
    let flags = Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
    };
    let s = stats(dom, &st, flags);
    let sc = Scores {
        score: Vec::new(),
        scored: Vec::new(),
    };
    let mut em = Emitter {
        dom,
        st: &st,
        s: &s,
        sc: &sc,
        flags,
        keep_all: false,
        out: Vec::new(),
        headings: Vec::new(),
        in_heading: false,
        buf: String::new(),
        link_chars: 0,
        root_text: 0,
    };
    for &r in roots {
        if s.removed[r] {
            continue;
        }
        em.emit(r);
        em.flush();
    }
    prune(em.out, &em.headings)
}

/// Every paragraph of a fragment known to be body text (a feed item): only invisible elements
/// (scripts, styles, captions) are left out.
pub(crate) fn fragment(dom: &Dom) -> Vec<String> {
    let st = static_facts(dom);
    let flags = Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
    };
    let s = stats(dom, &st, flags);
    let sc = Scores {
        score: Vec::new(),
        scored: Vec::new(),
    };
    let mut em = Emitter {
        dom,
        st: &st,
        s: &s,
        sc: &sc,
        flags,
        keep_all: true,
        out: Vec::new(),
        headings: Vec::new(),
        in_heading: false,
        buf: String::new(),
        link_chars: 0,
        root_text: 0,
    };
    if dom.len() > 0 {
        em.emit(0);
    }
    em.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn body_of(html: &str, hints: &Hints) -> Vec<String> {
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        extract(&dom, hints)
    }

    const PROSE: &str = "The delegations met for several hours on Tuesday, officials said, and agreed to resume the talks next month in Geneva, although the main disagreements remain.";

    #[test]
    fn trailing_labels_and_orphan_headings_are_pruned() {
        let paras = vec!["Body.".to_string(), "Tags:".to_string(), "More".to_string()];
        assert_eq!(prune(paras, &[false, false, true]), vec!["Body."]);
        let paras = vec!["Intro".to_string(), "Body.".to_string()];
        assert_eq!(prune(paras, &[true, false]), vec!["Intro", "Body."]);
    }

    #[test]
    fn link_lists_inside_the_article_are_dropped() {
        let html = format!(
            "<html><body><div class=\"article-body\"><p>{PROSE}</p>\
             <p><a href=\"/a\">Another story about the talks in Geneva</a></p><p>{PROSE}</p></div></body></html>"
        );
        assert_eq!(body_of(&html, &Hints::default()), vec![PROSE, PROSE]);
    }

    #[test]
    fn jsonld_body_rescues_a_script_rendered_page() {
        let html = "<html><body><div id=\"app\">Loading…</div></body></html>";
        let body = format!("{PROSE}\n\n{PROSE}");
        let hints = Hints {
            title: None,
            jsonld_body: Some(&body),
        };
        assert_eq!(body_of(html, &hints), vec![PROSE, PROSE]);
    }

    #[test]
    fn a_paragraph_repeating_the_title_is_dropped() {
        let html = format!(
            "<html><body><div class=\"content\"><h2>Talks resume</h2><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let hints = Hints {
            title: Some("Talks resume"),
            jsonld_body: None,
        };
        assert_eq!(body_of(&html, &hints), vec![PROSE, PROSE]);
    }
}
