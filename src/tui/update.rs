//! `App::update`: every state change, one action at a time. User edits are written through the
//! store (which flushes and journals) before the status bar says "saved"; long jobs are handed
//! to workers.

use super::action::{Action, MouseAction, WorkerMsg};
use super::app::{
    default_export_path, App, Editor, ExportDialog, ExportField, ExportRun, Focus, LineInput,
    Matcher, Mode, Narrowing, Opened, Prompt, PromptKind, SortKey, Tab, UndoEntry, EXPORT_FORMATS,
    UNDO_DEPTH,
};
use super::keymap::ThemeKind;
use super::theme::Theme;
use super::views::{self, content};
use super::worker::ExportJob;
use crate::export::{ExportFormat, ExportStats};
use crate::model::{normalize_tag, Status, UserData};
use crate::notes::{self, Target};
use crate::query::Query;
use crate::sanitize::one_line;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

impl App {
    /// The action a key stands for: keymap lookup in normal mode, raw keys for prompts,
    /// the editor and the help overlay.
    pub fn action_for_key(&self, key: KeyEvent) -> Option<Action> {
        match self.mode {
            Mode::Normal => self.config.keymap.action_for(&key),
            _ => Some(Action::Key(key)),
        }
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Worker(msg) => return self.on_worker(msg),
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.relayout();
                return;
            }
            Action::Command(cmd) => {
                self.mode = Mode::Normal;
                return self.run_command(&cmd);
            }
            _ => {}
        }
        match &self.mode {
            Mode::Normal => {}
            Mode::Help => {
                if matches!(
                    action,
                    Action::Key(KeyEvent {
                        code: KeyCode::Esc
                            | KeyCode::Char('?')
                            | KeyCode::Char('q')
                            | KeyCode::Enter,
                        ..
                    }) | Action::Cancel
                        | Action::Help
                ) {
                    self.mode = Mode::Normal;
                }
                return;
            }
            Mode::Prompt(_) => {
                if let Action::Key(k) = action {
                    self.prompt_key(k);
                }
                return;
            }
            Mode::Editor(_) => {
                if let Action::Key(k) = action {
                    self.editor_key(k);
                }
                return;
            }
            Mode::Export(_) => {
                match action {
                    Action::Key(k) => self.export_key(k),
                    Action::Cancel => self.export_key(KeyEvent::from(KeyCode::Esc)),
                    _ => {}
                }
                return;
            }
        }
        // A new command replaces the last message; worker reports above do not.
        if !matches!(action, Action::Mouse(_)) {
            self.message = None;
        }
        match action {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::Top => self.move_to_end(false),
            Action::Bottom => self.move_to_end(true),
            Action::PageUp => self.page(-1),
            Action::PageDown => self.page(1),
            Action::SwitchPane => match self.focus {
                Focus::List => {
                    if self.open.is_none() {
                        self.open_selected();
                    }
                    if self.open.is_some() {
                        self.focus = Focus::Content;
                    }
                }
                Focus::Content => self.focus = Focus::List,
            },
            Action::NextTab | Action::PrevTab => {
                if self.open.is_some() {
                    let tabs = [Tab::Body, Tab::Quotes, Tab::Notes];
                    let i = tabs.iter().position(|t| *t == self.tab).unwrap_or(0);
                    let step = if action == Action::NextTab { 1 } else { 2 };
                    self.tab = tabs[(i + step) % 3];
                    self.focus = Focus::Content;
                }
            }
            Action::Open => self.open_action(),
            Action::Search => {
                self.search_return = self.selected_id().map(str::to_string);
                let text = self
                    .search
                    .as_ref()
                    .map_or("", |s| s.text.as_str())
                    .to_string();
                self.mode = Mode::Prompt(Prompt::new(PromptKind::Search, &text));
            }
            Action::Filter => {
                let text = self
                    .filter
                    .as_ref()
                    .map_or("", |s| s.text.as_str())
                    .to_string();
                self.mode = Mode::Prompt(Prompt::new(PromptKind::Filter, &text));
            }
            Action::AddTag | Action::RemoveTag => self.open_tag_prompt(action == Action::AddTag),
            Action::Annotate => self.start_annotation(),
            Action::ToggleReviewed => self.toggle_status(Status::Reviewed),
            Action::ToggleFlagged => self.toggle_status(Status::Flagged),
            Action::Undo => self.undo(),
            Action::Export => self.open_export_dialog(None),
            Action::CommandLine => self.mode = Mode::Prompt(Prompt::new(PromptKind::Command, "")),
            Action::Ingest => {
                self.mode = Mode::Prompt(Prompt::new(PromptKind::Command, "ingest "));
            }
            Action::Help => self.mode = Mode::Help,
            Action::Cancel => {
                if self.search.is_some() {
                    self.clear_search();
                } else if self.focus == Focus::Content {
                    self.focus = Focus::List;
                }
            }
            Action::Quit => self.quit(),
            Action::ToggleSort => {
                self.sort = match self.sort {
                    SortKey::Date => SortKey::Source,
                    SortKey::Source => SortKey::Date,
                };
                self.resort();
            }
            Action::DeleteNote => self.delete_note(),
            Action::Mouse(m) => self.mouse(m),
            Action::Key(_) | Action::Command(_) | Action::Resize(..) | Action::Worker(_) => {}
        }
    }

    // ----- movement -----

    fn move_by(&mut self, delta: isize) {
        match (self.focus, self.tab, self.open.is_some()) {
            (Focus::Content, Tab::Body, true) => {
                let o = self.open.as_ref().expect("checked");
                let last = o.article.paragraphs.len().saturating_sub(1);
                let para = o.para.saturating_add_signed(delta).min(last);
                if para == o.para {
                    // First or last paragraph (often a long one): scroll by lines instead.
                    self.scroll_content(delta);
                } else {
                    self.set_para(para);
                }
            }
            (Focus::Content, Tab::Quotes, true) => {
                let o = self.open.as_mut().expect("checked");
                let last = o.article.quotes.len().saturating_sub(1);
                o.quote = o.quote.saturating_add_signed(delta).min(last);
            }
            (Focus::Content, Tab::Notes, true) => {
                let n = self.open_notes_len();
                let o = self.open.as_mut().expect("checked");
                o.note = o.note.saturating_add_signed(delta).min(n.saturating_sub(1));
            }
            _ => {
                let last = self.rows.len().saturating_sub(1);
                self.selected = self.selected.saturating_add_signed(delta).min(last);
                self.scroll_list_to_selection();
            }
        }
    }

    fn move_to_end(&mut self, bottom: bool) {
        match (self.focus, self.tab, self.open.is_some()) {
            (Focus::Content, Tab::Body, true) => {
                let (_, h) = self.content_size();
                let o = self.open.as_mut().expect("checked");
                if bottom {
                    o.para = o.article.paragraphs.len().saturating_sub(1);
                    o.scroll = o.layout.lines.len().saturating_sub(h as usize);
                } else {
                    o.para = 0;
                    o.scroll = 0;
                }
            }
            (Focus::Content, Tab::Quotes, true) => {
                let o = self.open.as_mut().expect("checked");
                o.quote = if bottom {
                    o.article.quotes.len().saturating_sub(1)
                } else {
                    0
                };
            }
            (Focus::Content, Tab::Notes, true) => {
                let n = self.open_notes_len();
                let o = self.open.as_mut().expect("checked");
                o.note = if bottom { n.saturating_sub(1) } else { 0 };
            }
            _ => {
                self.selected = if bottom {
                    self.rows.len().saturating_sub(1)
                } else {
                    0
                };
                self.scroll_list_to_selection();
            }
        }
    }

    fn page(&mut self, dir: isize) {
        if self.focus == Focus::Content && self.tab == Tab::Body && self.open.is_some() {
            let h = self.content_size().1.max(2) as isize - 1;
            self.scroll_content(dir * h);
            // The paragraph cursor follows the page.
            let o = self.open.as_mut().expect("checked");
            if let Some(p) = o.layout.line_para[o.scroll..].iter().flatten().next() {
                o.para = *p;
            }
            return;
        }
        let h = if self.focus == Focus::List {
            self.list_height().max(2) - 1
        } else {
            self.content_size().1.max(2) as usize - 1
        };
        self.move_by(dir * h as isize);
    }

    fn scroll_content(&mut self, delta: isize) {
        let (_, h) = self.content_size();
        if let Some(o) = self.open.as_mut() {
            let max = o.layout.lines.len().saturating_sub(h as usize);
            o.scroll = o.scroll.saturating_add_signed(delta).min(max);
        }
    }

    fn set_para(&mut self, para: usize) {
        let (_, h) = self.content_size();
        let h = h.max(1) as usize;
        let Some(o) = self.open.as_mut() else { return };
        o.para = para;
        let Some(&start) = o.layout.para_start.get(para) else {
            return;
        };
        let end = o
            .layout
            .para_start
            .get(para + 1)
            .copied()
            .unwrap_or(o.layout.lines.len());
        if start < o.scroll {
            o.scroll = start;
        } else if end > o.scroll + h {
            o.scroll = start.min(end.saturating_sub(h));
        }
    }

    fn open_notes_len(&self) -> usize {
        self.open
            .as_ref()
            .and_then(|o| self.users.get(&o.article.id))
            .map_or(0, |u| u.annotations.len())
    }

    // ----- opening -----

    fn open_action(&mut self) {
        match (self.focus, self.tab, self.open.is_some()) {
            (Focus::Content, Tab::Quotes, true) => {
                let o = self.open.as_ref().expect("checked");
                if let Some(q) = o.article.quotes.get(o.quote) {
                    let para = q.paragraph;
                    self.tab = Tab::Body;
                    self.set_para(para);
                }
            }
            (Focus::Content, Tab::Notes, true) => self.edit_note(),
            (Focus::Content, Tab::Body, true) => {}
            _ => {
                self.open_selected();
                if self.open.is_some() {
                    self.focus = Focus::Content;
                    self.tab = Tab::Body;
                }
            }
        }
    }

    /// Opens the selected article in the content pane and marks it read.
    pub(crate) fn open_selected(&mut self) {
        if let Some(id) = self.selected_id().map(str::to_string) {
            self.open_id(&id);
        }
    }

    pub(crate) fn open_id(&mut self, id: &str) {
        let article = match self.store.article(id) {
            Ok(Some(a)) => a,
            Ok(None) => return self.error(format!("no such article ({id})")),
            Err(e) => return self.error(format!("cannot read the article: {e}")),
        };
        let same = self.open.as_ref().is_some_and(|o| o.article.id == id);
        if !same {
            let width = self.content_size().0;
            let layout = content::build(&article, &self.user(id), &self.theme, width);
            self.open = Some(Opened {
                article,
                layout,
                scroll: 0,
                para: 0,
                quote: 0,
                note: 0,
            });
        }
        if self.user(id).status == Status::Unread {
            // Reading is not an edit the analyst wants to undo with `u`.
            self.edit(id, "marked read", false, |u| u.status = Status::Read);
        }
    }

    pub(crate) fn rebuild_open(&mut self) {
        let width = self.content_size().0;
        if let Some(o) = self.open.as_mut() {
            let user = self.users.get(&o.article.id).cloned().unwrap_or_default();
            o.layout = content::build(&o.article, &user, &self.theme, width);
            let max = o.layout.lines.len();
            o.scroll = o.scroll.min(max.saturating_sub(1));
        }
    }

    fn relayout(&mut self) {
        let width = self.content_size().0;
        if self.open.as_ref().is_some_and(|o| o.layout.width != width) {
            self.rebuild_open();
            let para = self.open.as_ref().map_or(0, |o| o.para);
            self.set_para(para);
        }
        self.scroll_list_to_selection();
    }

    // ----- edits -----

    /// Applies `f` to an article's user data and writes it through the store (flushed and
    /// journalled). Only when that returns does the status bar say "saved".
    pub(crate) fn edit(
        &mut self,
        id: &str,
        label: &str,
        undoable: bool,
        f: impl FnOnce(&mut UserData),
    ) -> bool {
        let before = self.user(id);
        let mut after = before.clone();
        f(&mut after);
        if after == before {
            self.info(format!("{label}: nothing changed"));
            return false;
        }
        if let Err(e) = self.store.set_user_data(id, &after) {
            self.error(format!("not saved: {e}"));
            return false;
        }
        if after == UserData::default() {
            self.users.remove(id);
        } else {
            self.users.insert(id.to_string(), after);
        }
        if undoable {
            self.undo.push(UndoEntry {
                id: id.to_string(),
                before,
                label: label.to_string(),
            });
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.after_user_change(id);
        self.saved(format!("saved: {label}"));
        true
    }

    fn after_user_change(&mut self, id: &str) {
        self.recount();
        if self.filter.is_some() || self.search.is_some() {
            self.refilter();
        }
        if self.open.as_ref().is_some_and(|o| o.article.id == id) {
            self.rebuild_open();
            let n = self.open_notes_len();
            if let Some(o) = self.open.as_mut() {
                o.note = o.note.min(n.saturating_sub(1));
            }
        }
    }

    fn toggle_status(&mut self, status: Status) {
        let Some(id) = self.target_id() else {
            return self.info("no article selected");
        };
        let current = self.user(&id).status;
        let (new, label) = if current == status {
            (Status::Read, format!("not {status}"))
        } else {
            (status, status.to_string())
        };
        self.edit(&id, &label, true, |u| u.status = new);
    }

    fn undo(&mut self) {
        let Some(entry) = self.undo.pop() else {
            return self.info("nothing to undo");
        };
        if let Err(e) = self.store.set_user_data(&entry.id, &entry.before) {
            self.undo.push(entry);
            return self.error(format!("undo not saved: {e}"));
        }
        if entry.before == UserData::default() {
            self.users.remove(&entry.id);
        } else {
            self.users.insert(entry.id.clone(), entry.before.clone());
        }
        self.after_user_change(&entry.id);
        self.saved(format!("saved: undid {}", entry.label));
    }

    // ----- tags -----

    fn open_tag_prompt(&mut self, add: bool) {
        let Some(id) = self.target_id() else {
            return self.info("no article selected");
        };
        let user = self.user(&id);
        let mut counts: std::collections::HashMap<&str, usize> = Default::default();
        for u in self.users.values() {
            for t in &u.tags {
                *counts.entry(t.as_str()).or_default() += 1;
            }
        }
        let mut completions: Vec<(&str, usize)> = counts.into_iter().collect();
        completions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let (kind, suggestions, completions) = if add {
            let topics = self
                .summaries
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.topics.clone())
                .unwrap_or_default();
            let mut sugg: Vec<String> = Vec::new();
            for t in topics.iter().map(|t| normalize_tag(t)) {
                if !t.is_empty() && !user.tags.contains(&t) && !sugg.contains(&t) {
                    sugg.push(t);
                }
            }
            let comps = completions
                .into_iter()
                .map(|(t, _)| t.to_string())
                .filter(|t| !user.tags.contains(t))
                .collect();
            (PromptKind::AddTag { id }, sugg, comps)
        } else {
            if user.tags.is_empty() {
                return self.info("this article has no tags");
            }
            (
                PromptKind::RemoveTag { id },
                user.tags.clone(),
                user.tags.clone(),
            )
        };
        let mut p = Prompt::new(kind, "");
        p.suggestions = suggestions;
        p.completions = completions;
        self.mode = Mode::Prompt(p);
    }

    fn apply_tags(&mut self, id: &str, text: &str, add: bool) {
        let mut tags: Vec<String> = Vec::new();
        for t in text.split([' ', ',']).map(normalize_tag) {
            if !t.is_empty() && !tags.contains(&t) {
                tags.push(t);
            }
        }
        if tags.is_empty() {
            return self.info("no tag given");
        }
        let chips = tags
            .iter()
            .map(|t| format!("#{t}"))
            .collect::<Vec<_>>()
            .join(" ");
        if add {
            self.edit(id, &format!("tagged {chips}"), true, |u| {
                for t in tags {
                    if !u.tags.contains(&t) {
                        u.tags.push(t);
                    }
                }
            });
        } else {
            self.edit(id, &format!("untagged {chips}"), true, |u| {
                u.tags.retain(|t| !tags.contains(t))
            });
        }
    }

    // ----- prompts -----

    fn prompt_key(&mut self, key: KeyEvent) {
        let Mode::Prompt(p) = &mut self.mode else {
            return;
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let is_tag = matches!(
            p.kind,
            PromptKind::AddTag { .. } | PromptKind::RemoveTag { .. }
        );
        if key.code != KeyCode::Tab {
            p.cycle = None;
        }
        let mut changed = true;
        match key.code {
            KeyCode::Esc => {
                let kind = p.kind.clone();
                self.mode = Mode::Normal;
                if kind == PromptKind::Search {
                    self.clear_search();
                }
                return;
            }
            KeyCode::Enter => return self.submit_prompt(),
            KeyCode::Tab if is_tag => {
                changed = false;
                let (prefix, next) = match &p.cycle {
                    Some((prefix, i)) => (prefix.clone(), i + 1),
                    None => (p.input.current_word().to_string(), 0),
                };
                if p.cycle.is_some() {
                    // Undo the previous completion's trailing space before replacing it.
                    p.input.text.pop();
                }
                p.cycle = Some((prefix, next));
                let matching: Vec<String> = p
                    .matching_completions()
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                if matching.is_empty() {
                    p.cycle = None;
                } else {
                    let pick = matching[next % matching.len()].clone();
                    p.input.replace_current_word(&pick);
                }
            }
            KeyCode::Char(c @ '1'..='9')
                if is_tag
                    && p.input.current_word().is_empty()
                    && p.suggestions.len() > (c as usize - '1' as usize) =>
            {
                changed = false;
                let i = c as usize - '1' as usize;
                if let Some(s) = p.suggestions.get(i).cloned() {
                    let words: Vec<&str> = p.input.text.split([' ', ',']).collect();
                    if !words.contains(&s.as_str()) {
                        p.input.replace_current_word(&s);
                    }
                }
            }
            KeyCode::Char('u') if ctrl => p.input = Default::default(),
            KeyCode::Char('w') if ctrl => p.input.delete_word(),
            KeyCode::Char('a') if ctrl => p.input.home(),
            KeyCode::Char('e') if ctrl => p.input.end(),
            KeyCode::Char(_) if ctrl => changed = false,
            KeyCode::Char(c) => p.input.insert(c),
            KeyCode::Backspace => p.input.backspace(),
            KeyCode::Delete => p.input.delete(),
            KeyCode::Left => {
                p.input.left();
                changed = false;
            }
            KeyCode::Right => {
                p.input.right();
                changed = false;
            }
            KeyCode::Home => {
                p.input.home();
                changed = false;
            }
            KeyCode::End => {
                p.input.end();
                changed = false;
            }
            _ => changed = false,
        }
        if changed && p.kind == PromptKind::Search {
            let text = p.input.text.clone();
            self.set_search(&text);
        }
    }

    fn submit_prompt(&mut self) {
        let Mode::Prompt(p) = std::mem::replace(&mut self.mode, Mode::Normal) else {
            return;
        };
        let text = p.input.text.clone();
        match p.kind {
            PromptKind::Search => {
                // Keep the narrowed list with its first match selected.
                self.focus = Focus::List;
                self.selected = 0;
                self.list_offset = 0;
                if self.search.is_some() && self.rows.is_empty() {
                    self.info("no match yet (bodies may still be searched)");
                }
            }
            PromptKind::Filter => {
                if let Err(e) = self.set_filter(&text) {
                    let mut p = p;
                    p.error = Some(e);
                    self.mode = Mode::Prompt(p);
                }
            }
            PromptKind::Command => self.run_command(&text),
            PromptKind::AddTag { id } => self.apply_tags(&id, &text, true),
            PromptKind::RemoveTag { id } => self.apply_tags(&id, &text, false),
        }
    }

    fn narrowing(&mut self, text: &str) -> Result<Option<Narrowing>, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let query = Query::parse(text)?;
        self.next_generation += 1;
        let generation = self.next_generation;
        let cancel = Arc::new(AtomicBool::new(false));
        let searching = query.wants_body();
        if searching {
            super::worker::spawn_body_search(
                self.store.clone(),
                self.summaries.clone(),
                self.users.clone(),
                query.clone(),
                generation,
                cancel.clone(),
                self.tx.clone(),
            );
        }
        Ok(Some(Narrowing {
            text: text.to_string(),
            matcher: Matcher::new(&query),
            query,
            body_hits: HashSet::new(),
            body_misses: HashSet::new(),
            generation,
            searching,
            cancel,
        }))
    }

    /// Narrows the list as the user types; a query that does not parse yet (an open `"`)
    /// keeps the previous narrowing.
    pub(crate) fn set_search(&mut self, text: &str) {
        match self.narrowing(text) {
            Ok(n) => {
                self.search = n;
                self.selected = 0;
                self.refilter();
                if let Mode::Prompt(p) = &mut self.mode {
                    p.error = None;
                }
            }
            Err(e) => {
                if let Mode::Prompt(p) = &mut self.mode {
                    p.error = Some(e);
                }
            }
        }
    }

    fn clear_search(&mut self) {
        self.search = None;
        self.refilter();
        if let Some(id) = self.search_return.take() {
            if let Some(pos) = self.rows.iter().position(|&i| self.summaries[i].id == id) {
                self.selected = pos;
                self.scroll_list_to_selection();
            }
        }
    }

    pub(crate) fn set_filter(&mut self, text: &str) -> Result<(), String> {
        self.filter = self.narrowing(text)?;
        self.refilter();
        match &self.filter {
            Some(f) => {
                let t = f.text.clone();
                self.info(format!("filter: {t} ({} shown)", self.rows.len()));
            }
            None => self.info("filter cleared"),
        }
        Ok(())
    }

    // ----- command line -----

    fn run_command(&mut self, line: &str) {
        let line = line.trim();
        let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
        let rest = rest.trim();
        match verb {
            "" => {}
            "q" | "quit" => self.quit(),
            "filter" | "f" => {
                if let Err(e) = self.set_filter(rest) {
                    self.error(e);
                }
            }
            "search" => {
                self.set_search(rest);
                self.selected = 0;
            }
            "clear" => {
                self.search = None;
                self.filter = None;
                self.refilter();
                self.info("filter and search cleared");
            }
            "ingest" | "i" => {
                let paths: Vec<PathBuf> = rest.split_whitespace().map(expand_home).collect();
                self.start_ingest(paths);
            }
            "sort" => match rest {
                "date" => {
                    self.sort = SortKey::Date;
                    self.resort();
                }
                "source" => {
                    self.sort = SortKey::Source;
                    self.resort();
                }
                _ => self.error("usage: sort date|source"),
            },
            "theme" => {
                let kind = match rest {
                    "dark" => ThemeKind::Dark,
                    "light" => ThemeKind::Light,
                    _ => return self.error("usage: theme dark|light"),
                };
                self.config.theme = kind;
                self.theme = Theme::new(kind, self.config.no_color);
                self.rebuild_open();
            }
            "tag" | "untag" => match self.target_id() {
                Some(id) => self.apply_tags(&id, rest, verb == "tag"),
                None => self.info("no article selected"),
            },
            "export" => match rest {
                "" => self.open_export_dialog(None),
                f => match f.parse::<ExportFormat>() {
                    Ok(format) => self.open_export_dialog(Some(format)),
                    Err(e) => self.error(format!("export: {e}")),
                },
            },
            "help" => self.mode = Mode::Help,
            other => self.error(format!(
                "unknown command '{}' (try filter, search, clear, ingest, sort, theme, tag, untag, export, quit)",
                one_line(other)
            )),
        }
    }

    /// Starts an ingest on a worker; progress and the refreshed list arrive as worker messages.
    pub fn start_ingest(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return self.error("usage: ingest PATH...");
        }
        if self.ingest.is_some() || !self.pending_ingest.is_empty() {
            return self.error("an ingest is already running");
        }
        if let Some(missing) = paths.iter().find(|p| !p.exists()) {
            return self.error(format!("no such file or folder ({})", missing.display()));
        }
        if self.loading {
            self.pending_ingest = paths;
            return;
        }
        self.ingest = Some((0, 0));
        super::worker::spawn_ingest(self.store.clone(), paths, self.tx.clone());
    }

    fn on_worker(&mut self, msg: WorkerMsg) {
        match msg {
            WorkerMsg::Loaded { summaries, users } => {
                self.loading = false;
                match summaries {
                    Ok(summaries) => self.replace_data(summaries, users),
                    Err(e) => self.error(format!("cannot load the list: {e}")),
                }
                let pending = std::mem::take(&mut self.pending_ingest);
                if !pending.is_empty() {
                    self.start_ingest(pending);
                }
            }
            WorkerMsg::IngestProgress { done, total } => self.ingest = Some((done, total)),
            WorkerMsg::IngestDone { report, summaries } => {
                self.ingest = None;
                let users = std::mem::take(&mut self.users);
                self.replace_data(summaries, users);
                // Body searches ran over the old list: run them again over the new one.
                for search in [true, false] {
                    let text = if search { &self.search } else { &self.filter }
                        .as_ref()
                        .filter(|n| n.query.wants_body())
                        .map(|n| n.text.clone());
                    if let Some(text) = text {
                        if search {
                            self.set_search(&text);
                        } else {
                            let _ = self.set_filter(&text);
                        }
                    }
                }
                match report {
                    Ok(r) if r.errors.is_empty() => {
                        self.info(format!("ingest: {}", r.summary_line()))
                    }
                    Ok(r) => self.error(format!(
                        "ingest: {} (first: {})",
                        r.summary_line(),
                        r.errors[0]
                    )),
                    Err(e) => self.error(format!("ingest failed: {e}")),
                }
            }
            WorkerMsg::ExportProgress(progress) => {
                if let Some(run) = self.export.as_mut() {
                    run.progress = progress;
                }
            }
            WorkerMsg::ExportDone { path, result } => {
                self.export = None;
                match result {
                    Ok(stats) => self.saved(export_summary(&stats, &path)),
                    Err(e) if e.contains(&path.display().to_string()) => {
                        self.error(format!("export failed: {e}"))
                    }
                    Err(e) => self.error(format!("export failed: {e} ({})", tilde(&path))),
                }
            }
            WorkerMsg::BodyHits {
                generation,
                ids,
                misses,
                done,
            } => {
                let mut hit = false;
                for n in [self.search.as_mut(), self.filter.as_mut()]
                    .into_iter()
                    .flatten()
                {
                    if n.generation == generation {
                        n.body_hits.extend(ids.iter().cloned());
                        n.body_misses.extend(misses.iter().cloned());
                        n.searching = !done;
                        hit = true;
                    }
                }
                if hit && !(ids.is_empty() && misses.is_empty()) {
                    self.refilter();
                }
            }
        }
    }

    // ----- quitting -----

    /// Quits, except that the first `q` during an export only warns: quitting cancels the
    /// export (its partial file is removed), which should not happen by accident.
    fn quit(&mut self) {
        let key = self
            .config
            .keymap
            .keys_for(&Action::Quit)
            .into_iter()
            .next()
            .unwrap_or_else(|| ":quit".into());
        if let Some(run) = self.export.as_mut() {
            if !run.quit_armed {
                run.quit_armed = true;
                let what = format!("an export is running: {key} again cancels it and quits");
                return self.info(what);
            }
            run.cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        self.should_quit = true;
    }

    /// Cancels a running export and waits (at most `wait`) for its worker to stop and remove
    /// the partial file; the event loop calls this on the way out.
    pub fn abandon_export(&mut self, wait: std::time::Duration) {
        let Some(run) = self.export.take() else {
            return;
        };
        run.cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        let deadline = std::time::Instant::now() + wait;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match self.rx.recv_timeout(left) {
                Ok(WorkerMsg::ExportDone { .. }) | Err(_) => break,
                Ok(_) => {}
            }
        }
    }

    // ----- export -----

    /// Opens the export dialog, its filter prefilled with the list's filter and search (so
    /// by default it exports what the list shows) and its path with a fresh default name.
    pub(crate) fn open_export_dialog(&mut self, format: Option<ExportFormat>) {
        if let Some(run) = &self.export {
            let what = format!("an export is already running ({})", run.path.display());
            return self.error(what);
        }
        let filter = [self.filter.as_ref(), self.search.as_ref()]
            .into_iter()
            .flatten()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let format = format.unwrap_or(self.last_export_format);
        let in_home = std::env::var_os("HOME").is_some_and(|h| !h.is_empty());
        let path = default_export_path(format, chrono::Local::now().naive_local(), in_home);
        self.mode = Mode::Export(ExportDialog::new(format, &filter, &path, self.rows.len()));
    }

    fn export_key(&mut self, key: KeyEvent) {
        let Mode::Export(d) = &mut self.mode else {
            return;
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if d.confirm_overwrite {
            match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => self.start_export(true),
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => {
                    d.confirm_overwrite = false;
                    d.field = ExportField::Path;
                }
                _ => {}
            }
            return;
        }
        const FIELDS: [ExportField; 3] =
            [ExportField::Format, ExportField::Filter, ExportField::Path];
        let at = FIELDS.iter().position(|f| *f == d.field).unwrap_or(0);
        match key.code {
            KeyCode::Esc => {
                self.mode = Mode::Normal;
                self.info("export cancelled");
            }
            KeyCode::Char('c') if ctrl => {
                self.mode = Mode::Normal;
                self.info("export cancelled");
            }
            KeyCode::Enter => self.confirm_export(),
            KeyCode::Tab | KeyCode::Down => d.field = FIELDS[(at + 1) % FIELDS.len()],
            KeyCode::BackTab | KeyCode::Up => {
                d.field = FIELDS[(at + FIELDS.len() - 1) % FIELDS.len()]
            }
            _ => match d.field {
                ExportField::Format => match key.code {
                    KeyCode::Left => d.cycle_format(-1),
                    KeyCode::Right => d.cycle_format(1),
                    KeyCode::Char(c @ '1'..='5') => {
                        d.set_format(EXPORT_FORMATS[c as usize - '1' as usize])
                    }
                    _ => {}
                },
                ExportField::Filter => {
                    if edit_line(&mut d.filter, key) {
                        d.error = None;
                    }
                }
                ExportField::Path => {
                    if edit_line(&mut d.path, key) {
                        d.error = None;
                    }
                }
            },
        }
    }

    /// Enter in the export dialog: checks the filter and the path, asks before replacing a
    /// file, then starts the export. Problems stay in the dialog, on the field at fault.
    fn confirm_export(&mut self) {
        let Mode::Export(d) = &mut self.mode else {
            return;
        };
        let mut fail = |field, msg: String| {
            d.field = field;
            d.error = Some(msg);
        };
        if let Err(e) = Query::parse(d.filter.text.trim()) {
            return fail(ExportField::Filter, format!("filter: {e}"));
        }
        let raw = d.path.text.trim();
        if raw.is_empty() {
            return fail(ExportField::Path, "give the file to write".into());
        }
        let path = expand_home(raw);
        if path.is_dir() {
            return fail(
                ExportField::Path,
                format!("that is a folder; add a file name ({})", path.display()),
            );
        }
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return fail(
                    ExportField::Path,
                    format!("no such folder ({})", dir.display()),
                );
            }
        }
        if path.symlink_metadata().is_ok() {
            d.confirm_overwrite = true;
            d.error = None;
            return;
        }
        self.start_export(false);
    }

    /// Closes the dialog and hands the export to a worker.
    fn start_export(&mut self, overwrite: bool) {
        let Mode::Export(d) = std::mem::replace(&mut self.mode, Mode::Normal) else {
            return;
        };
        let job = ExportJob {
            format: d.format,
            query: d.filter.text.trim().to_string(),
            path: expand_home(d.path.text.trim()),
            overwrite,
        };
        self.last_export_format = d.format;
        let cancel = Arc::new(AtomicBool::new(false));
        self.export = Some(ExportRun {
            path: job.path.clone(),
            progress: Default::default(),
            cancel: cancel.clone(),
            quit_armed: false,
        });
        self.message = None;
        super::worker::spawn_export(self.store.clone(), job, cancel, self.tx.clone());
    }

    // ----- annotations -----

    fn start_annotation(&mut self) {
        let Some(id) = self.target_id() else {
            return self.info("no article selected");
        };
        if self.open.as_ref().is_none_or(|o| o.article.id != id) {
            self.open_id(&id);
        }
        let Some(o) = self.open.as_ref() else { return };
        let in_content = self.focus == Focus::Content;
        let target = match self.tab {
            Tab::Body if in_content && !o.article.paragraphs.is_empty() => {
                Target::Paragraph(o.para)
            }
            Tab::Quotes if in_content && !o.article.quotes.is_empty() => Target::Quote(o.quote),
            _ => Target::Article,
        };
        self.mode = Mode::Editor(Box::new(new_editor(&id, target, None, "")));
    }

    fn edit_note(&mut self) {
        let Some(o) = self.open.as_ref() else { return };
        let id = o.article.id.clone();
        let Some(note) = self.user(&id).annotations.get(o.note).cloned() else {
            return self.info("no note selected");
        };
        let target = match note.anchor {
            crate::model::Anchor::Article => Target::Article,
            crate::model::Anchor::Paragraph { index, .. } => Target::Paragraph(index),
            crate::model::Anchor::Quote { index, .. } => Target::Quote(index),
        };
        self.mode = Mode::Editor(Box::new(new_editor(&id, target, Some(note.id), &note.text)));
    }

    fn delete_note(&mut self) {
        if self.focus != Focus::Content || self.tab != Tab::Notes {
            return self.info("open the notes tab to delete a note");
        }
        let Some(o) = self.open.as_ref() else { return };
        let (id, index) = (o.article.id.clone(), o.note);
        if self.user(&id).annotations.get(index).is_none() {
            return self.info("no note selected");
        }
        self.edit(&id, "note deleted (u undoes)", true, |u| {
            u.annotations.remove(index);
        });
    }

    fn editor_key(&mut self, key: KeyEvent) {
        let Mode::Editor(e) = &mut self.mode else {
            return;
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if e.confirm_discard {
            match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => {
                    self.mode = Mode::Normal;
                    self.info("note discarded");
                }
                _ => e.confirm_discard = false,
            }
            return;
        }
        match key.code {
            KeyCode::Esc => {
                if e.is_dirty() {
                    e.confirm_discard = true;
                } else {
                    self.mode = Mode::Normal;
                }
            }
            KeyCode::Char('s') if ctrl => self.save_note(),
            KeyCode::Char('t') if ctrl && e.note_id.is_none() => {
                let (paras, quotes, para, quote) = self.open.as_ref().map_or((0, 0, 0, 0), |o| {
                    (
                        o.article.paragraphs.len(),
                        o.article.quotes.len(),
                        o.para,
                        o.quote,
                    )
                });
                let Mode::Editor(e) = &mut self.mode else {
                    return;
                };
                let order = [
                    Target::Article,
                    Target::Paragraph(para),
                    Target::Quote(quote),
                ];
                let mut i = order
                    .iter()
                    .position(|t| std::mem::discriminant(t) == std::mem::discriminant(&e.target))
                    .unwrap_or(0);
                for _ in 0..3 {
                    i = (i + 1) % 3;
                    let ok = match order[i] {
                        Target::Article => true,
                        Target::Paragraph(_) => paras > 0,
                        Target::Quote(_) => quotes > 0,
                    };
                    if ok {
                        e.target = order[i];
                        break;
                    }
                }
            }
            _ => {
                e.textarea.input(key);
            }
        }
    }

    fn save_note(&mut self) {
        let Mode::Editor(e) = &self.mode else { return };
        let text = e.text();
        let (id, target, note_id) = (e.article_id.clone(), e.target, e.note_id.clone());
        let Some(article) = self
            .open
            .as_ref()
            .map(|o| &o.article)
            .filter(|a| a.id == id)
        else {
            return self.error("the article is no longer open");
        };
        let ok = match note_id {
            None => match notes::new_annotation(article, &text, target) {
                Ok(note) => self.edit(&id, "note added", true, |u| u.annotations.push(note)),
                Err(msg) => {
                    self.error(msg);
                    false
                }
            },
            Some(nid) => {
                let text = text.trim().to_string();
                if text.is_empty() {
                    self.error("the note is empty (d deletes a note)");
                    false
                } else {
                    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                    self.edit(&id, "note edited", true, |u| {
                        if let Some(n) = u.annotations.iter_mut().find(|n| n.id == nid) {
                            n.text = text;
                            n.updated = now;
                        }
                    })
                }
            }
        };
        if ok {
            self.mode = Mode::Normal;
        }
    }

    // ----- mouse -----

    fn mouse(&mut self, m: MouseAction) {
        if self.size.0 < views::MIN_SIZE.0 || self.size.1 < views::MIN_SIZE.1 {
            return;
        }
        let areas = views::layout(self.area(), self);
        let (column, row) = match m {
            MouseAction::Click { column, row }
            | MouseAction::ScrollUp { column, row }
            | MouseAction::ScrollDown { column, row } => (column, row),
        };
        let pos = ratatui::layout::Position::new(column, row);
        let in_list = areas.list.contains(pos);
        let in_content = areas.content.contains(pos);
        match m {
            MouseAction::Click { .. } if in_list => {
                self.focus = Focus::List;
                let inner_y = areas.list.y + 1;
                if row >= inner_y && row < areas.list.bottom().saturating_sub(1) {
                    let n = self.list_offset + (row - inner_y) as usize;
                    if n < self.rows.len() {
                        self.selected = n;
                    }
                }
            }
            MouseAction::Click { .. } if in_content => {
                if self.open.is_none() {
                    return;
                }
                self.focus = Focus::Content;
                let body_y = areas.content.y + 2;
                if self.tab == Tab::Body && row >= body_y {
                    let o = self.open.as_ref().expect("checked");
                    let line = o.scroll + (row - body_y) as usize;
                    if let Some(Some(p)) = o.layout.line_para.get(line) {
                        let p = *p;
                        if let Some(o) = self.open.as_mut() {
                            o.para = p;
                        }
                    }
                }
            }
            MouseAction::ScrollUp { .. } | MouseAction::ScrollDown { .. } => {
                let delta = if matches!(m, MouseAction::ScrollUp { .. }) {
                    -3
                } else {
                    3
                };
                if in_list {
                    let last = self.rows.len().saturating_sub(1);
                    self.selected = self.selected.saturating_add_signed(delta).min(last);
                    self.scroll_list_to_selection();
                } else if in_content && self.tab == Tab::Body {
                    self.scroll_content(delta);
                }
            }
            _ => {}
        }
    }
}

