//! How a goal reads on its pages: its quote marked in its paragraph, what it serves named
//! from the text, its value with its unit, its year with its qualifier.

use super::content::{GoalEntry, GoalKind, HeadlineFigure, Plan};
use super::html::escape;

/// The paragraph's text with the quoted words marked, as HTML.
pub fn quoted_paragraph(plan: &Plan, g: &GoalEntry) -> String {
    let text = plan
        .paragraph(&g.paragraph)
        .map(|p| p.text())
        .unwrap_or_default();
    match text.split_once(&g.quote) {
        Some((before, after)) => format!(
            "{}<mark>{}</mark>{}",
            escape(before),
            escape(&g.quote),
            escape(after)
        ),
        None => escape(&text),
    }
}

/// A name for a box entry or figure id, from the text.
pub fn served_label(plan: &Plan, id: &str) -> String {
    plan.boxes()
        .into_iter()
        .find_map(|b| {
            if b.id == id {
                return Some(format!("{} {}", b.label(), b.title));
            }
            b.items()
                .into_iter()
                .find(|i| i.id == id)
                .map(|i| format!("{} · {}", b.label(), i.name()))
        })
        .or_else(|| {
            plan.figures()
                .into_iter()
                .find(|f| f.id == id)
                .map(|f| format!("{} {}", f.label(), f.caption))
        })
        .unwrap_or_else(|| id.to_string())
}

/// `value` and `unit` as one reading (`≥85%`), or the metric when it is not a number.
pub fn reading(g: &GoalEntry) -> String {
    if g.value.is_empty() {
        g.metric.clone()
    } else {
        format!("{} {}{}", g.metric, g.value, g.unit)
    }
}

/// `2020年底前`, `2035年`: the year and its qualifier, without doubling the 年.
pub fn year_and_by(g: &GoalEntry) -> String {
    let year = g.year.map(|y| y.to_string()).unwrap_or_default();
    let by = g.by.strip_prefix('年').unwrap_or(&g.by);
    format!("{year}年{by}")
}

/// The years of the timeline: each baseline year of the headline figures with its figures,
/// then every year a goal or target names, in order.
pub fn timeline(plan: &Plan) -> (Vec<(u16, Vec<&HeadlineFigure>)>, Vec<u16>) {
    let mut bases: Vec<u16> = plan
        .headline_figures
        .iter()
        .filter_map(|f| f.year)
        .collect();
    bases.sort_unstable();
    bases.dedup();
    let baselines = bases
        .into_iter()
        .map(|y| {
            let figures = plan
                .headline_figures
                .iter()
                .filter(|f| f.year == Some(y))
                .collect();
            (y, figures)
        })
        .collect();
    let mut years: Vec<u16> = plan.goals.iter().filter_map(|g| g.year).collect();
    years.sort_unstable();
    years.dedup();
    (baselines, years)
}

/// The heading of the goals of one kind: `2035 年发展目标` when they all name one year.
pub fn goals_heading(plan: &Plan, kind: GoalKind, words: &str) -> String {
    let mut years = plan.goals.iter().filter(|g| g.kind == kind).map(|g| g.year);
    match years.next() {
        Some(Some(year)) if years.all(|y| y == Some(year)) => format!("{year} 年{words}"),
        _ => words.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::plan;

    #[test]
    fn a_year_reads_once_with_its_qualifier() {
        let Ok(plan) = plan() else {
            panic!("the plan loads")
        };
        for g in plan.goals.iter().filter(|g| g.year.is_some()) {
            let words = year_and_by(g);
            assert!(!words.contains("年年"), "{}: {words}", g.id);
            assert!(words.starts_with(&g.year.map(|y| y.to_string()).unwrap_or_default()));
        }
    }

    #[test]
    fn a_goal_quote_is_marked_in_its_paragraph_and_what_it_serves_is_named() {
        let Ok(plan) = plan() else {
            panic!("the plan loads")
        };
        for g in &plan.goals {
            let html = quoted_paragraph(plan, g);
            assert!(html.contains("<mark>"), "{} marks its quote", g.id);
            for id in &g.serves {
                assert_ne!(served_label(plan, id), *id, "{id} is named in words");
            }
        }
    }

    #[test]
    fn the_timeline_and_headings_take_their_years_from_the_content() {
        let Ok(plan) = plan() else {
            panic!("the plan loads")
        };
        let (baselines, years) = timeline(plan);
        assert!(baselines
            .iter()
            .all(|(y, figures)| !figures.is_empty() && figures.iter().all(|f| f.year == Some(*y))));
        assert!(years.windows(2).all(|w| w[0] < w[1]), "in order, once each");
        for g in plan.goals.iter().filter(|g| g.year.is_some()) {
            assert!(g.year.is_some_and(|y| years.contains(&y)));
        }
        let heading = goals_heading(plan, GoalKind::Goal, "发展目标");
        assert!(heading.ends_with("发展目标"));
        assert_eq!(
            goals_heading(plan, GoalKind::Principle, "基本原则"),
            "基本原则",
            "no year of its own"
        );
    }
}
