//! The TUI's whole state. `App::update` (in `update.rs`) is the only writer; `views::draw` only
//! reads. Derived data the views need (visible rows, the wrapped article) is computed here, on
//! change, so that drawing a frame costs the same at 10 or 100k articles.

use super::action::WorkerMsg;
use super::keymap::Config;
use super::theme::Theme;
use super::views::content::BodyLayout;
use crate::export::ExportFormat;
use crate::fold::fold;
use crate::model::{Article, UserData};
use crate::notes::Target;
use crate::query::{Query, Term};
use crate::store::{Store, Summary};
use ratatui_textarea::TextArea;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Content,
}

/// The content pane's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Body,
    Quotes,
    Notes,
}

/// List order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Newest first (the store's order).
    Date,
    /// By source name, newest first within a source.
    Source,
}

/// Kind of status-bar message, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Saved,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub kind: MessageKind,
}

/// A one-line text input with a cursor (counted in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    pub text: String,
    pub cursor: usize,
}

impl LineInput {
    pub fn with(text: &str) -> LineInput {
        LineInput {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    fn byte_at(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map_or(self.text.len(), |(b, _)| b)
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    /// Deletes the word before the cursor (Ctrl-W).
    pub fn delete_word(&mut self) {
        while self.cursor > 0 && self.text.chars().nth(self.cursor - 1) == Some(' ') {
            self.backspace();
        }
        while self.cursor > 0 && self.text.chars().nth(self.cursor - 1) != Some(' ') {
            self.backspace();
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.chars().count();
    }

    /// The word being typed (after the last space or comma).
    pub fn current_word(&self) -> &str {
        let end = self.text.len();
        let start = self.text.rfind([' ', ',']).map_or(0, |i| i + 1);
        &self.text[start..end]
    }

    /// Replaces the word being typed with `word` followed by a space.
    pub fn replace_current_word(&mut self, word: &str) {
        let start = self.text.rfind([' ', ',']).map_or(0, |i| i + 1);
        self.text.truncate(start);
        self.text.push_str(word);
        self.text.push(' ');
        self.end();
    }
}

/// What a one-line prompt is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    Filter,
    Command,
    AddTag { id: String },
    RemoveTag { id: String },
}

/// An open one-line prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: LineInput,
    /// Tag prompts: offered with one key each (1-9): suggested topics, or the tags to remove.
    pub suggestions: Vec<String>,
    /// Tag prompts: every tag in use, most used first, for Tab completion.
    pub completions: Vec<String>,
    /// Tab cycling state: (typed prefix, index of the last completion used).
    pub cycle: Option<(String, usize)>,
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(kind: PromptKind, text: &str) -> Prompt {
        Prompt {
            kind,
            input: LineInput::with(text),
            suggestions: Vec::new(),
            completions: Vec::new(),
            cycle: None,
            error: None,
        }
    }

    /// Completions matching the word being typed.
    pub fn matching_completions(&self) -> Vec<&str> {
        let prefix = match &self.cycle {
            Some((p, _)) => p.as_str(),
            None => self.input.current_word(),
        };
        let typed: Vec<&str> = self.input.text.split([' ', ',']).collect();
        self.completions
            .iter()
            .map(String::as_str)
            .filter(|c| {
                c.starts_with(prefix) && !typed[..typed.len().saturating_sub(1)].contains(c)
            })
            .collect()
    }
}

/// The multi-line note editor.
pub struct Editor {
    pub textarea: TextArea<'static>,
    pub article_id: String,
    pub target: Target,
    /// Set when editing an existing note rather than writing a new one.
    pub note_id: Option<String>,
    pub original: String,
    /// Esc was pressed with unsaved text: the editor asks before discarding.
    pub confirm_discard: bool,
}

impl std::fmt::Debug for Editor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Editor")
            .field("article_id", &self.article_id)
            .field("target", &self.target)
            .field("note_id", &self.note_id)
            .field("text", &self.text())
            .finish()
    }
}

impl Editor {
    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    pub fn is_dirty(&self) -> bool {
        self.text().trim() != self.original.trim()
    }
}

/// The export formats in the dialog's order: `1`–`5` pick them, `←`/`→` cycle through them.
pub const EXPORT_FORMATS: [ExportFormat; 5] = [
    ExportFormat::Json,
    ExportFormat::Jsonl,
    ExportFormat::Csv,
    ExportFormat::Markdown,
    ExportFormat::WebAnnotation,
];

