//! JSON Lines: one article per line, the same object as in the JSON export, so tools can
//! process a huge export one line at a time (`jq -c`, `grep`, `split`).

use super::{ExportMeta, Sink};
use crate::model::{Article, UserData};
use std::io::{self, Write};

pub struct JsonlSink;

impl Sink for JsonlSink {
    fn begin(&mut self, _out: &mut dyn Write, _meta: &ExportMeta) -> io::Result<()> {
        Ok(())
    }

    fn article(
        &mut self,
        out: &mut dyn Write,
        article: &Article,
        user: &UserData,
    ) -> io::Result<bool> {
        super::json::write_record(out, article, user)?;
        out.write_all(b"\n")?;
        Ok(true)
    }

    fn wants_json(&self) -> bool {
        true
    }

    fn article_json(
        &mut self,
        out: &mut dyn Write,
        article: &[u8],
        user: &UserData,
    ) -> io::Result<bool> {
        super::json::write_record_json(out, article, user)?;
        out.write_all(b"\n")?;
        Ok(true)
    }
}
