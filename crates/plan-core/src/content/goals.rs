//! What the plan promises (`content/goals.tsv`): its positioning, principles, goals for 2035
//! and every quantified or dated target, each quoted from its paragraph; and the scan table
//! (`content/goal-scan.tsv`) that accounts for every year and percentage in the text.

use super::error::{ContentError, Location};
pub use super::goal_entry::{GoalEntry, GoalKind, ScanVerdict};
use super::tsv::rows;

fn syntax(file: &str, line: usize, message: String) -> ContentError {
    ContentError::Syntax {
        at: Location {
            file: file.into(),
            line,
        },
        message,
    }
}

/// Parses `goals.tsv`, each entry with its place.
pub fn parse_goals(file: &str, text: &str) -> Result<Vec<(GoalEntry, Location)>, ContentError> {
    let header = [
        "id",
        "kind",
        "paragraph",
        "quote",
        "subject",
        "metric",
        "value",
        "unit",
        "year",
        "by",
        "baseline",
        "theme",
        "serves",
    ];
    rows(file, text, &header)?
        .into_iter()
        .map(|(line, c)| {
            let kind = match c[1] {
                "positioning" => GoalKind::Positioning,
                "principle" => GoalKind::Principle,
                "goal" => GoalKind::Goal,
                "target" => GoalKind::Target,
                other => return Err(syntax(file, line, format!("unknown kind `{other}`"))),
            };
            let year = match c[8] {
                "" => None,
                y => Some(
                    y.parse()
                        .map_err(|_| syntax(file, line, format!("year `{y}` is not a number")))?,
                ),
            };
            if c[0].is_empty()
                || !c[0]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(syntax(
                    file,
                    line,
                    format!("id `{}` must be lower-case letters, digits and -", c[0]),
                ));
            }
            let entry = GoalEntry {
                id: c[0].into(),
                kind,
                paragraph: c[2].into(),
                quote: c[3].into(),
                subject: c[4].into(),
                metric: c[5].into(),
                value: c[6].into(),
                unit: c[7].into(),
                year,
                by: c[9].into(),
                baseline: c[10].into(),
                theme: c[11].into(),
                serves: c[12].split_whitespace().map(str::to_string).collect(),
            };
            Ok((
                entry,
                Location {
                    file: file.into(),
                    line,
                },
            ))
        })
        .collect()
}

/// Parses `goal-scan.tsv`, each verdict with its place.
pub fn parse_scan(file: &str, text: &str) -> Result<Vec<(ScanVerdict, Location)>, ContentError> {
    rows(file, text, &["paragraph", "match", "verdict", "reason"])?
        .into_iter()
        .map(|(line, c)| {
            let verdict = ScanVerdict {
                paragraph: c[0].into(),
                found: c[1].into(),
                verdict: c[2].into(),
                reason: c[3].into(),
            };
            Ok((
                verdict,
                Location {
                    file: file.into(),
                    line,
                },
            ))
        })
        .collect()
}