/// The export dialog's fields, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportField {
    Format,
    Filter,
    Path,
}

/// The export dialog (`e`, `:export`): which format, which articles, which file. Confirming it
/// hands the job to a worker, so the dialog itself never touches the disk beyond checking the
/// path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    pub format: ExportFormat,
    pub field: ExportField,
    /// A query in the filter language; empty exports every article.
    pub filter: LineInput,
    /// As typed: `~/` is expanded only when the export starts.
    pub path: LineInput,
    /// The list's filter and search when the dialog opened, and the rows they showed, so the
    /// dialog can say how many articles the unchanged filter exports.
    pub list_filter: String,
    pub list_rows: usize,
    pub error: Option<String>,
    /// Enter found the file already there: the dialog asks (y/n) before replacing it.
    pub confirm_overwrite: bool,
}

impl ExportDialog {
    /// A dialog with the format field focused, since that is the choice most often changed;
    /// `filter` is also remembered as the list's, for the "N articles shown" hint.
    pub fn new(format: ExportFormat, filter: &str, path: &str, list_rows: usize) -> ExportDialog {
        ExportDialog {
            format,
            field: ExportField::Format,
            filter: LineInput::with(filter),
            path: LineInput::with(path),
            list_filter: filter.to_string(),
            list_rows,
            error: None,
            confirm_overwrite: false,
        }
    }

    /// Switches format, changing the path's extension along with it when the path still ends
    /// with the old format's extension (so the default name stays right).
    pub fn set_format(&mut self, format: ExportFormat) {
        let old = format!(".{}", self.format.extension());
        if let Some(stem) = self.path.text.strip_suffix(&old) {
            let at_end = self.path.cursor == self.path.text.chars().count();
            self.path.text = format!("{stem}.{}", format.extension());
            self.path.cursor = if at_end {
                self.path.text.chars().count()
            } else {
                self.path.cursor.min(self.path.text.chars().count())
            };
        }
        self.format = format;
    }

    /// The format `step` places after (or before, when negative) the current one, wrapping.
    pub fn cycle_format(&mut self, step: isize) {
        let i = EXPORT_FORMATS
            .iter()
            .position(|f| *f == self.format)
            .unwrap_or(0) as isize;
        let n = EXPORT_FORMATS.len() as isize;
        self.set_format(EXPORT_FORMATS[(i + step).rem_euclid(n) as usize]);
    }
}

/// The default export file: `~/attache-export-YYYYMMDD-HHMM.EXT` (in the current folder when
/// there is no home), so repeated exports do not collide and sort by time.
pub fn default_export_path(
    format: ExportFormat,
    now: chrono::NaiveDateTime,
    in_home: bool,
) -> String {
    format!(
        "{}attache-export-{}.{}",
        if in_home { "~/" } else { "" },
        now.format("%Y%m%d-%H%M"),
        format.extension()
    )
}

/// An export running on a worker; the status bar shows its progress.
#[derive(Debug)]
pub struct ExportRun {
    pub path: std::path::PathBuf,
    /// Articles checked and selected so far, as last reported.
    pub progress: crate::export::ExportProgress,
    /// Set to stop the worker (quitting mid-export); the partial file is removed.
    pub(crate) cancel: Arc<AtomicBool>,
    /// `q` was pressed once during the export: the next `q` cancels it and quits.
    pub(crate) quit_armed: bool,
}

/// What has the keyboard besides the panes.
#[derive(Debug)]
pub enum Mode {
    Normal,
    Help,
    Prompt(Prompt),
    Editor(Box<Editor>),
    Export(ExportDialog),
}

/// An opened article with its wrapped layout and the content pane's cursors.
#[derive(Debug, Clone)]
pub struct Opened {
    pub article: Article,
    pub layout: BodyLayout,
    /// First visible line of the body tab.
    pub scroll: usize,
    /// Paragraph under the cursor (annotations attach here).
    pub para: usize,
    /// Selected quote in the quotes tab.
    pub quote: usize,
    /// Selected note in the notes tab.
    pub note: usize,
}

/// A narrowing of the list: by `/` search or by `f` filter. Dropping it stops its body search.
#[derive(Debug)]
pub struct Narrowing {
    pub text: String,
    pub matcher: Matcher,
    pub query: Query,
    /// Ids whose bodies matched (reported by the body-search worker).
    pub body_hits: HashSet<String>,
    /// Ids the full query rejects once their body is read (a negated word in the body).
    pub body_misses: HashSet<String>,
    pub generation: u64,
    /// The body search is still running.
    pub searching: bool,
    pub(crate) cancel: Arc<AtomicBool>,
}

