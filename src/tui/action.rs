//! Everything that can change the TUI's state, as data. Keys (through the keymap), mouse events,
//! resizes and worker reports all become an [`Action`], so `App::update` is the single place where
//! state changes and every behaviour can be unit-tested without a terminal.

use crate::export::{ExportProgress, ExportStats};
use crate::model::UserData;
use crate::pipeline::IngestReport;
use crate::store::Summary;
use ratatui::crossterm::event::KeyEvent;
use std::collections::HashMap;
use std::path::PathBuf;

/// One state change request.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the cursor of the focused pane (list row, paragraph, quote or note) up.
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Focus the other pane (list / content).
    SwitchPane,
    /// Next or previous tab of the content pane (body, quotes, notes).
    NextTab,
    PrevTab,
    /// List: open the article. Quotes tab: jump to the quote's paragraph. Notes tab: edit.
    Open,
    Search,
    Filter,
    AddTag,
    RemoveTag,
    Annotate,
    ToggleReviewed,
    ToggleFlagged,
    Undo,
    Export,
    CommandLine,
    Help,
    Cancel,
    Quit,
    /// Opens the command line pre-filled with `ingest ` (the `i` key).
    Ingest,
    /// Toggles the list order between date (newest first) and source.
    ToggleSort,
    /// Deletes the selected note (notes tab).
    DeleteNote,
    /// A key for the active prompt, editor or dialog (not looked up in the keymap).
    Key(KeyEvent),
    /// A command typed on the `:` line, e.g. `filter tag:arctic` or `ingest ~/news`.
    Command(String),
    Mouse(MouseAction),
    /// The terminal now has this size (columns, rows).
    Resize(u16, u16),
    /// A report from a worker thread.
    Worker(WorkerMsg),
}

/// Mouse events the TUI reacts to, with terminal cell coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseAction {
    Click { column: u16, row: u16 },
    ScrollUp { column: u16, row: u16 },
    ScrollDown { column: u16, row: u16 },
}

/// What worker threads send back to the UI thread.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerMsg {
    /// The store's list, loaded on a worker so the first frame does not wait for it.
    Loaded {
        summaries: Result<Vec<Summary>, String>,
        users: HashMap<String, UserData>,
    },
    IngestProgress {
        done: usize,
        total: usize,
    },
    /// The ingest finished (or failed); the worker also reloads the list so the UI thread
    /// never blocks on a full scan of the store. User data is not reloaded: ingest never
    /// changes it, and the UI's copy already holds every edit made meanwhile.
    IngestDone {
        report: Result<IngestReport, String>,
        summaries: Vec<Summary>,
    },
    /// How far the export worker has got (a few reports a second at most).
    ExportProgress(ExportProgress),
    /// The export finished: the counts, or the one-line error (nothing was left at `path`).
    ExportDone {
        path: PathBuf,
        result: Result<ExportStats, String>,
    },
    /// Ids whose bodies match search generation `generation`; `done` marks the last batch.
    BodyHits {
        generation: u64,
        ids: Vec<String>,
        /// Articles the full query rejects once the body is read (sent only for queries with
        /// a negated word, where the summary alone can wrongly accept them).
        misses: Vec<String>,
        done: bool,
    },
}
