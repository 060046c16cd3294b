//! Article bodies in an append-only file next to sled, one file per generation
//! (`bodies-<generation>.log`).
//!
//! Why not in sled: sled 0.34 keeps every page it has read resident while iterating, whatever
//! `cache_capacity` says, so a full export held the whole bodies tree in memory (412 MB of RSS
//! to scan 100k bodies). Read here with positional reads, bodies pass through the kernel's page
//! cache, which is not charged to the process; no mmap, since mapped pages would be.
//!
//! Layout: an 8-byte magic, then records `[payload length: u32 LE][xxh3-64 of payload: u64 LE]
//! [payload]`, the payload being the codec value ([`super::codec`]). Sled keeps a [`Pointer`]
//! per article. Records check themselves and pointers carry the checksum too, so a pointer to
//! bytes that never reached the disk (a power loss can persist sled's write before ours) or into
//! a cut file is reported as damage instead of being decoded.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use xxhash_rust::xxh3::xxh3_64;

/// Marks a body log, so a stray file under the same name is refused rather than read.
const MAGIC: &[u8; 8] = b"ATTBLOG1";
/// Offset of the first record.
pub const START: u64 = MAGIC.len() as u64;
/// Length and checksum in front of each payload.
pub const HEADER: usize = 12;

/// Where an article's record lives. The checksum is repeated here so a record that was
/// overwritten or never written cannot pass for the article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pointer {
    pub offset: u64,
    pub len: u32,
    pub checksum: u64,
}

impl Pointer {
    /// Distinct from the codec's format bytes, so a half-migrated bodies tree can tell
    /// pointers from the inline values of schema version 2.
    const TAG: u8 = 0xB1;
    /// 21 bytes: small enough for sled to keep the value inline in its node.
    pub const ENCODED_LEN: usize = 21;

    pub fn encode(&self) -> [u8; Self::ENCODED_LEN] {
        let mut out = [0u8; Self::ENCODED_LEN];
        out[0] = Self::TAG;
        out[1..9].copy_from_slice(&self.offset.to_be_bytes());
        out[9..13].copy_from_slice(&self.len.to_be_bytes());
        out[13..21].copy_from_slice(&self.checksum.to_be_bytes());
        out
    }

    /// `None` for anything that is not an encoded pointer (such as an inline body).
    pub fn decode(bytes: &[u8]) -> Option<Pointer> {
        if bytes.len() != Self::ENCODED_LEN || bytes[0] != Self::TAG {
            return None;
        }
        Some(Pointer {
            offset: u64::from_be_bytes(bytes[1..9].try_into().ok()?),
            len: u32::from_be_bytes(bytes[9..13].try_into().ok()?),
            checksum: u64::from_be_bytes(bytes[13..21].try_into().ok()?),
        })
    }

    /// Bytes the record takes in the log, header included (what compaction reclaims).
    pub fn record_len(&self) -> u64 {
        HEADER as u64 + u64::from(self.len)
    }
}

/// A record read back: one allocation holding header and payload, so reading costs a single
/// system call and the payload can be handed out without another copy.
#[derive(Debug)]
pub struct Body {
    buf: Vec<u8>,
}

impl Body {
    pub fn payload(&self) -> &[u8] {
        &self.buf[HEADER..]
    }
}

/// Kept apart because they call for different remedies: an I/O error may pass, while damage
/// only goes away by re-ingesting the article.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// The record is missing or does not match its pointer; the text says how.
    Damaged(String),
}

/// Where the next record goes, and whether anything was written since the last sync.
#[derive(Debug)]
struct Tail {
    end: u64,
    unsynced: bool,
}

#[derive(Debug)]
pub struct BodyLog {
    path: PathBuf,
    generation: u64,
    file: File,
    /// Appends take this; reads never do (`read_at` needs no shared file position).
    tail: Mutex<Tail>,
    /// `tail.end` as of the last finished append, for reads to bound-check a pointer (a damaged
    /// length must not become a huge allocation) without taking the lock.
    end: AtomicU64,
}