impl Drop for Narrowing {
    fn drop(&mut self) {
        self.cancel
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// A parsed query split for speed: free-text words are found with one substring scan over a
/// contiguous, pre-folded haystack of every article (instead of folding every title on every
/// keystroke), and a positive `tag:` clause starts from the few tagged articles instead of
/// visiting all of them.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    pub(crate) words: Vec<(String, bool)>,
    pub(crate) required_tag: Option<String>,
    pub(crate) others: Vec<Query>,
}

impl Matcher {
    pub fn new(query: &Query) -> Matcher {
        let mut m = Matcher::default();
        for clause in &query.clauses {
            match &clause.term {
                Term::Text(word) => m.words.push((word.clone(), clause.negated)),
                Term::Tag(tag) if !clause.negated && m.required_tag.is_none() => {
                    m.required_tag = Some(tag.clone())
                }
                _ => m.others.push(Query {
                    clauses: vec![clause.clone()],
                }),
            }
        }
        m
    }

    pub fn needs_haystack(&self) -> bool {
        !self.words.is_empty()
    }
}

/// Folded title, source and speakers of every article in one buffer; `starts[i]` is where
/// article `i` begins. Rows are separated by a byte no folded query word contains.
#[derive(Debug, Clone, Default)]
pub(crate) struct Haystack {
    buf: String,
    starts: Vec<usize>,
}

const ROW_SEP: char = '\u{1}';

impl Haystack {
    fn build(summaries: &[Summary]) -> Haystack {
        let mut h = Haystack {
            buf: String::with_capacity(summaries.len() * 96),
            starts: Vec::with_capacity(summaries.len()),
        };
        for s in summaries {
            h.starts.push(h.buf.len());
            h.buf.push_str(&fold(&s.title).replace(ROW_SEP, " "));
            h.buf.push('\n');
            h.buf
                .push_str(&fold(s.source.as_deref().unwrap_or("")).replace(ROW_SEP, " "));
            for sp in &s.speakers {
                h.buf.push('\n');
                h.buf.push_str(&fold(sp).replace(ROW_SEP, " "));
            }
            h.buf.push(ROW_SEP);
        }
        h
    }

    /// Marks every row containing `word`.
    fn mark(&self, word: &str, hits: &mut [bool]) {
        for (pos, _) in self.buf.match_indices(word) {
            let row = self.starts.partition_point(|&s| s <= pos).saturating_sub(1);
            if let Some(h) = hits.get_mut(row) {
                *h = true;
            }
        }
    }
}

/// One undoable edit: the article's user data before it.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoEntry {
    pub id: String,
    pub before: UserData,
    pub label: String,
}

/// How many edits `u` can undo.
pub const UNDO_DEPTH: usize = 200;

pub struct App {
    pub store: Arc<Store>,
    /// The store path as shown in the status bar.
    pub store_label: String,
    pub config: Config,
    pub theme: Theme,
    /// Every article, newest first; shared with the body-search worker.
    pub summaries: Arc<Vec<Summary>>,
    pub users: HashMap<String, UserData>,
    /// Folded title/source/speakers of all summaries, built on the first free-text search.
    pub(crate) haystack: Option<Haystack>,
    /// Article id to `summaries` index, built on the first narrowing.
    pub(crate) id_index: HashMap<String, usize>,
    /// `summaries` indices in the current sort order.
    pub(crate) order: Vec<usize>,
    /// `summaries` indices shown in the list (order, narrowed by filter and search).
    pub rows: Vec<usize>,
    pub selected: usize,
    pub list_offset: usize,
    pub sort: SortKey,
    pub focus: Focus,
    pub tab: Tab,
    pub open: Option<Opened>,
    pub mode: Mode,
    pub filter: Option<Narrowing>,
    pub search: Option<Narrowing>,
    /// Selected id before `/` started, restored on Esc.
    pub(crate) search_return: Option<String>,
    pub undo: Vec<UndoEntry>,
    pub message: Option<Message>,
    /// The list is still being loaded by a worker (see [`App::loading`]).
    pub loading: bool,
    /// Paths to ingest once the list has loaded.
    pub(crate) pending_ingest: Vec<std::path::PathBuf>,
    /// Ingest progress (done, total) while an ingest runs.
    pub ingest: Option<(usize, usize)>,
    /// The export running on a worker, if any.
    pub export: Option<ExportRun>,
    /// The format last exported in this session, offered first by the next dialog.
    pub(crate) last_export_format: ExportFormat,
    pub unread: usize,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    pub should_quit: bool,
    pub(crate) tx: Sender<WorkerMsg>,
    /// Worker reports; the event loop drains it into `update`.
    pub rx: Receiver<WorkerMsg>,
    pub(crate) next_generation: u64,
}

