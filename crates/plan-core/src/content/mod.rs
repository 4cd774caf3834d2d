//! The plan as structured content: parsed from `content/` (embedded in the build), validated,
//! and handed to every view. The same code runs in `build.rs`, so a malformed source fails the
//! build with its file and line.

pub mod access;
pub mod error;
pub mod figure_elements;
pub mod goal_entry;
pub mod goals;
pub mod meta;
pub mod model;
pub mod numerals;
pub mod parse;
pub mod plan_box;
pub mod repairs;
pub mod sources;
pub mod tsv;
pub mod validate;

pub use error::{ContentError, Location};
pub use goals::{GoalEntry, GoalKind, ScanVerdict};
pub use model::*;

use parse::Source;

pub use sources::*;

/// What parsing found besides the plan, for the validation that follows.
struct Parsed {
    places: Vec<(String, Location)>,
    meta: meta::MetaSource,
    headline_figures: Vec<(HeadlineFigure, Location)>,
    goals: Vec<(GoalEntry, Location)>,
    scan: Vec<(ScanVerdict, Location)>,
    meta_file: String,
    scope_file: String,
    end: Location,
}

/// Parses the sources into a plan, without the cross-checks of [`validate_plan`].
fn parse_plan(sources: &Sources<'_>) -> Result<(Plan, Parsed), ContentError> {
    let (plan_sources, meta_source, scope_source, figures_source) = (
        sources.plan,
        sources.meta,
        sources.scope,
        sources.headline_figures,
    );
    let texts: Vec<Source<'_>> = plan_sources
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    let body = parse::parse_body(&texts)?;
    let meta_src = meta::parse_meta(meta_source.0, meta_source.1)?;
    let scope = meta::parse_scope(scope_source.0, scope_source.1)?;
    let headline_figures = meta::parse_headline_figures(figures_source.0, figures_source.1)?;
    let goals = goals::parse_goals(sources.goals.0, sources.goals.1)?;
    let scan = goals::parse_scan(sources.goal_scan.0, sources.goal_scan.1)?;
    let plan = Plan {
        goals: goals.iter().map(|(g, _)| g.clone()).collect(),
        goal_scan: scan.iter().map(|(v, _)| v.clone()).collect(),
        meta: meta_src.meta.clone(),
        preamble: body.preamble,
        chapters: body.chapters,
        scope,
        headline_figures: headline_figures.iter().map(|(f, _)| f.clone()).collect(),
    };
    let end = Location {
        file: plan_sources
            .last()
            .map(|(n, _)| n.to_string())
            .unwrap_or_default(),
        line: plan_sources
            .last()
            .map(|(_, t)| t.lines().count())
            .unwrap_or(0),
    };
    let parsed = Parsed {
        places: body.places,
        meta: meta_src,
        headline_figures,
        goals,
        scan,
        meta_file: meta_source.0.into(),
        scope_file: scope_source.0.into(),
        end,
    };
    Ok((plan, parsed))
}

