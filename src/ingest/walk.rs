//! Expands the paths a user names into the files to read: folders are walked recursively in a
//! stable order, symlink loops are detected, and problems are reported per path, not fatally.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A path that could not be walked, with a one-line reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkError {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.reason, self.path)
    }
}

/// Returns every regular file under `roots`, sorted within each folder, plus the errors met.
/// Hidden files and folders (dot-names) inside a walked folder are skipped.
pub fn collect_files(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<WalkError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    for root in roots {
        visit(root, true, &mut seen_dirs, &mut files, &mut errors);
    }
    (files, errors)
}

fn visit(
    path: &Path,
    explicit: bool,
    seen_dirs: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<WalkError>,
) {
    let fail = |reason: String| WalkError {
        path: path.display().to_string(),
        reason,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let reason = if e.raw_os_error() == Some(40) {
                "symlink loop".to_string()
            } else {
                format!("cannot read path: {e}")
            };
            errors.push(fail(reason));
            return;
        }
    };
    if meta.is_file() {
        files.push(path.to_path_buf());
        return;
    }
    if !meta.is_dir() {
        if explicit {
            errors.push(fail("not a regular file or folder".into()));
        }
        return;
    }
    let canonical = match std::fs::canonicalize(path) {
        Ok(c) => c,
        Err(e) => {
            errors.push(fail(format!("cannot resolve folder: {e}")));
            return;
        }
    };
    if !seen_dirs.insert(canonical) {
        if !explicit {
            errors.push(fail("symlink loop: folder already visited".into()));
        }
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(fail(format!("cannot read folder: {e}")));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    children.sort();
    for child in children {
        visit(&child, false, seen_dirs, files, errors);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_and_survives_symlink_loops() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("b");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        std::fs::write(sub.join("c.txt"), "y").unwrap();
        std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
        let (files, errors) = collect_files(&[dir.path().to_path_buf()]);
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap())
            .collect();
        assert_eq!(names, ["a.txt", "c.txt"]);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].reason.contains("symlink loop"), "{:?}", errors);
    }

    #[test]
    fn missing_path_is_an_error_not_a_panic() {
        let (files, errors) = collect_files(&[PathBuf::from("/nonexistent/attache")]);
        assert!(files.is_empty());
        assert!(errors[0].to_string().contains("/nonexistent/attache"));
    }
}
