//! What class, id, itemprop and rel words say about an element ("comment", "share",
//! "article-body", "byline"...). Every hint pattern is about single words, so each
//! whitespace-separated token is matched once and its answer cached per thread, across pages:
//! templates reuse the same few thousand tokens, and regex matching them again on every page
//! would cost more than the rest of the extractor.

use super::dom::Dom;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Readability's "unlikely candidate" words: removed before scoring unless `MAYBE` also matches.
pub(crate) const UNLIKELY: u16 = 1;
/// Words that rescue an unlikely-looking element.
pub(crate) const MAYBE: u16 = 1 << 1;
/// Words of article containers.
pub(crate) const POSITIVE: u16 = 1 << 2;
/// Words of page furniture.
pub(crate) const NEGATIVE: u16 = 1 << 3;
/// Words that mark a block as furniture even inside the article container.
pub(crate) const BOILER: u16 = 1 << 4;
/// Tokens that start with a comment-thread word: never article text.
pub(crate) const COMMENTS: u16 = 1 << 5;
/// Bylines.
pub(crate) const BYLINE: u16 = 1 << 6;
/// Places where an author-like word is not the article's byline (comments, bios, photos).
pub(crate) const BYLINE_EXCLUDE: u16 = 1 << 7;
/// Breadcrumb trails.
pub(crate) const CRUMB: u16 = 1 << 8;
/// Section kickers ("World", "Press Statement") near the headline.
pub(crate) const KICKER: u16 = 1 << 9;
/// Dates and other meta lines.
pub(crate) const DATE: u16 = 1 << 10;
/// Update stamps.
pub(crate) const UPDATE: u16 = 1 << 11;
/// Pull quotes: a body quote printed again in large type. Never content, even as a blockquote
/// (which would otherwise pass for an embedded post).
pub(crate) const PULLQUOTE: u16 = 1 << 12;

/// Reference definition of every hint, as regexes over one lowercased token. The matcher below
/// ([`token_flags`]) implements exactly these patterns with one Aho-Corasick pass over the
/// token (regexes cost ~10k instructions per new token, and nearly every token of a new site is
/// new); a test checks the two agree. Edit both together.
#[cfg(test)]
const PATTERNS: [(u16, &str); 13] = [
    (
        UNLIKELY,
        r"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|outbrain|taboola",
    ),
    (MAYBE, r"and|article|body|column|content|main|shadow"),
    (
        POSITIVE,
        r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
    ),
    (
        NEGATIVE,
        r"-ad-|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|legende|credit|cookie|newsletter|subscri|breadcrumb|social",
    ),
    (
        BOILER,
        r"(?:^|[_-])(?:share|sharing|sharedaddy|social|related|recommend[a-z]*|newsletter|subscri[a-z]*|cookies?|consent|comments?|caption|legende?|credits?|breadcrumbs?|ariane|tags?|promo[a-z]*|advert[a-z]*|ads?|adv|sponsor[a-z]*|outbrain|taboola|read-?more|readmore|lire-aussi|see-also|also-read|more-stories|toolbar|tools|outils|byline|author|authors|dateline|signup|paywall|print|pagination|pager|nav|navigation|menu|widget|popup|modal|rating|disclaimer|copyright|rights|date|time|timestamp|auteur|autor|infos?|meta|metadata|posted|published|chapo|chapeau|dek|standfirst|signoff|sign-off|kicker|teaser|bajada|introtext|kuerzel)(?:$|[_-])|^(?:pic|photo|picture|image|img|gallery|slideshow)(?:$|[_-])",
    ),
    (
        COMMENTS,
        r"^(?:comments?|commentlist|disqus|replies|respond|reactions)(?:$|[_-])",
    ),
    (
        BYLINE,
        r"author|byline|auteur|autor|signature|firma|writer|reporter|journalist",
    ),
    (
        BYLINE_EXCLUDE,
        r"comment|related|sidebar|footer|bio|avatar|img|photo|image",
    ),
    (CRUMB, r"breadcrumb|ariane|crumbs|^position$|^location$"),
    (
        KICKER,
        r"kicker|eyebrow|rubri|content-type|overline|surtitre|section-name|category-name",
    ),
    (
        DATE,
        r"date|time|publi|posted|datum|fecha|dateline|timestamp|horodat|meta|info",
    ),
    (UPDATE, r"updat|modif|aktualisiert|actualiz"),
    (PULLQUOTE, r"pull[-_]?quote"),
];

