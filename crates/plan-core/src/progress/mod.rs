//! What became of each project and target since the plan (`content/progress.tsv`), kept apart
//! from the plan's own files: one row per source, each with its publisher (the outlet that
//! wrote it, not the host that copied it), date, address, tier and a paraphrase in our words.
//! A project's status is its first row's; the rows after it are the rest of the evidence,
//! conflicting sources included. The rules of evidence are the pack's checks ([`check`]): no
//! status without a source, "in service" only on the publisher's own site or two independent
//! copies, never "not done" from silence (未见公开报道 says what was searched, and when).

use super::content::tsv::{at, rows, syntax};
use super::content::ContentError;

mod status;
pub use status::{Status, Tier};

/// One source on one project or target.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The project or goal id.
    pub id: String,
    /// What this source says of it.
    pub status: Status,
    /// The milestone's date (opening, start, approval), `YYYY[-MM[-DD]]`, or empty.
    pub milestone: String,
    /// The date the state is told as of (for 未见公开报道, the day searched).
    pub as_of: String,
    /// The outlet that wrote it (empty for 未见公开报道).
    pub publisher: String,
    /// When it was published.
    pub published: String,
    /// The address read.
    pub url: String,
    /// How close the address is to the publisher.
    pub tier: Option<Tier>,
    /// What it says, in our words (for 未见公开报道: what was searched).
    pub paraphrase: String,
}

/// The table's columns.
pub const PROGRESS_HEADER: [&str; 9] = [
    "id",
    "status",
    "milestone",
    "as_of",
    "publisher",
    "published",
    "url",
    "tier",
    "paraphrase",
];

/// Whether a date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, day] => digits(y, 4) && digits(m, 2) && digits(day, 2),
        _ => false,
    }
}

/// Parses the table, each row held to the rules one row can keep (`file` names it in errors).
pub fn parse_progress(file: &str, text: &str) -> Result<Vec<(usize, Evidence)>, ContentError> {
    let mut out = Vec::new();
    for (line, c) in rows(file, text, &PROGRESS_HEADER)? {
        let error = |message: String| syntax(at(file, line), message);
        let status = Status::from_label(c[1]).ok_or_else(|| {
            let known: Vec<&str> = Status::ALL.iter().map(|s| s.label()).collect();
            error(format!(
                "status `{}` is not one of {}",
                c[1],
                known.join(" · ")
            ))
        })?;
        let tier = match c[7] {
            "" => None,
            t => Some(
                [Tier::Official, Tier::Copy, Tier::Other]
                    .into_iter()
                    .find(|x| x.id() == t)
                    .ok_or_else(|| error(format!("tier `{t}`: official, copy or other")))?,
            ),
        };
        for (name, date) in [("milestone", c[2]), ("published", c[5])] {
            if !date.is_empty() && !is_date(date) {
                return Err(error(format!(
                    "{name} `{date}` is not YYYY, YYYY-MM or YYYY-MM-DD"
                )));
            }
        }
        if !is_date(c[3]) {
            return Err(error(format!("as_of `{}`: every row says when", c[3])));
        }
        if c[8].is_empty() {
            return Err(error(
                "a paraphrase in our own words, or what was searched".into(),
            ));
        }
        if status != Status::NoTrace {
            if c[4].is_empty() || c[5].is_empty() || tier.is_none() {
                return Err(error(format!(
                    "{}: no status without a source (publisher, date published, tier)",
                    status.label()
                )));
            }
            if !c[6].starts_with("http://") && !c[6].starts_with("https://") {
                return Err(error(format!("url `{}`: the address read", c[6])));
            }
        }
        if let Some(word) = status.milestone_word() {
            if c[2].is_empty() {
                return Err(error(format!("{} needs its {word} date", status.label())));
            }
        }
        out.push((
            line,
            Evidence {
                id: c[0].into(),
                status,
                milestone: c[2].into(),
                as_of: c[3].into(),
                publisher: c[4].into(),
                published: c[5].into(),
                url: c[6].into(),
                tier,
                paraphrase: c[8].into(),
            },
        ));
    }
    Ok(out)
}

/// The outlet a publisher cell names, without what host it was read on (`新华社（转载于…）`
/// is 新华社): two copies are independent when their outlets differ.
fn outlet(publisher: &str) -> &str {
    publisher
        .split(['（', '('])
        .next()
        .unwrap_or(publisher)
        .trim()
}

/// The rules across rows: every id is a project or goal (`known`), its rows stand together,
/// every project has a row (when the pack keeps the table), and "in service" rests on the
/// publisher's own site or two copies by different outlets.
pub fn check(
    file: &str,
    rows: &[(usize, Evidence)],
    known: &dyn Fn(&str) -> bool,
    projects: &[&str],
) -> Result<(), ContentError> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, (line, row)) in rows.iter().enumerate() {
        if !known(&row.id) {
            return Err(syntax(
                at(file, *line),
                format!("`{}` is no project or goal", row.id),
            ));
        }
        let starts = i == 0 || rows[i - 1].1.id != row.id;
        if starts && seen.contains(&row.id.as_str()) {
            return Err(syntax(
                at(file, *line),
                format!("the rows of `{}` stand together", row.id),
            ));
        }
        if !starts {
            continue;
        }
        seen.push(&row.id);
        if row.status == Status::InService {
            let backing: Vec<&Evidence> = rows[i..]
                .iter()
                .map(|(_, r)| r)
                .take_while(|r| r.id == row.id)
                .filter(|r| r.status == Status::InService)
                .collect();
            let official = backing.iter().any(|r| r.tier == Some(Tier::Official));
            let mut outlets: Vec<&str> = backing
                .iter()
                .filter(|r| r.tier == Some(Tier::Copy))
                .map(|r| outlet(&r.publisher))
                .collect();
            outlets.sort_unstable();
            outlets.dedup();
            if !official && outlets.len() < 2 {
                return Err(syntax(
                    at(file, *line),
                    format!(
                        "`{}` 已建成投用 needs the publisher's own site or two copies by different outlets",
                        row.id
                    ),
                ));
            }
        }
    }
    if !rows.is_empty() {
        if let Some(missing) = projects.iter().find(|p| !seen.contains(p)) {
            return Err(syntax(
                at(file, 1),
                format!("project `{missing}` has no row (say 未见公开报道 with the day searched)"),
            ));
        }
    }
    Ok(())
}

