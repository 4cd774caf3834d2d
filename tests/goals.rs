//! Goals and targets: what the plan promises, by when, each tied to its paragraph; and every
//! year and percentage in the text accounted for.

use lanxi_explorer::core::content::{Block, GoalKind, Plan};
use lanxi_explorer::core::pack::plan;

fn plan_ref() -> &'static Plan {
    plan().expect("plan")
}

/// Years (`2020 年`, `2020年底`) and percentages (`85%`, `76%`) in a text, as written.
fn years_and_percentages(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit()
            || (i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.'))
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let digits = i - start;
        let mut j = i;
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        match chars.get(j) {
            Some('年') if digits == 4 => found.push(chars[start..=j].iter().collect()),
            Some('%') => found.push(chars[start..=j].iter().collect()),
            _ => {}
        }
    }
    found
}

#[test]
fn every_year_and_percentage_in_the_text_is_a_target_a_baseline_or_explained() {
    let plan = plan_ref();
    let mut hits = Vec::new();
    for (_, _, block) in plan.blocks() {
        if let Block::Paragraph(p) = block {
            for found in years_and_percentages(&p.text()) {
                hits.push((p.id.clone(), found));
            }
        }
    }
    assert!(
        hits.len() >= 10,
        "the scan finds the plan's years and percentages: {hits:?}"
    );
    for (paragraph, found) in &hits {
        let verdict = plan
            .goal_scan
            .iter()
            .find(|v| &v.paragraph == paragraph && &v.found == found);
        assert!(
            verdict.is_some(),
            "{paragraph}: `{found}` is not accounted for in content/goal-scan.tsv"
        );
    }
    for v in &plan.goal_scan {
        assert!(
            hits.iter().any(|(p, f)| *p == v.paragraph && *f == v.found),
            "stale scan row: {v:?}"
        );
    }
}

#[test]
fn positioning_principles_and_goals_are_all_there() {
    let plan = plan_ref();
    let count = |kind| plan.goals.iter().filter(|g| g.kind == kind).count();
    assert_eq!(
        count(GoalKind::Positioning),
        6,
        "总体定位 and five 发展定位"
    );
    assert_eq!(count(GoalKind::Principle), 4);
    assert_eq!(count(GoalKind::Goal), 6, "the 2035 goal and its five parts");
    assert!(plan
        .goals
        .iter()
        .filter(|g| g.kind == GoalKind::Goal)
        .all(|g| g.year == Some(2035)));
}

#[test]
fn the_targets_named_in_the_brief_are_recorded_with_value_and_year() {
    let plan = plan_ref();
    let t = |id: &str| plan.goal(id).unwrap_or_else(|| panic!("{id}"));
    let air = t("air-good-days-2035");
    assert_eq!(
        (air.value.as_str(), air.unit.as_str(), air.year),
        ("≥85", "%", Some(2035))
    );
    let water = t("huangshui-water-2020");
    assert_eq!(
        (water.value.as_str(), water.unit.as_str(), water.year),
        ("50", "%", Some(2020))
    );
    assert_eq!(t("red-line-survey-2020").year, Some(2020));
    assert_eq!(t("red-line-survey-2020").by, "年底前");
    assert_eq!(t("air-standard-2030").year, Some(2030));
    for target in plan.goals.iter().filter(|g| g.kind == GoalKind::Target) {
        assert!(target.year.is_some(), "{} is dated", target.id);
        let text = plan.paragraph(&target.paragraph).expect("paragraph").text();
        assert!(
            text.contains(&target.quote),
            "{} quotes its paragraph",
            target.id
        );
    }
}