fn new_editor(id: &str, target: Target, note_id: Option<String>, text: &str) -> Editor {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.lines().map(str::to_string).collect()
    };
    let mut textarea = TextArea::new(lines);
    textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
    textarea.move_cursor(ratatui_textarea::CursorMove::End);
    textarea.set_placeholder_text("Write the note. Ctrl-S saves, Esc cancels.");
    Editor {
        textarea,
        article_id: id.to_string(),
        target,
        note_id,
        original: text.to_string(),
        confirm_discard: false,
    }
}

/// Applies an editing key to a one-line field; returns whether the text changed.
fn edit_line(input: &mut LineInput, key: KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let before = input.text.clone();
    match key.code {
        KeyCode::Char('u') if ctrl => *input = LineInput::default(),
        KeyCode::Char('w') if ctrl => input.delete_word(),
        KeyCode::Char('a') if ctrl => input.home(),
        KeyCode::Char('e') if ctrl => input.end(),
        KeyCode::Char(_) if ctrl => {}
        KeyCode::Char(c) => input.insert(c),
        KeyCode::Backspace => input.backspace(),
        KeyCode::Delete => input.delete(),
        KeyCode::Left => input.left(),
        KeyCode::Right => input.right(),
        KeyCode::Home => input.home(),
        KeyCode::End => input.end(),
        _ => {}
    }
    input.text != before
}

/// The status-bar line after an export: counts and where the file is.
fn export_summary(stats: &ExportStats, path: &std::path::Path) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut text = format!("exported {}", plural(stats.articles, "article", "articles"));
    if stats.annotations > 0 {
        text.push_str(&format!(", {}", plural(stats.annotations, "note", "notes")));
    }
    if stats.written < stats.articles {
        // CSV and Web Annotation only write articles that carry tags or notes.
        text.push_str(&format!(" ({} with tags or notes)", stats.written));
    }
    text.push_str(&format!(" to {}", tilde(path)));
    text
}

/// `path` with the home folder shown as `~`, so the status bar keeps the part that matters.
fn tilde(path: &std::path::Path) -> String {
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from);
    match home.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) if !rest.as_os_str().is_empty() => format!("~/{}", rest.display()),
        _ => path.display().to_string(),
    }
}

fn expand_home(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(p),
    }
}
