//! Keys to actions, with the defaults of DESIGN.md §3 and user overrides from
//! `config.toml` in the XDG config dir (e.g. `~/.config/attache/config.toml`):
//!
//! ```toml
//! theme = "light"            # or "dark" (default)
//! [keys]
//! toggle_reviewed = "R"      # one key...
//! quit = ["q", "ctrl-c"]     # ...or several; naming an action replaces its default keys
//! ```
//!
//! The help overlay is generated from the keymap in force, so it never disagrees with it.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;
use std::path::{Path, PathBuf};

/// A key with its modifiers, as written in the config file (`j`, `G`, `ctrl-s`, `pgdn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl KeySpec {
    pub fn parse(text: &str) -> Result<KeySpec, String> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 5 && lower.starts_with("ctrl-") {
                ctrl = true;
                rest = &rest[5..];
            } else if rest.len() > 4 && lower.starts_with("alt-") {
                alt = true;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pgdown" | "pagedown" => KeyCode::PageDown,
            "space" => KeyCode::Char(' '),
            "delete" | "del" => KeyCode::Delete,
            "backspace" => KeyCode::Backspace,
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
                    _ => {
                        if let Some(n) = rest
                            .strip_prefix(['f', 'F'])
                            .and_then(|n| n.parse::<u8>().ok())
                        {
                            KeyCode::F(n)
                        } else {
                            return Err(format!("unknown key '{text}'"));
                        }
                    }
                }
            }
        };
        Ok(KeySpec { code, ctrl, alt })
    }

    /// The spec a key event matches (shift is folded into the character itself).
    pub fn of_event(ev: &KeyEvent) -> KeySpec {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let code = match ev.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        KeySpec {
            code,
            ctrl,
            alt: ev.modifiers.contains(KeyModifiers::ALT),
        }
    }
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("S-Tab"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Backspace => f.write_str("Bksp"),
            KeyCode::F(n) => write!(f, "F{n}"),
            _ => f.write_str("?"),
        }
    }
}

/// Every bindable action: config name, action, help text, default keys.
pub const BINDABLE: &[(&str, Action, &str, &[&str])] = &[
    ("down", Action::Down, "move down", &["j", "down"]),
    ("up", Action::Up, "move up", &["k", "up"]),
    ("top", Action::Top, "go to top", &["g", "home"]),
    ("bottom", Action::Bottom, "go to bottom", &["G", "end"]),
    (
        "page_down",
        Action::PageDown,
        "page down",
        &["pgdn", "ctrl-d"],
    ),
    ("page_up", Action::PageUp, "page up", &["pgup", "ctrl-u"]),
    ("switch_pane", Action::SwitchPane, "switch pane", &["tab"]),
    (
        "next_tab",
        Action::NextTab,
        "next tab (body/quotes/notes)",
        &["]", "right"],
    ),
    (
        "prev_tab",
        Action::PrevTab,
        "previous tab",
        &["[", "left", "backtab"],
    ),
    (
        "open",
        Action::Open,
        "open / jump to quote / edit note",
        &["enter"],
    ),
    ("search", Action::Search, "search as you type", &["/"]),
    ("filter", Action::Filter, "filter (query language)", &["f"]),
    ("add_tag", Action::AddTag, "add tags", &["t"]),
    ("remove_tag", Action::RemoveTag, "remove tags", &["T"]),
    ("annotate", Action::Annotate, "annotate", &["a"]),
    (
        "toggle_reviewed",
        Action::ToggleReviewed,
        "toggle reviewed",
        &["r"],
    ),
    (
        "toggle_flagged",
        Action::ToggleFlagged,
        "star / flag",
        &["s"],
    ),
    ("undo", Action::Undo, "undo last edit", &["u"]),
    ("export", Action::Export, "export", &["e"]),
    ("ingest", Action::Ingest, "ingest a path", &["i"]),
    ("sort", Action::ToggleSort, "sort by date / source", &["o"]),
    (
        "delete_note",
        Action::DeleteNote,
        "delete note (notes tab)",
        &["d", "delete"],
    ),
    ("command", Action::CommandLine, "command line", &[":"]),
    ("help", Action::Help, "help", &["?"]),
    ("cancel", Action::Cancel, "cancel / clear search", &["esc"]),
    ("quit", Action::Quit, "quit", &["q", "ctrl-c"]),
];

/// The keymap in force: an ordered list so the help overlay follows [`BINDABLE`]'s order.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: Vec<(KeySpec, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut bindings = Vec::new();
        for (_, action, _, keys) in BINDABLE {
            for k in *keys {
                bindings.push((KeySpec::parse(k).expect("default key"), action.clone()));
            }
        }
        Keymap { bindings }
    }
}

impl Keymap {
    pub fn action_for(&self, ev: &KeyEvent) -> Option<Action> {
        let spec = KeySpec::of_event(ev);
        self.bindings
            .iter()
            .find(|(k, _)| *k == spec)
            .map(|(_, a)| a.clone())
    }

