//! Drops the contents of `<script>`, `<style>` and inline `<svg>` elements, and comments, before
//! the page is parsed.
//!
//! On the benchmark pages more than half of the bytes are scripts and style sheets, and the
//! HTML tokenizer walks them character by character only for the reader to ignore them; inline
//! SVG icons are another tenth of what remains. The elements themselves stay (so the tree has
//! the same shape), and so do JSON-LD scripts, which carry metadata. Comments go first, so a
//! `<script` written inside one never starts a cut.

use std::borrow::Cow;

/// The page with script, style and SVG contents and comments removed (JSON-LD kept); borrowed
/// when nothing was cut.
pub(crate) fn strip_scripts_and_styles(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `html` already copied to `out`
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let lt = i + off;
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            // Comments are dropped whole: never visible, and skipping them means a `<script`
            // inside one never starts a cut.
            let end = memchr::memmem::find(&bytes[lt + 4..], b"-->").map(|e| lt + 4 + e + 3);
            if let Some(end) = end {
                let s = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
                s.push_str(&html[copied..lt]);
                copied = end;
            }
            i = end.unwrap_or(bytes.len());
            continue;
        }
        let name = if starts_with_tag(rest, b"script") {
            "script"
        } else if starts_with_tag(rest, b"style") {
            "style"
        } else if starts_with_tag(rest, b"svg") {
            "svg"
        } else {
            i = lt + 1;
            continue;
        };
        let Some(gt) = memchr::memchr(b'>', &bytes[lt..]).map(|g| lt + g) else {
            break;
        };
        let open_tag = &html[lt..gt];
        let keep = name == "script" && is_json_ld(open_tag);
        let Some(close) = find_closing(html, gt + 1, name) else {
            break;
        };
        if !keep && close > gt + 1 {
            let s = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            s.push_str(&html[copied..gt + 1]);
            copied = close;
        }
        i = close;
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut s) => {
            s.push_str(&html[copied..]);
            Cow::Owned(s)
        }
    }
}

/// `<name` followed by whitespace, `>` or `/`, in any letter case.
fn starts_with_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len() + 1
        && rest[1..=name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len() + 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/'
        )
}

fn is_json_ld(open_tag: &str) -> bool {
    open_tag.to_ascii_lowercase().contains("ld+json")
}

/// Start of the `</name` that ends the element's raw text, searching from `from`.
fn find_closing(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    memchr::memchr_iter(b'<', &bytes[from..])
        .map(|off| from + off)
        .find(|&at| {
            bytes.get(at + 1) == Some(&b'/')
                && (starts_with_tag(&bytes[at + 1..], name.as_bytes())
                    || at + 2 + name.len() == bytes.len()
                        && bytes[at + 2..].eq_ignore_ascii_case(name.as_bytes()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_and_style_contents_go_json_ld_and_text_stay() {
        let page = "<html><head><style>p { color: red }</style>\
            <script type=\"application/ld+json\">{\"headline\":\"H\"}</script>\
            <SCRIPT src=a.js></SCRIPT><script>var s = '<p>not text</p>';</script></head>\
            <body><p>Kept <b>text</b></p><script>\nif (a < b) {}\n</script><p>Also kept</p>\
            <svg viewBox=\"0 0 1 1\"><title>icon</title><path d=\"M0\"/></svg></body></html>";
        let out = strip_scripts_and_styles(page);
        assert_eq!(
            out,
            "<html><head><style></style>\
            <script type=\"application/ld+json\">{\"headline\":\"H\"}</script>\
            <SCRIPT src=a.js></SCRIPT><script></script></head>\
            <body><p>Kept <b>text</b></p><script></script><p>Also kept</p>\
            <svg viewBox=\"0 0 1 1\"></svg></body></html>"
        );
    }

    #[test]
    fn a_script_tag_inside_a_comment_starts_no_cut() {
        let page =
            "<!-- <script src=old.js> --><p>Visible paragraph</p><script>x()</script><p>End</p>";
        let out = strip_scripts_and_styles(page);
        assert_eq!(out, "<p>Visible paragraph</p><script></script><p>End</p>");
        // An unclosed comment is left to the parser.
        let page = "<p>a</p><!-- never closed <p>b</p>";
        assert_eq!(strip_scripts_and_styles(page), page);
    }

    #[test]
    fn pages_without_scripts_are_borrowed_and_broken_ones_left_alone() {
        assert!(matches!(
            strip_scripts_and_styles("<p>a</p><scriptless>"),
            Cow::Borrowed(_)
        ));
        // An unclosed script is left as it is: the parser treats the rest as script anyway.
        let page = "<p>a</p><script>never closed <p>b</p>";
        assert_eq!(strip_scripts_and_styles(page), page);
        // Words that start like the tag names are not tags.
        let page = "<p>a</p><scripture>b</scripture><styles>c</styles>";
        assert_eq!(strip_scripts_and_styles(page), page);
    }
}