/// The checks across sources: outline complete, text clean, references resolve.
fn validate_plan(plan: &Plan, parsed: &Parsed) -> Result<(), ContentError> {
    let meta_place = Location {
        file: parsed.meta_file.clone(),
        line: 1,
    };
    validate::check_outline(plan, &parsed.meta.outline, &meta_place, &parsed.end)?;
    validate::check_blocks(&plan.preamble, &parsed.places)?;
    for chapter in &plan.chapters {
        validate::check_blocks(&chapter.intro, &parsed.places)?;
        for section in &chapter.sections {
            validate::check_blocks(&section.blocks, &parsed.places)?;
        }
    }
    for (id, at) in &parsed.meta.references {
        if plan.paragraph(id).is_none() {
            return Err(ContentError::UnknownReference {
                at: at.clone(),
                kind: "paragraph",
                id: id.clone(),
            });
        }
    }
    let scope_text = plan
        .paragraph(&plan.meta.scope_paragraph)
        .map(|p| p.text())
        .unwrap_or_default();
    for (index, unit) in plan.scope.iter().enumerate() {
        if !scope_text.contains(&unit.named_as) {
            let at = Location {
                file: parsed.scope_file.clone(),
                line: index + 2,
            };
            return Err(ContentError::Text {
                at,
                message: format!(
                    "`{}` is not in the scope paragraph {}",
                    unit.named_as, plan.meta.scope_paragraph
                ),
            });
        }
    }
    for (figure, at) in &parsed.headline_figures {
        let Some(paragraph) = plan.paragraph(&figure.paragraph) else {
            return Err(ContentError::UnknownReference {
                at: at.clone(),
                kind: "paragraph",
                id: figure.paragraph.clone(),
            });
        };
        if !paragraph.text().contains(&figure.quote) {
            return Err(ContentError::Text {
                at: at.clone(),
                message: format!(
                    "`{}` is not in paragraph {}",
                    figure.quote, figure.paragraph
                ),
            });
        }
    }
    let known = |id: &str| parsed.places.iter().any(|(known, _)| known == id);
    for (entry, at) in &parsed.goals {
        let Some(paragraph) = plan.paragraph(&entry.paragraph) else {
            return Err(ContentError::UnknownReference {
                at: at.clone(),
                kind: "paragraph",
                id: entry.paragraph.clone(),
            });
        };
        if !paragraph.text().contains(&entry.quote) {
            return Err(ContentError::Text {
                at: at.clone(),
                message: format!("`{}` is not in paragraph {}", entry.quote, entry.paragraph),
            });
        }
        if let Some(id) = entry.serves.iter().find(|id| !known(id)) {
            return Err(ContentError::UnknownReference {
                at: at.clone(),
                kind: "box or figure",
                id: id.clone(),
            });
        }
        if parsed
            .goals
            .iter()
            .filter(|(other, _)| other.id == entry.id)
            .count()
            > 1
        {
            return Err(ContentError::Syntax {
                at: at.clone(),
                message: format!("goal id `{}` is used twice", entry.id),
            });
        }
    }
    for (verdict, at) in &parsed.scan {
        let ok = match verdict.verdict.split_once(':') {
            Some(("target", id)) => plan.goals.iter().any(|g| g.id == id),
            Some(("baseline", key)) => plan.headline_figures.iter().any(|f| f.key == key),
            None => verdict.verdict == "neither" && !verdict.reason.is_empty(),
            _ => false,
        };
        if !ok {
            return Err(ContentError::UnknownReference {
                at: at.clone(),
                kind: "target or baseline",
                id: verdict.verdict.clone(),
            });
        }
        if !plan
            .paragraph(&verdict.paragraph)
            .is_some_and(|p| p.text().contains(&verdict.found))
        {
            return Err(ContentError::Text {
                at: at.clone(),
                message: format!(
                    "`{}` is not in paragraph {}",
                    verdict.found, verdict.paragraph
                ),
            });
        }
    }
    Ok(())
}

/// Parses and validates a plan from the given sources.
pub fn build_plan(sources: &Sources<'_>) -> Result<Plan, ContentError> {
    let (plan, parsed) = parse_plan(sources)?;
    validate_plan(&plan, &parsed)?;
    let (file, text) = sources.figure_elements;
    figure_elements::validate_figure_elements(
        &figure_elements::parse_figure_elements(file, text)?,
        &plan,
    )?;
    Ok(plan)
}

/// The plan as embedded in this build. The browser skips the cross-checks: `build.rs` ran
/// them on these very sources, and the code would only add to the download.
pub fn embedded_plan() -> Result<Plan, ContentError> {
    if cfg!(target_arch = "wasm32") {
        parse_plan(&EMBEDDED).map(|(plan, _)| plan)
    } else {
        build_plan(&EMBEDDED)
    }
}
