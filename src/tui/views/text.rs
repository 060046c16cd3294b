//! Display-width helpers. Terminal columns are not chars: CJK ideographs and most emoji take two
//! columns and combining accents none, so every truncation and wrap here counts columns with
//! `unicode-width`.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, with `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `s` truncated and padded with spaces to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Word-wraps styled text to `cols` columns. Breaks after spaces and around wide (CJK)
/// characters, which take no spaces between words; an overlong word is split by columns.
pub fn wrap(segments: &[(String, Style)], cols: usize, indent: &str) -> Vec<Line<'static>> {
    let cols = cols.max(4);
    // Tokens: runs that must stay together, each with its style.
    let mut tokens: Vec<(String, Style)> = Vec::new();
    for (text, style) in segments {
        let mut cur = String::new();
        for c in text.chars() {
            let wide = c.width().unwrap_or(0) > 1;
            if wide && !cur.is_empty() {
                tokens.push((std::mem::take(&mut cur), *style));
            }
            cur.push(c);
            if c == ' ' || wide {
                tokens.push((std::mem::take(&mut cur), *style));
            }
        }
        if !cur.is_empty() {
            tokens.push((cur, *style));
        }
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let indent_w = width(indent);
    let flush = |line: &mut Vec<Span<'static>>, lines: &mut Vec<Line<'static>>| {
        // Trailing spaces at a break are not shown.
        if let Some(last) = line.last_mut() {
            let trimmed = last.content.trim_end().to_string();
            last.content = trimmed.into();
        }
        lines.push(Line::from(std::mem::take(line)));
    };
    for (tok, style) in tokens {
        let w = width(&tok);
        let visible_w = width(tok.trim_end());
        if used > 0 && used + visible_w > cols {
            flush(&mut line, &mut lines);
            line.push(Span::raw(indent.to_string()));
            used = indent_w;
            if tok == " " {
                continue;
            }
        }
        if used + visible_w > cols {
            // A word longer than the line: split it by columns.
            let mut piece = String::new();
            for c in tok.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > cols && used > indent_w {
                    line.push(Span::styled(std::mem::take(&mut piece), style));
                    flush(&mut line, &mut lines);
                    line.push(Span::raw(indent.to_string()));
                    used = indent_w;
                }
                piece.push(c);
                used += cw;
            }
            line.push(Span::styled(piece, style));
            continue;
        }
        used += w;
        push_merged(&mut line, tok, style);
    }
    if !line.is_empty() {
        flush(&mut line, &mut lines);
    }
    if lines.is_empty() {
        lines.push(Line::default());
    }
    lines
}

fn push_merged(line: &mut Vec<Span<'static>>, tok: String, style: Style) {
    if let Some(last) = line.last_mut() {
        if last.style == style {
            let mut s = last.content.to_string();
            s.push_str(&tok);
            last.content = s.into();
            return;
        }
    }
    line.push(Span::styled(tok, style));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn truncation_counts_columns() {
        assert_eq!(truncate("北京外交部发言人", 7), "北京外…");
        assert_eq!(width(&fit("北京外交部发言人", 7)), 7);
        assert_eq!(fit("Café", 6), "Café  ");
        assert_eq!(fit("e\u{301}te\u{301}", 4), "e\u{301}te\u{301} ");
        assert_eq!(width(&fit("🇫🇷 Paris 🎉 fête", 9)), 9);
    }

    #[test]
    fn wraps_words_and_cjk() {
        let seg = vec![("the quick brown fox jumps".to_string(), Style::default())];
        assert_eq!(
            plain(&wrap(&seg, 10, "")),
            ["the quick", "brown fox", "jumps"]
        );
        let cjk = vec![("外交部发言人表示中方欢迎".to_string(), Style::default())];
        let lines = wrap(&cjk, 10, "");
        assert!(lines.iter().all(|l| l.width() <= 10));
        assert_eq!(plain(&lines).concat(), "外交部发言人表示中方欢迎");
        let long = vec![("a".repeat(25), Style::default())];
        assert!(wrap(&long, 10, "").iter().all(|l| l.width() <= 10));
    }
}
