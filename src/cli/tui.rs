//! `attache tui [PATH...]` and `attache [PATH...]`: open the store, then the TUI.

use std::path::{Path, PathBuf};

/// Opens the store before touching the terminal, so a second instance prints the store's
/// "in use" message on a normal screen and exits with status 1.
pub fn run(db: &Path, paths: Vec<PathBuf>) -> anyhow::Result<i32> {
    let store = crate::store::Store::open(db)?;
    crate::tui::run(store, paths)?;
    Ok(0)
}