/// Where a literal must sit in the token for its hint to apply.
#[derive(Clone, Copy)]
enum Place {
    /// Anywhere.
    Anywhere,
    /// The whole token.
    Whole,
    /// A `-`/`_`-delimited part (`(?:^|[_-])word(?:$|[_-])`).
    Part,
    /// Like `Part`, the word followed by any lowercase letters (`recommend[a-z]*`).
    PartStem,
    /// At the start of the token, followed by its end or `-`/`_`.
    Head,
}

/// The hint patterns as literals, each with where it must sit (see [`PATTERNS`]).
const LITERALS: &[(u16, Place, &[&str])] = &[
    (
        UNLIKELY,
        Place::Anywhere,
        &[
            "-ad-",
            "ai2html",
            "banner",
            "breadcrumb",
            "combx",
            "comment",
            "community",
            "cover-wrap",
            "disqus",
            "extra",
            "footer",
            "gdpr",
            "header",
            "legends",
            "menu",
            "related",
            "remark",
            "replies",
            "rss",
            "shoutbox",
            "sidebar",
            "skyscraper",
            "social",
            "sponsor",
            "supplemental",
            "ad-break",
            "agegate",
            "pagination",
            "pager",
            "popup",
            "yom-remote",
            "cookie",
            "consent",
            "newsletter",
            "outbrain",
            "taboola",
        ],
    ),
    (
        MAYBE,
        Place::Anywhere,
        &[
            "and", "article", "body", "column", "content", "main", "shadow",
        ],
    ),
    (
        POSITIVE,
        Place::Anywhere,
        &[
            "article",
            "body",
            "content",
            "entry",
            "hentry",
            "h-entry",
            "main",
            "page",
            "pagination",
            "post",
            "text",
            "blog",
            "story",
        ],
    ),
    (
        NEGATIVE,
        Place::Anywhere,
        &[
            "-ad-",
            "hidden",
            "banner",
            "combx",
            "comment",
            "com-",
            "contact",
            "footer",
            "gdpr",
            "masthead",
            "media",
            "meta",
            "outbrain",
            "promo",
            "related",
            "scroll",
            "share",
            "shoutbox",
            "sidebar",
            "skyscraper",
            "sponsor",
            "shopping",
            "tags",
            "widget",
            "caption",
            "legende",
            "credit",
            "cookie",
            "newsletter",
            "subscri",
            "breadcrumb",
            "social",
        ],
    ),
    (NEGATIVE, Place::Whole, &["hid"]),
    (
        BOILER,
        Place::Part,
        &[
            "share",
            "sharing",
            "sharedaddy",
            "social",
            "related",
            "newsletter",
            "cookie",
            "cookies",
            "consent",
            "comment",
            "comments",
            "caption",
            "legend",
            "legende",
            "credit",
            "credits",
            "breadcrumb",
            "breadcrumbs",
            "ariane",
            "tag",
            "tags",
            "ad",
            "ads",
            "adv",
            "outbrain",
            "taboola",
            "readmore",
            "read-more",
            "lire-aussi",
            "see-also",
            "also-read",
            "more-stories",
            "toolbar",
            "tools",
            "outils",
            "byline",
            "author",
            "authors",
            "dateline",
            "signup",
            "paywall",
            "print",
            "pagination",
            "pager",
            "nav",
            "navigation",
            "menu",
            "widget",
            "popup",
            "modal",
            "rating",
            "disclaimer",
            "copyright",
            "rights",
            "date",
            "time",
            "timestamp",
            "auteur",
            "autor",
            "info",
            "infos",
            "meta",
            "metadata",
            "posted",
            "published",
            "chapo",
            "chapeau",
            "dek",
            "standfirst",
            "signoff",
            "sign-off",
            "kicker",
            "teaser",
            "bajada",
            "introtext",
            "kuerzel",
        ],
    ),
    (
        BOILER,
        Place::PartStem,
        &["recommend", "subscri", "promo", "advert", "sponsor"],
    ),
    (
        BOILER,
        Place::Head,
        &[
            "pic",
            "photo",
            "picture",
            "image",
            "img",
            "gallery",
            "slideshow",
        ],
    ),
    (
        COMMENTS,
        Place::Head,
        &[
            "comment",
            "comments",
            "commentlist",
            "disqus",
            "replies",
            "respond",
            "reactions",
        ],
    ),
    (
        BYLINE,
        Place::Anywhere,
        &[
            "author",
            "byline",
            "auteur",
            "autor",
            "signature",
            "firma",
            "writer",
            "reporter",
            "journalist",
        ],
    ),
    (
        BYLINE_EXCLUDE,
        Place::Anywhere,
        &[
            "comment", "related", "sidebar", "footer", "bio", "avatar", "img", "photo", "image",
        ],
    ),
    (CRUMB, Place::Anywhere, &["breadcrumb", "ariane", "crumbs"]),
    (CRUMB, Place::Whole, &["position", "location"]),
    (
        KICKER,
        Place::Anywhere,
        &[
            "kicker",
            "eyebrow",
            "rubri",
            "content-type",
            "overline",
            "surtitre",
            "section-name",
            "category-name",
        ],
    ),
    (
        DATE,
        Place::Anywhere,
        &[
            "date",
            "time",
            "publi",
            "posted",
            "datum",
            "fecha",
            "dateline",
            "timestamp",
            "horodat",
            "meta",
            "info",
        ],
    ),
    (
        UPDATE,
        Place::Anywhere,
        &["updat", "modif", "aktualisiert", "actualiz"],
    ),
    (
        PULLQUOTE,
        Place::Anywhere,
        &["pullquote", "pull-quote", "pull_quote"],
    ),
];

