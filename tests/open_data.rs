//! The open data's tables, each defined once (`core::published::columns`): the data page, the
//! file written and the file read back name the same columns in the same order, and each
//! column reads back as the value it was written from. Changing a column is changing its one
//! entry; this test is what says the rest followed.

#![cfg(feature = "ssr")]

use lanxi_explorer::core::pack;
use lanxi_explorer::core::published::columns::{
    goal_columns, goals_csv, place_columns, places_csv, project_columns, projects_csv, GoalLine,
    ProjectLine,
};
use lanxi_explorer::core::published::table::{read, Column};
use lanxi_explorer::core::published::PublishedError;

const SITE: &str = "https://example.org";

/// The names the data page lists for `file`: `id · kind（类别）· …` without the words.
fn data_page_names(file: &str) -> Vec<String> {
    let files = lanxi_explorer::pages::data::files();
    let Some((_, _, fields)) = files.iter().find(|(f, _, _)| *f == file) else {
        panic!("the data page lists {file}")
    };
    // The words in （…） may hold a `·` themselves (`专栏5 · 铁路`): leave them out first.
    let mut names = String::new();
    let mut depth = 0;
    for c in fields.chars() {
        match c {
            '（' => depth += 1,
            '）' => depth -= 1,
            c if depth == 0 => names.push(c),
            _ => {}
        }
    }
    names.split('·').map(|n| n.trim().to_string()).collect()
}

fn holds_together<R>(file: &str, columns: &[Column<R>], rows: &[R], written: &str) {
    let names: Vec<String> = columns.iter().map(|c| c.name.to_string()).collect();
    assert!(
        written.starts_with('\u{feff}'),
        "{file}: a BOM for spreadsheets"
    );
    assert_eq!(
        written.split("\r\n").filter(|l| !l.is_empty()).count(),
        rows.len() + 1,
        "{file}: the header and one line a row"
    );
    let table = read(written).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(table.header, names, "{file}: the header is the columns");
    assert_eq!(
        data_page_names(file),
        names,
        "{file}: the data page lists the columns"
    );
    for column in columns {
        let back = table.column(column.name).unwrap_or_else(|e| panic!("{e}"));
        let given: Vec<String> = rows.iter().map(|r| (column.value)(r)).collect();
        assert_eq!(
            back, given,
            "{file}: `{}` reads back as written",
            column.name
        );
    }
}

#[test]
fn each_tables_columns_agree_on_the_data_page_in_the_file_and_read_back() {
    let (Ok(plan), Ok(all), Ok(evidence), Ok(catalogue)) = (
        pack::plan(),
        pack::places(),
        pack::progress(),
        pack::projects(),
    ) else {
        panic!("the pack loads")
    };
    let written = projects_csv(plan, all, evidence, catalogue, SITE).unwrap_or_default();
    let rows: Vec<ProjectLine<'_>> = catalogue
        .iter()
        .map(|p| ProjectLine::of(plan, all, evidence, p, SITE))
        .collect();
    holds_together("projects.csv", &project_columns(), &rows, &written);
    // Read back as written says nothing if both sides are wrong the same way: one row as a
    // reader of the file sees it, from content/projects.tsv and content/progress.tsv.
    let table = read(&written).unwrap_or_else(|e| panic!("projects.csv: {e}"));
    let cell = |name: &str| {
        let ids = table.column("id").unwrap_or_else(|e| panic!("{e}"));
        let at = ids.iter().position(|id| *id == "air-zhongchuan-3");
        let values = table.column(name).unwrap_or_else(|e| panic!("{e}"));
        at.and_then(|i| values.get(i).map(|v| v.to_string()))
            .unwrap_or_default()
    };
    let table_row = [
        ("name", "兰州中川国际机场三期改扩建工程", "the plan's words"),
        ("kind", "机场", "the kind in Chinese"),
        ("status", "已建成投用", "T3 opened"),
        (
            "milestone",
            "2025-03-20",
            "the day it opened (not the fabricated 2020)",
        ),
        (
            "permalink",
            "https://example.org/c6/s1/#box5-hub1",
            "its place in the plan",
        ),
    ];
    for (column, want, why) in table_row {
        assert_eq!(cell(column), want, "air-zhongchuan-3 `{column}`: {why}");
    }
    let written = places_csv(all).unwrap_or_default();
    holds_together("places.csv", &place_columns(), all, &written);
    let written = goals_csv(plan, SITE).unwrap_or_default();
    let rows: Vec<GoalLine<'_>> = plan
        .goals
        .iter()
        .map(|goal| GoalLine::of(plan, goal, SITE))
        .collect();
    holds_together("goals.csv", &goal_columns(), &rows, &written);
}

#[test]
fn a_value_with_a_line_break_is_refused_so_every_row_stays_one_line() {
    let Ok(all) = pack::places() else {
        panic!("the pack loads")
    };
    let mut changed = all.to_vec();
    changed[1].note = "第一行\n第二行".into();
    let error = places_csv(&changed).expect_err("a line break");
    assert!(
        matches!(
            error,
            PublishedError::LineBreak {
                file: "places.csv",
                row: 2,
                column: "note"
            }
        ),
        "{error}"
    );
}
