//! Writing data to stdout: buffered, and a closed pipe (`attache list | head`) ends the program
//! quietly, because the reader chose to stop.

use std::io::{BufWriter, Stdout, Write};

pub fn stdout() -> BufWriter<Stdout> {
    BufWriter::new(std::io::stdout())
}

pub fn emit_json_line(out: &mut impl Write, value: &impl serde::Serialize) -> anyhow::Result<()> {
    let line = serde_json::to_string(value)?;
    writeln!(out, "{line}").or_else(exit_on_broken_pipe)?;
    Ok(())
}

pub fn write_str(out: &mut impl Write, text: &str) -> anyhow::Result<()> {
    out.write_all(text.as_bytes())
        .or_else(exit_on_broken_pipe)?;
    Ok(())
}

pub fn finish(mut out: impl Write) -> anyhow::Result<()> {
    out.flush().or_else(exit_on_broken_pipe)?;
    Ok(())
}

fn exit_on_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Err(e)
}
