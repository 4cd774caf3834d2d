//! The words people type for the plan's own words (`高铁` for 高速铁路, `新区` for a named 新区),
//! from `content/search-terms.tsv`, each with the reason it holds. Search looks for the
//! plan's words too and says so ("也搜索了 高速铁路"); a row whose plan words do not occur
//! in the text is an error.

use crate::content::tsv::{at, rows, syntax};
use crate::content::ContentError;

/// One row: what people type, the plan's words to look for as well, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchTerm {
    /// `高铁`.
    pub typed: String,
    /// `高速铁路`.
    pub also: Vec<String>,
    /// Why they mean the same here.
    pub reason: String,
}

/// Parses the table: three columns, none empty (`file` names it in errors).
pub fn parse_terms(file: &str, text: &str) -> Result<Vec<SearchTerm>, ContentError> {
    let mut out = Vec::new();
    for (line, c) in rows(file, text, &["typed", "also", "reason"])? {
        if c.iter().any(|cell| cell.trim().is_empty()) {
            return Err(syntax(at(file, line), "every column needs a value"));
        }
        out.push(SearchTerm {
            typed: c[0].into(),
            also: c[1].split('|').map(str::to_string).collect(),
            reason: c[2].into(),
        });
    }
    Ok(out)
}