impl App {
    /// Loads the list from the store. This is the startup cost measured by the bench.
    pub fn new(store: Arc<Store>, config: Config) -> crate::store::Result<App> {
        let summaries = store.summaries_by_date()?;
        let users = store.all_user_data()?;
        Ok(App::with_data(store, config, summaries, users))
    }

    /// Starts with an empty list and loads it on a worker, so the first frame is drawn at once
    /// even when loading 100k summaries from sled takes seconds; edits wait for the load.
    pub fn loading(store: Arc<Store>, config: Config) -> App {
        let mut app = App::with_data(store, config, Vec::new(), HashMap::new());
        app.loading = true;
        super::worker::spawn_load(app.store.clone(), app.tx.clone());
        app
    }

    /// Builds the state from already-loaded data (tests, benches, the ingest worker's reload).
    pub fn with_data(
        store: Arc<Store>,
        config: Config,
        summaries: Vec<Summary>,
        users: HashMap<String, UserData>,
    ) -> App {
        let (tx, rx) = channel();
        let theme = Theme::new(config.theme, config.no_color);
        let mut app = App {
            store_label: store.dir().display().to_string(),
            store,
            config,
            theme,
            summaries: Arc::new(Vec::new()),
            users: HashMap::new(),
            haystack: None,
            id_index: HashMap::new(),
            order: Vec::new(),
            rows: Vec::new(),
            selected: 0,
            list_offset: 0,
            sort: SortKey::Date,
            focus: Focus::List,
            tab: Tab::Body,
            open: None,
            mode: Mode::Normal,
            filter: None,
            search: None,
            search_return: None,
            undo: Vec::new(),
            message: None,
            loading: false,
            pending_ingest: Vec::new(),
            ingest: None,
            export: None,
            last_export_format: ExportFormat::Json,
            unread: 0,
            size: (120, 40),
            should_quit: false,
            tx,
            rx,
            next_generation: 0,
        };
        app.replace_data(summaries, users);
        app
    }

    /// Swaps in a fresh list (after an ingest), keeping the selection on the same article.
    pub(crate) fn replace_data(
        &mut self,
        summaries: Vec<Summary>,
        users: HashMap<String, UserData>,
    ) {
        let keep = self.selected_id().map(str::to_string);
        self.summaries = Arc::new(summaries);
        self.users = users;
        self.haystack = None;
        self.id_index.clear();
        // The old row indices mean nothing in the new list.
        self.rows.clear();
        self.resort();
        if let Some(pos) =
            keep.and_then(|id| self.rows.iter().position(|&i| self.summaries[i].id == id))
        {
            self.selected = pos;
            self.scroll_list_to_selection();
        }
        self.recount();
    }

    pub(crate) fn resort(&mut self) {
        let mut order: Vec<usize> = (0..self.summaries.len()).collect();
        if self.sort == SortKey::Source {
            let s = &self.summaries;
            // Stable sort keeps newest-first inside each source.
            order.sort_by_cached_key(|&i| fold(s[i].source.as_deref().unwrap_or("\u{10ffff}")));
        }
        self.order = order;
        self.refilter();
    }

    fn ensure_indexes(&mut self, haystack: bool) {
        if self.id_index.len() != self.summaries.len() {
            self.id_index = self
                .summaries
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect();
        }
        if haystack && self.haystack.is_none() {
            self.haystack = Some(Haystack::build(&self.summaries));
        }
    }

