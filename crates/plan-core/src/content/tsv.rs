//! The one reader of the content's tab-separated tables: a header that must match, then rows
//! of exactly as many cells, each with its line number for errors.

use super::error::{ContentError, Location};

/// A place in a content file.
pub(crate) fn at(file: &str, line: usize) -> Location {
    Location {
        file: file.to_string(),
        line,
    }
}

/// A syntax error at a place.
pub(crate) fn syntax(place: Location, message: impl Into<String>) -> ContentError {
    ContentError::Syntax {
        at: place,
        message: message.into(),
    }
}

/// Rows of a tab-separated table after its header, with their line numbers; checks the header.
pub(crate) fn rows<'a>(
    file: &str,
    text: &'a str,
    header: &[&str],
) -> Result<Vec<(usize, Vec<&'a str>)>, ContentError> {
    let mut lines = text.lines().enumerate();
    let found: Vec<&str> = lines
        .next()
        .map(|(_, l)| l.split('\t').collect())
        .unwrap_or_default();
    if found != header {
        return Err(syntax(
            at(file, 1),
            format!("header should be `{}`", header.join("⇥")),
        ));
    }
    let mut out = Vec::new();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != header.len() {
            return Err(syntax(
                at(file, index + 1),
                format!("{} columns, expected {}", cells.len(), header.len()),
            ));
        }
        out.push((index + 1, cells));
    }
    Ok(out)
}

/// A cell of several values separated by `|`, empty ones dropped.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// An embedded table parsed once into `cell`: its rows, or the error every caller sees.
pub(crate) type Parsed<T> = std::sync::OnceLock<Result<Vec<T>, ContentError>>;

/// The rows held in `cell`, parsing the table the first time.
pub(crate) fn parsed_once<T>(
    cell: &'static Parsed<T>,
    parse: impl FnOnce() -> Result<Vec<T>, ContentError>,
) -> Result<&'static [T], &'static ContentError> {
    cell.get_or_init(parse).as_ref().map(Vec::as_slice)
}
