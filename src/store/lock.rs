//! Our own lock file, taken before sled opens, so a second attache process gets a clear
//! message instead of sled's low-level "could not acquire lock" error.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

/// Held for the life of the store; the OS releases it if the process dies.
#[derive(Debug)]
pub struct StoreLock {
    _file: File,
}

impl StoreLock {
    pub fn acquire(dir: &Path) -> Result<StoreLock, super::StoreError> {
        let path = dir.join("lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| super::StoreError::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => Ok(StoreLock { _file: file }),
            Err(TryLockError::WouldBlock) => {
                Err(super::StoreError::InUse(dir.display().to_string()))
            }
            Err(TryLockError::Error(e)) => Err(super::StoreError::io(&path, e)),
        }
    }
}