    /// Replaces the keys of the action named `name`; keys taken from other actions are removed
    /// from them, so one key never means two things.
    pub fn rebind(&mut self, name: &str, keys: &[String]) -> Result<(), String> {
        let (_, action, _, _) = BINDABLE
            .iter()
            .find(|(n, ..)| *n == name)
            .ok_or_else(|| format!("unknown action '{name}' in [keys]"))?;
        let specs = keys
            .iter()
            .map(|k| KeySpec::parse(k))
            .collect::<Result<Vec<_>, _>>()?;
        self.bindings
            .retain(|(k, a)| a != action && !specs.contains(k));
        for spec in specs {
            self.bindings.push((spec, action.clone()));
        }
        Ok(())
    }

    /// Keys bound to `action`, as shown to the user.
    pub fn keys_for(&self, action: &Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|(_, a)| a == action)
            .map(|(k, _)| k.to_string())
            .collect()
    }

    /// (keys, description) rows for the help overlay, in [`BINDABLE`] order.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        BINDABLE
            .iter()
            .map(|(_, action, help, _)| (self.keys_for(action).join(" "), *help))
            .filter(|(keys, _)| !keys.is_empty())
            .collect()
    }
}

/// Dark or light palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeKind {
    #[default]
    Dark,
    Light,
}

/// The user's settings from `config.toml`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: ThemeKind,
    /// Set when `NO_COLOR` is in the environment: no colours at all, only bold/reverse.
    pub no_color: bool,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    theme: Option<String>,
    #[serde(default)]
    keys: std::collections::BTreeMap<String, OneOrMany>,
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl Config {
    /// Where the config file lives: `$XDG_CONFIG_HOME/attache/config.toml` on Linux.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "attache")
            .map(|d| d.config_dir().join("config.toml"))
    }

    /// Parses a config file's text.
    pub fn parse(text: &str) -> Result<Config, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut config = Config::default();
        if let Some(theme) = file.theme {
            config.theme = match theme.to_ascii_lowercase().as_str() {
                "dark" => ThemeKind::Dark,
                "light" => ThemeKind::Light,
                other => return Err(format!("unknown theme '{other}' (dark or light)")),
            };
        }
        for (name, keys) in file.keys {
            let keys = match keys {
                OneOrMany::One(k) => vec![k],
                OneOrMany::Many(ks) => ks,
            };
            config.keymap.rebind(&name, &keys)?;
        }
        Ok(config)
    }

    /// Loads the config (defaults when there is no file) and applies `NO_COLOR`. A broken file
    /// yields the defaults plus the error, which the status bar shows, so a typo never locks
    /// the user out of their archive.
    pub fn load(path: Option<&Path>) -> (Config, Option<String>) {
        let (mut config, err) = match path {
            Some(p) if p.exists() => match std::fs::read_to_string(p)
                .map_err(|e| e.to_string())
                .and_then(|t| Config::parse(&t))
            {
                Ok(c) => (c, None),
                Err(e) => (
                    Config::default(),
                    Some(format!("config ignored: {e} ({})", p.display())),
                ),
            },
            _ => (Config::default(), None),
        };
        config.no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        (config, err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn defaults_cover_the_design_keys() {
        let km = Keymap::default();
        for (c, a) in [
            ('j', Action::Down),
            ('k', Action::Up),
            ('g', Action::Top),
            ('G', Action::Bottom),
            ('/', Action::Search),
            ('f', Action::Filter),
            ('t', Action::AddTag),
            ('T', Action::RemoveTag),
            ('a', Action::Annotate),
            ('r', Action::ToggleReviewed),
            ('s', Action::ToggleFlagged),
            ('u', Action::Undo),
            ('e', Action::Export),
            (':', Action::CommandLine),
            ('?', Action::Help),
            ('q', Action::Quit),
        ] {
            assert_eq!(km.action_for(&key(c)), Some(a), "key {c}");
        }
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(km.action_for(&ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn config_rebinds_and_steals_keys() {
        let c = Config::parse("theme = \"light\"\n[keys]\ntoggle_reviewed = \"R\"\nquit = [\"x\", \"ctrl-q\"]\nundo = \"r\"\n").unwrap();
        assert_eq!(c.theme, ThemeKind::Light);
        assert_eq!(c.keymap.action_for(&key('R')), Some(Action::ToggleReviewed));
        assert_eq!(c.keymap.action_for(&key('r')), Some(Action::Undo));
        assert_eq!(c.keymap.action_for(&key('q')), None);
        assert_eq!(c.keymap.action_for(&key('x')), Some(Action::Quit));
        assert!(c
            .keymap
            .help_rows()
            .iter()
            .any(|(k, h)| k == "x Ctrl-q" && *h == "quit"));
    }

    #[test]
    fn bad_config_is_an_error() {
        assert!(Config::parse("[keys]\nfly = \"z\"").is_err());
        assert!(Config::parse("[keys]\nquit = \"ctrl-\"").is_err());
        assert!(Config::parse("theme = \"pink\"").is_err());
    }
}
