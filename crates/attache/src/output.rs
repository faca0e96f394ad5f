//! Query results as an aligned table (on a terminal), JSON or CSV.

use clap::ValueEnum;
use serde::Serialize;
use std::io::Write;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum Format {
    /// Aligned columns, long cells shortened.
    Table,
    /// A JSON array of objects.
    Json,
    /// CSV with a header row.
    Csv,
}

/// Writes `rows` in `format` to `out`.
pub fn write_rows<T: Serialize>(out: &mut dyn Write, rows: &[T], format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            for r in rows {
                w.serialize(r)?;
            }
            w.flush()?;
        }
        Format::Table => {
            // Serialise through CSV to get the columns in field order, then align.
            let mut buf = Vec::new();
            {
                let mut w = csv::Writer::from_writer(&mut buf);
                for r in rows {
                    w.serialize(r)?;
                }
                w.flush()?;
            }
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(buf.as_slice());
            let table: Vec<Vec<String>> = reader
                .records()
                .map(|r| r.map(|r| r.iter().map(|c| shorten(c, 48)).collect()))
                .collect::<Result<_, _>>()?;
            if table.is_empty() {
                writeln!(out, "(no rows)")?;
                return Ok(());
            }
            let cols = table.iter().map(Vec::len).max().unwrap_or(0);
            let widths: Vec<usize> = (0..cols)
                .map(|c| table.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
                .collect();
            for (i, row) in table.iter().enumerate() {
                let line: Vec<String> =
                    row.iter().enumerate().map(|(c, cell)| format!("{cell:<w$}", w = widths[c])).collect();
                writeln!(out, "{}", line.join("  ").trim_end())?;
                if i == 0 {
                    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                    writeln!(out, "{}", rule.join("  "))?;
                }
            }
        }
    }
    Ok(())
}

fn shorten(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut t: String = one_line.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