impl BodyLog {
    /// The generation is in the name so compaction can build the next log beside the current
    /// one and let sled's generation number decide which is real.
    pub fn path_for(dir: &Path, generation: u64) -> PathBuf {
        dir.join(format!("bodies-{generation}.log"))
    }

    /// Opens generation `generation` in `dir`, creating it when missing. A file cut shorter
    /// than its magic gets the magic back: its pointers fail their checks either way, and the
    /// store stays usable for `attache doctor`.
    pub fn open(dir: &Path, generation: u64) -> std::io::Result<BodyLog> {
        let path = Self::path_for(dir, generation);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        let len = file.metadata()?.len();
        let end = if len < MAGIC.len() as u64 {
            file.write_all_at(MAGIC, 0)?;
            file.sync_data()?;
            sync_dir(dir)?;
            len.max(MAGIC.len() as u64)
        } else {
            let mut magic = [0u8; MAGIC.len()];
            file.read_exact_at(&mut magic, 0)?;
            if &magic != MAGIC {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "not an attache body log",
                ));
            }
            len
        };
        Ok(BodyLog {
            path,
            generation,
            file,
            tail: Mutex::new(Tail {
                end,
                unsynced: false,
            }),
            end: AtomicU64::new(end),
        })
    }

    /// Creates generation `generation` empty, replacing any leftover of an interrupted
    /// compaction under that name.
    pub fn create(dir: &Path, generation: u64) -> std::io::Result<BodyLog> {
        let path = Self::path_for(dir, generation);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        Self::open(dir, generation)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The log's size in bytes, magic, live records and garbage together.
    pub fn size(&self) -> u64 {
        self.end.load(Ordering::Acquire)
    }

    fn lock_tail(&self) -> std::sync::MutexGuard<'_, Tail> {
        self.tail.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes one record at the end of the log (not synced: see [`BodyLog::sync`]). A failed
    /// write leaves the end where it was, so the next record overwrites the torn one.
    pub fn append(&self, payload: &[u8]) -> std::io::Result<Pointer> {
        let len = u32::try_from(payload.len()).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "body over 4 GiB")
        })?;
        let checksum = xxh3_64(payload);
        let mut record = Vec::with_capacity(HEADER + payload.len());
        record.extend_from_slice(&len.to_le_bytes());
        record.extend_from_slice(&checksum.to_le_bytes());
        record.extend_from_slice(payload);
        let mut tail = self.lock_tail();
        let offset = tail.end;
        tail.unsynced = true;
        self.file.write_all_at(&record, offset)?;
        tail.end += record.len() as u64;
        self.end.store(tail.end, Ordering::Release);
        Ok(Pointer {
            offset,
            len,
            checksum,
        })
    }

    /// Reads and checks the record `pointer` names.
    pub fn read(&self, pointer: Pointer) -> Result<Body, ReadError> {
        let end = self.size();
        let record_end = pointer.offset.saturating_add(pointer.record_len());
        if pointer.offset < MAGIC.len() as u64 || record_end > end {
            return Err(ReadError::Damaged(format!(
                "record at {}..{record_end} lies outside the log ({end} bytes, {})",
                pointer.offset,
                self.path.display()
            )));
        }
        let mut buf = vec![0u8; HEADER + pointer.len as usize];
        self.file
            .read_exact_at(&mut buf, pointer.offset)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::UnexpectedEof => ReadError::Damaged(format!(
                    "record at {} is cut off ({})",
                    pointer.offset,
                    self.path.display()
                )),
                _ => ReadError::Io(e),
            })?;
        let len = u32::from_le_bytes(buf[0..4].try_into().expect("4 bytes"));
        let stored = u64::from_le_bytes(buf[4..HEADER].try_into().expect("8 bytes"));
        if len != pointer.len || stored != pointer.checksum || xxh3_64(&buf[HEADER..]) != stored {
            return Err(ReadError::Damaged(format!(
                "record at {} fails its checksum ({})",
                pointer.offset,
                self.path.display()
            )));
        }
        Ok(Body { buf })
    }

    /// Makes every appended record durable. The store calls it before flushing sled, so a
    /// pointer sled has made durable never names bytes that are not.
    pub fn sync(&self) -> std::io::Result<()> {
        let mut tail = self.lock_tail();
        if tail.unsynced {
            self.file.sync_data()?;
            tail.unsynced = false;
        }
        Ok(())
    }

    /// Every `bodies-<generation>.log` in `dir`, whatever its generation: leftovers of an
    /// interrupted compaction to delete, or logs for `doctor --rebuild` to move aside. The
    /// name is matched exactly so logs already moved aside are never picked up.
    pub fn files(dir: &Path) -> std::io::Result<Vec<(u64, PathBuf)>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let generation = name
                .to_str()
                .and_then(|n| n.strip_prefix("bodies-"))
                .and_then(|n| n.strip_suffix(".log"))
                .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|n| n.parse::<u64>().ok());
            if let Some(generation) = generation {
                out.push((generation, entry.path()));
            }
        }
        out.sort();
        Ok(out)
    }
}