/// All literals in one automaton; each distinct literal carries every (flag, place) it stands
/// for.
struct Matcher {
    ac: AhoCorasick,
    rules: Vec<Vec<(u16, Place)>>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut literals: Vec<&str> = Vec::new();
    let mut rules: Vec<Vec<(u16, Place)>> = Vec::new();
    for &(flag, place, words) in LITERALS {
        for &w in words {
            let id = match literals.iter().position(|&l| l == w) {
                Some(id) => id,
                None => {
                    literals.push(w);
                    rules.push(Vec::new());
                    literals.len() - 1
                }
            };
            rules[id].push((flag, place));
        }
    }
    let ac = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(&literals)
        .expect("valid literals");
    Matcher { ac, rules }
});

fn is_sep(b: u8) -> bool {
    b == b'-' || b == b'_'
}

/// Hints of one lowercased token: every literal occurrence is found in one overlapping
/// Aho-Corasick pass, then checked against where its pattern requires it to sit.
fn token_flags(token: &str) -> u16 {
    let m = &*MATCHER;
    let bytes = token.as_bytes();
    let mut out = 0;
    for hit in m.ac.find_overlapping_iter(token) {
        let (s, e) = (hit.start(), hit.end());
        for &(flag, place) in &m.rules[hit.pattern().as_usize()] {
            if out & flag != 0 {
                continue;
            }
            let ok = match place {
                Place::Anywhere => true,
                Place::Whole => s == 0 && e == bytes.len(),
                Place::Head => s == 0 && (e == bytes.len() || is_sep(bytes[e])),
                Place::Part | Place::PartStem => {
                    let mut e = e;
                    if matches!(place, Place::PartStem) {
                        while e < bytes.len() && bytes[e].is_ascii_lowercase() {
                            e += 1;
                        }
                    }
                    (s == 0 || is_sep(bytes[s - 1])) && (e == bytes.len() || is_sep(bytes[e]))
                }
            };
            if ok {
                out |= flag;
            }
        }
    }
    out
}

/// FxHash: tokens are short and trusted to be few, so a fast non-keyed hash is enough.
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Cache = HashMap<Box<str>, u16, BuildHasherDefault<Fx>>;

thread_local! {
    static CACHE: RefCell<(Cache, String)> = RefCell::new((Cache::default(), String::new()));
}

/// Bounds the per-thread cache on a long run over many different sites.
const MAX_CACHED: usize = 200_000;

/// Hints of every element of a page, in one cache borrow: from class and id (what the content
/// scorer trusts), and from itemprop and rel (extra evidence for bylines and dates).
pub(crate) fn page_flags(dom: &Dom) -> (Vec<u16>, Vec<u16>) {
    CACHE.with(|cell| {
        let mut guard = cell.borrow_mut();
        let (cache, lower) = &mut *guard;
        let mut class_id = vec![0; dom.nodes.len()];
        let mut extra = vec![0; dom.nodes.len()];
        for (i, node) in dom.nodes.iter().enumerate() {
            let Some(el) = node.el else { continue };
            for (k, value) in el.attrs() {
                match k {
                    "class" | "id" => class_id[i] |= value_flags(value, cache, lower),
                    "itemprop" | "rel" => extra[i] |= value_flags(value, cache, lower),
                    _ => {}
                }
            }
        }
        (class_id, extra)
    })
}

