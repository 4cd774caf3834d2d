//! The published CSV tables: UTF-8 with a byte-order mark (so spreadsheet programs read the
//! Chinese), a header of the columns' names, rows ended by CRLF, fields quoted only where they
//! must be, and no line break inside a value (one row a line). Written and read with the `csv`
//! crate; which columns a table has is [`super::columns`]'s.

use super::PublishedError;

/// One published column: its name in the header, what the data page says it holds (empty when
/// the name says it all), and how a row gives its value.
pub struct Column<R> {
    /// The header's name (`places_named`).
    pub name: &'static str,
    /// The data page's words for it (`文中点名的地方`).
    pub about: &'static str,
    /// The value of a row.
    pub value: fn(&R) -> String,
}

/// The table of `rows` under `columns`, named `file` in errors.
pub fn write<R>(
    file: &'static str,
    columns: &[Column<R>],
    rows: &[R],
) -> Result<String, PublishedError> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(columns.iter().map(|c| c.name))?;
    for (i, row) in rows.iter().enumerate() {
        let values: Vec<String> = columns.iter().map(|c| (c.value)(row)).collect();
        if let Some((column, _)) = columns
            .iter()
            .zip(&values)
            .find(|(_, v)| v.contains(['\n', '\r']))
        {
            return Err(PublishedError::LineBreak {
                file,
                row: i + 1,
                column: column.name,
            });
        }
        out.write_record(&values)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| PublishedError::Csv(csv::Error::from(e.into_error())))?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

/// A published table read back: its header and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The columns' names.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Every row's value in the column `name`.
    pub fn column(&self, name: &str) -> Result<Vec<&str>, PublishedError> {
        let at = self
            .header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| PublishedError::Column(name.to_string()))?;
        Ok(self
            .rows
            .iter()
            .map(|r| r.get(at).map_or("", String::as_str))
            .collect())
    }
}

/// Reads a published table (with or without its byte-order mark).
pub fn read(text: &str) -> Result<Table, PublishedError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers()?.iter().map(str::to_string).collect();
    let rows = reader
        .records()
        .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
        .collect::<Result<_, _>>()?;
    Ok(Table { header, rows })
}

/// The data page's field list of a table: `id · name · kind（类别）· places_named（…）`.
pub fn fields<R>(columns: &[Column<R>]) -> String {
    let mut out = String::new();
    for column in columns {
        if !out.is_empty() {
            out.push_str(if out.ends_with('）') { "· " } else { " · " });
        }
        out.push_str(column.name);
        if !column.about.is_empty() {
            out.push('（');
            out.push_str(column.about);
            out.push('）');
        }
    }
    out
}
