//! Reads the CSV files the site publishes (`data/goals.csv`, `data/projects.csv`): UTF-8 with
//! or without a BOM, a header row, fields quoted when they hold a comma, a quote or a line
//! break, rows ended by CRLF or LF. The search reads its goals and projects from these files
//! rather than carrying its own copies in the wasm.

use thiserror::Error;

/// What is wrong with a CSV text, and on which line (counted from 1, the header's).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {reason}")]
pub struct CsvError {
    /// Where.
    pub line: usize,
    /// What.
    pub reason: &'static str,
}

/// A CSV table: its header's names and its rows, each as long as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The header's names.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Where the column `name` stands.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

/// Reads `text` as a table.
pub fn table(text: &str) -> Result<Table, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let (mut line, mut record_line) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                // A quoted field: up to the quote not doubled.
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            line += usize::from(c == '\n');
                            field.push(c);
                        }
                        None => {
                            return Err(CsvError {
                                line: record_line,
                                reason: "a quoted field is not closed",
                            })
                        }
                    }
                }
                if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                    return Err(CsvError {
                        line,
                        reason: "text after a quoted field",
                    });
                }
                at_field_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push((record_line, std::mem::take(&mut record)));
                line += 1;
                record_line = line;
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !at_field_start || !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((record_line, record));
    }
    let mut records = records.into_iter();
    let Some((_, header)) = records.next() else {
        return Err(CsvError {
            line: 1,
            reason: "no header",
        });
    };
    let rows = records
        .map(|(line, row)| {
            if row.len() == header.len() {
                Ok(row)
            } else {
                Err(CsvError {
                    line,
                    reason: "a row is not as long as the header",
                })
            }
        })
        .collect::<Result<_, _>>()?;
    Ok(Table { header, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_their_commas_quotes_and_line_breaks() {
        let text = "\u{feff}id,text\r\na,\"one, two\"\r\nb,\"say \"\"hi\"\"\"\r\nc,\"two\r\nlines\"\r\nd,\r\n";
        let t = table(text).expect("a table");
        assert_eq!(t.header, ["id", "text"]);
        assert_eq!(t.column("text"), Some(1));
        let texts: Vec<&str> = t.rows.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(texts, ["one, two", "say \"hi\"", "two\r\nlines", ""]);
    }

    #[test]
    fn a_malformed_table_is_an_error_naming_its_line() {
        let short = table("a,b\n1,2\n3\n").expect_err("a short row");
        assert_eq!(short.line, 3);
        let open = table("a,b\n1,\"2\n").expect_err("an open quote");
        assert_eq!(open.line, 2);
        let after = table("a,b\n1,\"2\"x\n").expect_err("text after a quote");
        assert_eq!(after.line, 2);
        assert!(table("").is_err());
    }
}
