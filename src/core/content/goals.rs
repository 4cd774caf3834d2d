//! What the plan promises (`content/goals.tsv`): its positioning, principles, goals for 2035
//! and every quantified or dated target, each quoted from its paragraph; and the scan table
//! (`content/goal-scan.tsv`) that accounts for every year and percentage in the text.

use super::error::{ContentError, Place};
use super::meta::rows;

/// What kind of commitment an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalKind {
    /// 总体定位 and the five 发展定位.
    Positioning,
    /// The four 基本原则.
    Principle,
    /// The 发展目标 for 2035.
    Goal,
    /// A quantified or dated target.
    Target,
}

impl GoalKind {
    /// The kind in the plan's words.
    pub fn label(self) -> &'static str {
        match self {
            GoalKind::Positioning => "战略定位",
            GoalKind::Principle => "基本原则",
            GoalKind::Goal => "发展目标",
            GoalKind::Target => "具体目标",
        }
    }
}

/// One commitment.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalEntry {
    /// `huangshui-water-2020`: readable in a URL.
    pub id: String,
    /// Its kind.
    pub kind: GoalKind,
    /// The paragraph that states it.
    pub paragraph: String,
    /// Its exact words there.
    pub quote: String,
    /// What it is about (`湟水河出省断面`).
    pub subject: String,
    /// What is measured or promised (`III 类水质达标率`).
    pub metric: String,
    /// The value, with its comparison (`≥85`, `50`), if quantified.
    pub value: String,
    /// Unit of the value (`%`).
    pub unit: String,
    /// The year it is due.
    pub year: Option<u16>,
    /// How the date reads (`年底前`).
    pub by: String,
    /// The 2016 baseline, where the plan gives one.
    pub baseline: String,
    /// Theme for sorting and grouping (`生态`, `水环境` …).
    pub theme: String,
    /// Ids of the boxes, box items and figures that serve it in the text.
    pub serves: Vec<String>,
}

/// How a year or percentage found in the text is accounted for.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanVerdict {
    /// Paragraph it stands in.
    pub paragraph: String,
    /// The words found (`2020 年`, `50%`).
    pub found: String,
    /// `target:<id>`, `baseline:<headline figure key>` or `neither`.
    pub verdict: String,
    /// Why.
    pub reason: String,
}

fn syntax(file: &str, line: usize, message: String) -> ContentError {
    ContentError::Syntax {
        at: Place {
            file: file.into(),
            line,
        },
        message,
    }
}

/// Parses `goals.tsv`, each entry with its place.
pub fn parse_goals(file: &str, text: &str) -> Result<Vec<(GoalEntry, Place)>, ContentError> {
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
                Place {
                    file: file.into(),
                    line,
                },
            ))
        })
        .collect()
}

/// Parses `goal-scan.tsv`, each verdict with its place.
pub fn parse_scan(file: &str, text: &str) -> Result<Vec<(ScanVerdict, Place)>, ContentError> {
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
                Place {
                    file: file.into(),
                    line,
                },
            ))
        })
        .collect()
}
