//! Untrusted article text must never drive the terminal. These helpers remove escape sequences
//! and control characters, and normalise whitespace the way every reader expects.

/// Removes ANSI/VT escape sequences (CSI, OSC, DCS, single-character escapes) and every other
/// C0/C1 control character except newline and tab. Text is otherwise untouched.
pub fn strip_controls(input: &str) -> String {
    match scan_controls(input) {
        Scan::Clean => input.to_string(),
        scan => strip_dirty(input, scan),
    }
}

/// Like [`strip_controls`], taking ownership so that clean text (nearly every page) is handed
/// back as it is instead of being copied.
pub fn strip_controls_owned(input: String) -> String {
    match scan_controls(&input) {
        Scan::Clean => input,
        scan => strip_dirty(&input, scan),
    }
}

fn strip_dirty(input: &str, scan: Scan) -> String {
    match scan {
        Scan::Clean => return input.to_string(),
        Scan::OnlyCarriageReturns => return input.replace("\r\n", "\n").replace('\r', "\n"),
        Scan::Other => {}
    }
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

enum Scan {
    Clean,
    OnlyCarriageReturns,
    Other,
}

/// Fast byte scan: most pages contain nothing to strip (or only CRLF line ends), and copying
/// them is far cheaper than rebuilding them char by char. Flags C0 controls, DEL, and the lead
/// bytes of C1 controls (U+0080..U+009F) and bidi controls (U+202A..U+202E, U+2066..U+2069).
/// Blocks of 32 bytes with no candidate byte at all (the vast majority) are skipped with one
/// branch-free test that the compiler vectorises; only blocks holding a candidate are checked
/// byte by byte.
fn scan_controls(input: &str) -> Scan {
    const BLOCK: usize = 32;
    let bytes = input.as_bytes();
    let mut cr = false;
    let mut i = 0;
    while i < bytes.len() {
        let end = (i + BLOCK).min(bytes.len());
        if let Ok(block) = <&[u8; BLOCK]>::try_from(&bytes[i..end]) {
            if !block.iter().fold(false, |acc, &b| acc | is_candidate(b)) {
                i = end;
                continue;
            }
        }
        for j in i..end {
            if is_candidate(bytes[j]) && is_bad(bytes, j, &mut cr) {
                return Scan::Other;
            }
        }
        i = end;
    }
    if cr {
        Scan::OnlyCarriageReturns
    } else {
        Scan::Clean
    }
}

/// A byte that may start something to strip (or a CR): C0 controls other than newline and
/// tab, DEL, and the lead bytes 0xC2 / 0xE2 of the C1 and bidi controls.
#[inline(always)]
fn is_candidate(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7f) | (b == 0xc2) | (b == 0xe2)
}

/// Exact test of the candidate byte at `i`; notes a CR in `cr`.
fn is_bad(bytes: &[u8], i: usize, cr: &mut bool) -> bool {
    match bytes[i] {
        b'\r' => {
            *cr = true;
            false
        }
        0xc2 => bytes
            .get(i + 1)
            .is_some_and(|&n| (0x80..=0x9f).contains(&n)),
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => true,
    }
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
    fn block_scan_finds_controls_anywhere() {
        let pad = "é’ plain text, long enough to span several blocks. ";
        for at in 0..70 {
            let clean: String = pad.chars().cycle().take(at).collect();
            let dirty = format!("{clean}\u{1b}[31m{pad}\u{85}{pad}\r\n");
            assert_eq!(strip_controls(&dirty), format!("{clean}{pad}{pad}\n"));
            assert_eq!(strip_controls_owned(dirty), format!("{clean}{pad}{pad}\n"));
            assert_eq!(
                strip_controls_owned(format!("{clean}\r")),
                format!("{clean}\n")
            );
            assert_eq!(strip_controls(&format!("{clean}\u{202e}")), clean);
        }
    }

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
    fn fast_paths_match_the_slow_one() {
        assert_eq!(strip_controls("a\r\nb\rc’—"), "a\nb\nc’—");
        assert_eq!(strip_controls("plain “text”"), "plain “text”");
        assert_eq!(strip_controls("x\u{85}y\u{2067}z"), "xyz");
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