    /// Which articles (by `summaries` index) pass a narrowing.
    fn mask(&self, n: &Narrowing) -> Vec<bool> {
        let len = self.summaries.len();
        let default = UserData::default();
        let mut mask = match &n.matcher.required_tag {
            Some(tag) => {
                let mut m = vec![false; len];
                for (id, u) in &self.users {
                    if u.tags.contains(tag) {
                        if let Some(&i) = self.id_index.get(id) {
                            m[i] = true;
                        }
                    }
                }
                m
            }
            None => vec![true; len],
        };
        if let Some(hay) = &self.haystack {
            for (word, negated) in &n.matcher.words {
                let mut hits = vec![false; len];
                hay.mark(word, &mut hits);
                for (id, u) in &self.users {
                    if u.tags.iter().any(|t| t.contains(word.as_str())) {
                        if let Some(&i) = self.id_index.get(id) {
                            hits[i] = true;
                        }
                    }
                }
                for (m, h) in mask.iter_mut().zip(hits) {
                    *m &= h != *negated;
                }
            }
        }
        if !n.matcher.others.is_empty() {
            for (i, m) in mask.iter_mut().enumerate() {
                if *m {
                    let s = &self.summaries[i];
                    let u = self.users.get(&s.id).unwrap_or(&default);
                    *m = n.matcher.others.iter().all(|q| q.matches(s, u));
                }
            }
        }
        for id in &n.body_hits {
            if let Some(&i) = self.id_index.get(id) {
                mask[i] = true;
            }
        }
        for id in &n.body_misses {
            if let Some(&i) = self.id_index.get(id) {
                mask[i] = false;
            }
        }
        mask
    }

    /// Recomputes the shown rows from the order, filter and search, keeping the selected
    /// article selected when it is still shown.
    pub(crate) fn refilter(&mut self) {
        let keep = self.selected_id().map(str::to_string);
        let narrowings: Vec<&Narrowing> = self.filter.iter().chain(self.search.iter()).collect();
        let needs_hay = narrowings.iter().any(|n| n.matcher.needs_haystack());
        if !narrowings.is_empty() {
            self.ensure_indexes(needs_hay);
        }
        let masks: Vec<Vec<bool>> = self
            .filter
            .iter()
            .chain(self.search.iter())
            .map(|n| self.mask(n))
            .collect();
        self.rows = if masks.is_empty() {
            self.order.clone()
        } else {
            self.order
                .iter()
                .copied()
                .filter(|&i| masks.iter().all(|m| m[i]))
                .collect()
        };
        match keep.and_then(|id| self.rows.iter().position(|&i| self.summaries[i].id == id)) {
            Some(pos) => self.selected = pos,
            None => self.selected = self.selected.min(self.rows.len().saturating_sub(1)),
        }
        self.scroll_list_to_selection();
    }

    pub(crate) fn recount(&mut self) {
        let read = self
            .users
            .iter()
            .filter(|(_, u)| u.status != crate::model::Status::Unread)
            .count();
        self.unread = self.summaries.len().saturating_sub(read);
    }

    pub fn selected_summary(&self) -> Option<&Summary> {
        self.rows.get(self.selected).map(|&i| &self.summaries[i])
    }

    pub fn selected_id(&self) -> Option<&str> {
        self.selected_summary().map(|s| s.id.as_str())
    }

    pub fn user(&self, id: &str) -> UserData {
        self.users.get(id).cloned().unwrap_or_default()
    }

    /// The article an edit applies to: the opened one when the content pane has focus,
    /// otherwise the selected row.
    pub fn target_id(&self) -> Option<String> {
        match (&self.open, self.focus) {
            (Some(o), Focus::Content) => Some(o.article.id.clone()),
            _ => self.selected_id().map(str::to_string),
        }
    }

    /// Rows of list content visible between the borders.
    pub fn list_height(&self) -> usize {
        let areas = super::views::layout(self.area(), self);
        areas.list.height.saturating_sub(2) as usize
    }

    /// Width and height of the content pane's text area.
    pub fn content_size(&self) -> (u16, u16) {
        let areas = super::views::layout(self.area(), self);
        (
            areas.content.width.saturating_sub(2),
            areas.content.height.saturating_sub(3),
        )
    }

    pub fn area(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1)
    }

    pub(crate) fn scroll_list_to_selection(&mut self) {
        let h = self.list_height().max(1);
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
        } else if self.selected >= self.list_offset + h {
            self.list_offset = self.selected + 1 - h;
        }
        let max_offset = self.rows.len().saturating_sub(h);
        self.list_offset = self.list_offset.min(max_offset);
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            kind: MessageKind::Info,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            kind: MessageKind::Error,
        });
    }

    pub fn saved(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            kind: MessageKind::Saved,
        });
    }
}
