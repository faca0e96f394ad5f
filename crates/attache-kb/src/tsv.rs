//! The one table format of the knowledge base: TAB-separated, header first, `#` comments.

use crate::KbError;

/// A parsed table: the header's column names and the data rows with their line numbers.
pub struct Table<'a> {
    pub file: String,
    columns: Vec<&'a str>,
    pub rows: Vec<Row<'a>>,
}

pub struct Row<'a> {
    pub line: usize,
    fields: Vec<&'a str>,
}

impl<'a> Table<'a> {
    pub fn parse(file: &str, text: &'a str) -> Result<Table<'a>, KbError> {
        let mut columns: Option<Vec<&'a str>> = None;
        let mut rows = Vec::new();
        // One pass over the bytes: a line ends at '\n' (as `str::lines` reads it), a field
        // at '\t'. Both are ASCII, so every cut falls on a character boundary.
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while start < bytes.len() {
            let mut fields: Vec<&'a str> = Vec::with_capacity(columns.as_ref().map_or(16, Vec::len));
            let mut field_start = start;
            let mut end = start;
            loop {
                end = next_tab_or_newline(bytes, end);
                if end < bytes.len() && bytes[end] == b'\t' {
                    fields.push(trim(&text[field_start..end]));
                    field_start = end + 1;
                    end += 1;
                } else {
                    break;
                }
            }
            let line = text[start..end].trim_end_matches('\r');
            let last = &text[field_start..end];
            start = end + 1;
            i += 1;
            if is_blank(line) || line.starts_with('#') {
                continue;
            }
            // The last field ends where the line does, before any carriage return.
            fields.push(trim(last.trim_end_matches('\r')));
            match &columns {
                None => columns = Some(fields),
                Some(cols) => {
                    if fields.len() > cols.len() {
                        return Err(KbError::Format {
                            file: file.to_string(),
                            line: i,
                            message: format!("{} fields where the header has {} columns", fields.len(), cols.len()),
                        });
                    }
                    rows.push(Row { line: i, fields });
                }
            }
        }
        let columns = columns.ok_or_else(|| KbError::Format {
            file: file.to_string(),
            line: 0,
            message: "no header line".into(),
        })?;
        Ok(Table { file: file.to_string(), columns, rows })
    }

    /// Index of a required column.
    pub fn column(&self, name: &str) -> Result<usize, KbError> {
        self.columns.iter().position(|c| *c == name).ok_or_else(|| KbError::Format {
            file: self.file.clone(),
            line: 0,
            message: format!("missing column `{name}`"),
        })
    }

    /// Index of an optional column.
    pub fn optional(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| *c == name)
    }

    pub fn error(&self, row: &Row, message: impl Into<String>) -> KbError {
        KbError::Format { file: self.file.clone(), line: row.line, message: message.into() }
    }
}

impl<'a> Row<'a> {
    /// The field in column `i`, `""` when the row is short.
    pub fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).copied().unwrap_or("")
    }
    pub fn opt(&self, i: Option<usize>) -> &'a str {
        i.map(|i| self.get(i)).unwrap_or("")
    }
    /// Non-empty value of column `i`.
    pub fn some(&self, i: usize) -> Option<String> {
        let v = self.get(i);
        (!v.is_empty()).then(|| v.to_string())
    }
    /// The `|`-separated list in column `i`.
    pub fn list(&self, i: usize) -> Vec<String> {
        split_list(self.get(i))
    }
}

/// The index of the first tab or line feed in `bytes` from `i` (`bytes.len()` if none),
/// read eight bytes at a time: the tables are 2.6 MB, read at every start-up.
fn next_tab_or_newline(bytes: &[u8], mut i: usize) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // Per byte, the high bit of the result is set where the byte is zero: its low seven
    // bits plus 0x7f carry into the high bit unless they are all zero, and the byte's
    // own high bit counts too. No sum carries into the next byte.
    let zeros = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = zeros(x ^ 0x0909_0909_0909_0909) | zeros(x ^ 0x0a0a_0a0a_0a0a_0a0a);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b == b'\t' || b == b'\n').map_or(bytes.len(), |n| i + n)
}

/// `str::trim`, without the Unicode whitespace test when the field starts and ends with
/// a visible ASCII character (nearly every field of the tables).
fn trim(field: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x7f);
    let b = field.as_bytes();
    if visible(b.first()) && visible(b.last()) {
        field
    } else {
        field.trim()
    }
}

fn is_blank(line: &str) -> bool {
    line.as_bytes().first().is_none_or(|&b| b <= b' ' || b >= 0x7f) && line.trim().is_empty()
}

pub fn split_list(field: &str) -> Vec<String> {
    if field.is_empty() {
        return Vec::new();
    }
    // Cut at each '|' by hand, with the cheap `trim`: the gazetteer's alternates are
    // some 100,000 items read at every start-up.
    let mut items = Vec::with_capacity(field.bytes().filter(|&b| b == b'|').count() + 1);
    let mut start = 0;
    for (i, b) in field.bytes().enumerate().chain(std::iter::once((field.len(), b'|'))) {
        if b == b'|' {
            let item = trim(&field[start..i]);
            if !item.is_empty() {
                items.push(item.to_string());
            }
            start = i + 1;
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_header_comments_and_lists() {
        let t = Table::parse("x.tsv", "# c\nname\taliases\n\nA\tb|c\nD\n").unwrap();
        assert_eq!(t.rows.len(), 2);
        let a = t.column("aliases").unwrap();
        assert_eq!(t.rows[0].list(a), vec!["b", "c"]);
        assert_eq!(t.rows[1].get(a), "");
        assert!(t.column("nope").is_err());
    }

    #[test]
    fn fields_are_trimmed_and_line_ends_dropped_as_lines_and_trim_would() {
        let text = "a\tb\tc\r\n x \t\u{a0}y\u{a0}\r\r\n \t \u{a0}\n#c\tz\n\u{a0}é\t\tq\r";
        let t = Table::parse("x.tsv", text).unwrap();
        let rows: Vec<(usize, Vec<&str>)> =
            t.rows.iter().map(|r| (r.line, vec![r.get(0), r.get(1), r.get(2)])).collect();
        assert_eq!(rows, vec![(2, vec!["x", "y", ""]), (5, vec!["é", "", "q"])]);
        assert_eq!(t.columns, vec!["a", "b", "c"]);
    }

    #[test]
    fn tabs_and_newlines_are_found_as_a_byte_scan_finds_them() {
        let text = "ab\tc\u{e9}\u{89}x\n\x09\x0a\x19\u{8a}\u{a0}\u{109}\u{10a}\t0123456789abcdef\nz";
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            let want = bytes[i..].iter().position(|&b| b == b'\t' || b == b'\n').map_or(bytes.len(), |n| i + n);
            assert_eq!(next_tab_or_newline(bytes, i), want, "from {i}");
        }
    }

    #[test]
    fn lists_split_as_split_and_trim_would() {
        for field in ["", "a", "a|b", " a | b |", "||", "|x|", "\u{a0}é\u{a0}| \t|b c|d", "Oran'estad|Playa|Aran'estad"]
        {
            let want: Vec<String> =
                field.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
            assert_eq!(split_list(field), want, "{field:?}");
        }
    }

    #[test]
    fn too_many_fields_names_file_and_line() {
        let err = Table::parse("x.tsv", "a\tb\n1\t2\t3\n").err().unwrap();
        assert!(err.to_string().contains("x.tsv:2"), "{err}");
    }
}