/// A project's or target's standing: its status (its first row's), the latest as-of date, and
/// every source.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing<'a> {
    /// Where it stands.
    pub status: Status,
    /// The milestone of that status, or empty.
    pub milestone: &'a str,
    /// The latest date a source tells its state as of.
    pub as_of: &'a str,
    /// Every source, first the one that gives the status.
    pub evidence: Vec<&'a Evidence>,
}

impl Standing<'_> {
    /// Its milestone after the word for it (` 投用 2025-03-20`), where its status has one.
    pub fn dated(&self) -> String {
        self.status
            .milestone_word()
            .map(|w| format!(" {w} {}", self.milestone))
            .unwrap_or_default()
    }

    /// Its milestone to the month (` 2025-03`), where its status has one: for a small badge.
    pub fn month(&self) -> String {
        self.status
            .milestone_word()
            .map(|_| format!(" {}", self.milestone.get(..7).unwrap_or(self.milestone)))
            .unwrap_or_default()
    }
}

/// The standing of `id`, if the table has it.
pub fn standing<'a>(rows: &'a [Evidence], id: &str) -> Option<Standing<'a>> {
    let evidence: Vec<&Evidence> = rows.iter().filter(|r| r.id == id).collect();
    let first = evidence.first()?;
    let as_of = evidence
        .iter()
        .map(|r| r.as_of.as_str())
        .max()
        .unwrap_or_default();
    Some(Standing {
        status: first.status,
        milestone: &first.milestone,
        as_of,
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id\tstatus\tmilestone\tas_of\tpublisher\tpublished\turl\ttier\tparaphrase\n";

    fn checked(body: &str) -> Result<(), ContentError> {
        let text = format!("{HEADER}{body}");
        let rows = parse_progress("progress.tsv", &text)?;
        check("progress.tsv", &rows, &|id| id.starts_with('p'), &["p1"])
    }

    #[test]
    fn each_rule_of_evidence_fails_a_bad_table_with_its_line() {
        // (rows, the words the error must hold; the rule)
        let cases = [
            ("p1\t已通车\t\t2025\t\t\t\t\t说明\n", "status", "a fixed vocabulary"),
            ("p1\t在建\t2020\t2025\t\t\t\t\t说明\n", "no status without a source", "a source for a status"),
            ("p1\t在建\t\t2025\t新华社\t2025\thttp://a\tcopy\t说明\n", "开工", "在建 needs its start"),
            ("p1\t研究中\t\t\t新华社\t2025\thttp://a\tcopy\t说明\n", "as_of", "every row says when"),
            ("p1\t已建成投用\t2025\t2025\t新华社（转载于甲）\t2025\thttp://a\tcopy\t说明\np1\t已建成投用\t2025\t2025\t新华社（转载于乙）\t2025\thttp://b\tcopy\t说明\n", "two copies", "two copies of one outlet are one source"),
            ("p1\t研究中\t\t2025\t新华社\t2025\thttp://a\tcopy\t说明\nq1\t研究中\t\t2025\t新华社\t2025\thttp://a\tcopy\t说明\n", "no project or goal", "ids are known"),
            ("p2\t研究中\t\t2025\t新华社\t2025\thttp://a\tcopy\t说明\n", "project `p1` has no row", "every project has a row"),
            ("p1\t未见公开报道\t\t2026-12-04\t\t\t\t\t\n", "searched", "silence says what was searched"),
        ];
        for (body, words, rule) in cases {
            let error = checked(body).expect_err(rule).to_string();
            assert!(
                error.contains(words) && error.starts_with("progress.tsv:"),
                "{rule}: {error}"
            );
        }
    }

    #[test]
    fn a_good_table_passes_and_a_project_stands_where_its_first_row_says() {
        let body = "p1\t已建成投用\t2025-03-20\t2025-03-21\t新华社（转载于甲）\t2025-03-21\thttp://a\tcopy\t投用\n\
                    p1\t已建成投用\t2025-03-20\t2025-03-13\t中国甘肃网\t2025-03-13\thttps://b\tcopy\t同日启用\n\
                    p1\t在建\t2020-09\t2024-08-01\t新华社\t2024-08-01\thttp://c\tofficial\t主体完工\n";
        checked(body).expect("two outlets' copies back 已建成投用");
        let text = format!("{HEADER}{body}");
        let rows: Vec<Evidence> = parse_progress("t", &text)
            .expect("parses")
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        let s = standing(&rows, "p1").expect("p1 has a standing");
        assert_eq!(
            (s.status, s.milestone, s.as_of),
            (Status::InService, "2025-03-20", "2025-03-21")
        );
        assert_eq!(
            s.evidence.len(),
            3,
            "every source is kept, the conflicting one too"
        );
    }
}
