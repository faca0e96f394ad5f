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
        let mut columns = None;
        let mut rows = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            match &columns {
                None => columns = Some(fields),
                Some(cols) => {
                    if fields.len() > cols.len() {
                        return Err(KbError::Format {
                            file: file.to_string(),
                            line: i + 1,
                            message: format!("{} fields where the header has {} columns", fields.len(), cols.len()),
                        });
                    }
                    rows.push(Row { line: i + 1, fields });
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

pub fn split_list(field: &str) -> Vec<String> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
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
    fn too_many_fields_names_file_and_line() {
        let err = Table::parse("x.tsv", "a\tb\n1\t2\t3\n").err().unwrap();
        assert!(err.to_string().contains("x.tsv:2"), "{err}");
    }
}