/// Union of the hints of every token of the given attribute values.
#[cfg(test)]
pub(crate) fn flags<'v>(values: impl Iterator<Item = &'v str>) -> u16 {
    CACHE.with(|cell| {
        let mut guard = cell.borrow_mut();
        let (cache, lower) = &mut *guard;
        values.fold(0, |acc, v| acc | value_flags(v, cache, lower))
    })
}

fn value_flags(value: &str, cache: &mut Cache, lower: &mut String) -> u16 {
    let mut out = 0;
    for token in value.split_ascii_whitespace() {
        // Generated ids ("comment-949868", "post-228417", "IOQG5NQC...") would each miss the
        // cache: the words before the first digit carry the hint.
        let token = match token.find(|c: char| c.is_ascii_digit()) {
            Some(d) => &token[..d],
            None => token,
        };
        if token.is_empty() || token.len() > 48 {
            continue;
        }
        let key: &str = if token.bytes().any(|b| b.is_ascii_uppercase()) {
            lower.clear();
            lower.push_str(token);
            lower.make_ascii_lowercase();
            lower
        } else {
            token
        };
        let f = match cache.get(key) {
            Some(&f) => f,
            None => {
                let f = token_flags(key);
                if cache.len() >= MAX_CACHED {
                    cache.clear();
                }
                cache.insert(key.into(), f);
                f
            }
        };
        out |= f;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The literal matcher gives exactly the flags of the reference regexes, on every token of
    /// the sample pages and on tokens built from pieces of the patterns.
    #[test]
    fn matcher_agrees_with_reference_patterns() {
        use regex::Regex;
        let each: Vec<(u16, Regex)> = PATTERNS
            .iter()
            .map(|(f, p)| (*f, Regex::new(p).unwrap()))
            .collect();
        let reference = |t: &str| {
            each.iter()
                .filter(|(_, re)| re.is_match(t))
                .fold(0, |acc, (f, _)| acc | f)
        };
        let mut tokens: Vec<String> = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-data/articles");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            for part in text.split(['"', '\'', '<', '>', '=']) {
                tokens.extend(
                    part.split_ascii_whitespace()
                        .map(|t| t.to_ascii_lowercase()),
                );
            }
        }
        let mut pieces: Vec<&str> = LITERALS
            .iter()
            .flat_map(|(_, _, w)| w.iter().copied())
            .collect();
        pieces.extend(["-", "_", "x", "s", "e", "ab", "", "é"]);
        for (i, a) in pieces.iter().enumerate() {
            for (j, b) in pieces.iter().enumerate() {
                tokens.push(format!("{a}{b}"));
                tokens.push(format!("{a}-{b}"));
                let c = pieces[(i * 7 + j * 13) % pieces.len()];
                tokens.push(format!("{c}_{a}{b}s"));
                tokens.push(format!("x{a}_{b}-{c}"));
            }
        }
        for t in &tokens {
            assert_eq!(token_flags(t), reference(t), "{t}");
        }
    }

    #[test]
    fn token_hints() {
        let f = flags(["article-body Story"].into_iter());
        assert!(f & POSITIVE != 0 && f & MAYBE != 0 && f & NEGATIVE == 0);
        let f = flags(["mp-share--bottom"].into_iter());
        assert!(f & BOILER != 0 && f & NEGATIVE != 0);
        assert!(flags(["comments-area"].into_iter()) & COMMENTS != 0);
        assert!(flags(["has-comments"].into_iter()) & COMMENTS == 0);
        assert!(flags(["mv-create-has-image"].into_iter()) & BOILER == 0);
        assert!(flags(["pic_note"].into_iter()) & BOILER != 0);
        assert!(flags(["player-2020-580"].into_iter()) & BOILER == 0);
        assert!(flags(["article__author"].into_iter()) & BYLINE != 0);
        assert!(flags(["comment-949868"].into_iter()) & COMMENTS != 0);
        assert!(flags(["div-gpt-ad-1563"].into_iter()) & BOILER != 0);
    }
}