/// Makes a file's creation, rename or removal in `dir` durable.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let log = BodyLog::open(dir.path(), 0).unwrap();
        let a = log.append(b"\x01{\"first\":1}").unwrap();
        let b = log.append(&vec![7u8; 10_000]).unwrap();
        assert_eq!(log.read(a).unwrap().payload(), b"\x01{\"first\":1}");
        log.sync().unwrap();
        drop(log);
        let log = BodyLog::open(dir.path(), 0).unwrap();
        assert_eq!(log.read(b).unwrap().payload(), &vec![7u8; 10_000][..]);
        assert_eq!(Pointer::decode(&b.encode()), Some(b));
        assert_eq!(Pointer::decode(b"\x01{}"), None);
        assert_eq!(log.size(), 8 + a.record_len() + b.record_len());
    }

    #[test]
    fn damage_is_reported_not_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let log = BodyLog::open(dir.path(), 0).unwrap();
        let a = log.append(b"\x01{\"a\":1}").unwrap();
        let b = log.append(b"\x01{\"b\":2}").unwrap();
        // A pointer whose checksum does not match the record it names.
        let wrong = Pointer {
            checksum: a.checksum ^ 1,
            ..a
        };
        assert!(matches!(log.read(wrong), Err(ReadError::Damaged(m)) if m.contains("checksum")));
        // A flipped payload byte.
        log.file
            .write_all_at(b"X", a.offset + HEADER as u64 + 3)
            .unwrap();
        assert!(matches!(log.read(a), Err(ReadError::Damaged(_))));
        // A cut file.
        drop(log);
        let path = BodyLog::path_for(dir.path(), 0);
        let file = OpenOptions::new().write(true).open(&path).unwrap();
        file.set_len(b.offset + 5).unwrap();
        let log = BodyLog::open(dir.path(), 0).unwrap();
        assert!(matches!(log.read(b), Err(ReadError::Damaged(m)) if m.contains("outside")));
        // Appending after the damage still works.
        let c = log.append(b"\x01{}").unwrap();
        assert_eq!(log.read(c).unwrap().payload(), b"\x01{}");
    }

    #[test]
    fn a_foreign_file_is_refused_and_file_names_are_parsed_strictly() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(BodyLog::path_for(dir.path(), 3), b"something else entirely").unwrap();
        assert!(BodyLog::open(dir.path(), 3).is_err());
        std::fs::write(dir.path().join("bodies-3.log.damaged-x"), b"").unwrap();
        std::fs::write(dir.path().join("bodies-.log"), b"").unwrap();
        let files = BodyLog::files(dir.path()).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, 3);
    }
}
