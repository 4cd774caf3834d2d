//! The repairs table (`content/repairs.tsv`): every change made to the extracted text, with
//! the text before and after, applied mechanically so the fidelity test can audit it.

/// One repair: a class of artifact, the source line(s), and the text before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct Repair {
    /// `r12`.
    pub id: String,
    /// `page-break`, `and`, `emphasis`, `html`, `figure-placeholder`, `toc`, …
    pub class: String,
    /// First source line (1-based).
    pub line: usize,
    /// Last source line.
    pub last_line: usize,
    /// Text before (with `⏎` for a line break, `⇥` for a tab, `␠` for a lone space).
    pub before: String,
    /// Text after.
    pub after: String,
}

/// What can go wrong applying the table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RepairError {
    /// A row is not well formed.
    #[error("repairs.tsv:{line}: {message}")]
    Row {
        /// Table line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A repair's `before` text is not found where it says.
    #[error("repair {id}: `{before}` not found at line {line} of the source")]
    NotFound {
        /// Repair id.
        id: String,
        /// The text looked for.
        before: String,
        /// The line named.
        line: usize,
    },
}

fn decode(s: &str) -> String {
    s.replace('⏎', "\n").replace('⇥', "\t").replace('␠', " ")
}

/// Parses the table.
pub fn parse_repairs(text: &str) -> Result<Vec<Repair>, RepairError> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        let row_error = |message: &str| RepairError::Row {
            line: index + 1,
            message: message.into(),
        };
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != 6 {
            return Err(row_error(
                "expected 6 columns: id class line before after why",
            ));
        }
        let (first, last) = cells[2].split_once('-').unwrap_or((cells[2], cells[2]));
        let line_no = |s: &str| {
            s.parse::<usize>()
                .map_err(|_| row_error("line is not a number"))
        };
        out.push(Repair {
            id: cells[0].into(),
            class: cells[1].into(),
            line: line_no(first)?,
            last_line: line_no(last)?,
            before: decode(cells[3]),
            after: decode(cells[4]),
        });
    }
    Ok(out)
}

/// Byte offset where each 1-based line starts.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// Applies the repairs to the raw source. A `toc` repair deletes its whole line range; every
/// other repair must find its `before` text starting on its line, exactly once.
pub fn apply_repairs(source: &str, repairs: &[Repair]) -> Result<String, RepairError> {
    let starts = line_starts(source);
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    for repair in repairs {
        let not_found = || RepairError::NotFound {
            id: repair.id.clone(),
            before: repair.before.clone(),
            line: repair.line,
        };
        let line_start = *starts.get(repair.line - 1).ok_or_else(not_found)?;
        if repair.class == "toc" {
            let end = starts
                .get(repair.last_line)
                .copied()
                .unwrap_or(source.len());
            edits.push((line_start, end, ""));
            continue;
        }
        let line_end = starts.get(repair.line).copied().unwrap_or(source.len());
        let hits: Vec<usize> = source[line_start..]
            .match_indices(repair.before.as_str())
            .map(|(i, _)| line_start + i)
            .take_while(|&i| i < line_end)
            .collect();
        match hits.as_slice() {
            [at] => edits.push((*at, at + repair.before.len(), repair.after.as_str())),
            _ => return Err(not_found()),
        }
    }
    edits.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut out = source.to_string();
    for (start, end, after) in edits {
        out.replace_range(start..end, after);
    }
    Ok(out)
}

/// Removes all whitespace: the comparison is of characters, not of layout.
pub fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
