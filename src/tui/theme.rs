//! Styles for the dark and light themes, and the monochrome fallback used under `NO_COLOR`
//! (https://no-color.org): there, emphasis comes from bold, italic, underline and reverse only.

use super::keymap::ThemeKind;
use ratatui::style::{Color, Modifier, Style};

/// Every style the views use, resolved once so drawing does no theme logic.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub kind: ThemeKind,
    pub no_color: bool,
    pub base: Style,
    pub dim: Style,
    pub title: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub unread: Style,
    pub flagged: Style,
    pub reviewed: Style,
    pub quote: Style,
    pub speaker: Style,
    pub label: Style,
    pub status_bar: Style,
    pub error: Style,
    pub ok: Style,
    pub cursor: Style,
    pub note_mark: Style,
    palette: [Color; 10],
}

impl Theme {
    pub fn new(kind: ThemeKind, no_color: bool) -> Theme {
        if no_color {
            let plain = Style::default();
            return Theme {
                kind,
                no_color,
                base: plain,
                dim: plain,
                title: plain.add_modifier(Modifier::BOLD),
                border: plain,
                border_focus: plain.add_modifier(Modifier::BOLD),
                selected: plain.add_modifier(Modifier::REVERSED),
                unread: plain.add_modifier(Modifier::BOLD),
                flagged: plain.add_modifier(Modifier::BOLD),
                reviewed: plain,
                quote: plain.add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
                speaker: plain.add_modifier(Modifier::BOLD),
                label: plain.add_modifier(Modifier::BOLD),
                status_bar: plain.add_modifier(Modifier::REVERSED),
                error: plain.add_modifier(Modifier::BOLD),
                ok: plain,
                cursor: plain.add_modifier(Modifier::BOLD),
                note_mark: plain.add_modifier(Modifier::BOLD),
                palette: [Color::Reset; 10],
            };
        }
        let dark = kind == ThemeKind::Dark;
        let fg = if dark { Color::Gray } else { Color::Black };
        let dim = if dark {
            Color::DarkGray
        } else {
            Color::Indexed(244)
        };
        let accent = if dark { Color::Cyan } else { Color::Blue };
        Theme {
            kind,
            no_color,
            base: Style::default().fg(fg),
            dim: Style::default().fg(dim),
            title: Style::default()
                .fg(if dark { Color::White } else { Color::Black })
                .add_modifier(Modifier::BOLD),
            border: Style::default().fg(dim),
            border_focus: Style::default().fg(accent),
            selected: Style::default()
                .bg(if dark {
                    Color::Indexed(237)
                } else {
                    Color::Indexed(153)
                })
                .add_modifier(Modifier::BOLD),
            unread: Style::default().fg(accent).add_modifier(Modifier::BOLD),
            flagged: Style::default()
                .fg(if dark { Color::Yellow } else { Color::Red })
                .add_modifier(Modifier::BOLD),
            reviewed: Style::default().fg(Color::Green),
            quote: Style::default().fg(if dark {
                Color::LightYellow
            } else {
                Color::Magenta
            }),
            speaker: Style::default()
                .fg(if dark {
                    Color::LightMagenta
                } else {
                    Color::Blue
                })
                .add_modifier(Modifier::BOLD),
            label: Style::default().fg(accent),
            status_bar: Style::default()
                .bg(if dark {
                    Color::Indexed(236)
                } else {
                    Color::Indexed(252)
                })
                .fg(fg),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: Style::default().fg(Color::Green),
            cursor: Style::default().fg(accent).add_modifier(Modifier::BOLD),
            note_mark: Style::default().fg(if dark { Color::Yellow } else { Color::Red }),
            palette: if dark {
                [
                    Color::LightRed,
                    Color::LightGreen,
                    Color::LightYellow,
                    Color::LightBlue,
                    Color::LightMagenta,
                    Color::LightCyan,
                    Color::Indexed(208),
                    Color::Indexed(141),
                    Color::Indexed(114),
                    Color::Indexed(217),
                ]
            } else {
                [
                    Color::Red,
                    Color::Green,
                    Color::Indexed(130),
                    Color::Blue,
                    Color::Magenta,
                    Color::Cyan,
                    Color::Indexed(166),
                    Color::Indexed(91),
                    Color::Indexed(28),
                    Color::Indexed(161),
                ]
            },
        }
    }

    /// A tag's style: the name is hashed into the palette so a tag has the same colour in the
    /// list, the header, the prompt and across sessions.
    pub fn tag(&self, name: &str) -> Style {
        if self.no_color {
            return Style::default().add_modifier(Modifier::UNDERLINED);
        }
        let i = xxhash_rust::xxh3::xxh3_64(name.as_bytes()) % self.palette.len() as u64;
        Style::default().fg(self.palette[i as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_colour_is_stable_and_no_color_has_none() {
        let t = Theme::new(ThemeKind::Dark, false);
        assert_eq!(t.tag("arctic"), t.tag("arctic"));
        let m = Theme::new(ThemeKind::Dark, true);
        assert_eq!(m.tag("arctic").fg, None);
        assert_eq!(m.selected.bg, None);
    }
}
