//! Untrusted article text must never drive the terminal. These helpers remove escape sequences
//! and control characters, and normalise whitespace the way every reader expects.

/// Removes ANSI/VT escape sequences (CSI, OSC, DCS, single-character escapes) and every other
/// C0/C1 control character except newline and tab. Text is otherwise untouched.
pub fn strip_controls(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // 8-bit CSI / OSC / DCS introducers behave like their ESC forms.
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\n' | '\t' => out.push(c),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if c.is_control() => {}
            // Bidi overrides can disguise text on screen; drop them too.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_until_final(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string(chars);
        }
        Some(c) if ('\u{20}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// CSI parameters run until a final byte in 0x40..=0x7e.
fn skip_until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
        if !('\u{20}'..='\u{3f}').contains(&c) {
            break;
        }
    }
}

/// OSC/DCS strings end with BEL or ST (ESC \ or 0x9c).
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Collapses runs of whitespace (including no-break spaces used as plain spacing) to one space
/// and trims. Narrow no-break spaces before French punctuation are kept: they carry meaning.
pub fn collapse_whitespace(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.chars() {
        if c.is_whitespace() && c != '\u{202f}' && c != '\u{a0}' {
            pending_space = !out.is_empty();
            continue;
        }
        if c == '\u{200b}' || c == '\u{feff}' || c == '\u{ad}' {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// One-line, control-free text for places that cannot show newlines (list rows, status bar).
pub fn one_line(input: &str) -> String {
    collapse_whitespace(&strip_controls(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_controls() {
        let hostile = "Titre\u{1b}[2J\u{1b}[31mrouge\u{1b}]0;pwned\u{7} fin\u{0}\u{8}";
        assert_eq!(strip_controls(hostile), "Titrerouge fin");
    }

    #[test]
    fn strips_8bit_csi_and_bidi_override() {
        assert_eq!(strip_controls("a\u{9b}31mb\u{202e}c"), "abc");
    }

    #[test]
    fn keeps_newlines_and_accents() {
        assert_eq!(strip_controls("é\nà\tß"), "é\nà\tß");
    }

    #[test]
    fn collapses_whitespace_but_keeps_narrow_nbsp() {
        assert_eq!(collapse_whitespace("  a \n\t b\u{202f}»  "), "a b\u{202f}»");
    }
}
