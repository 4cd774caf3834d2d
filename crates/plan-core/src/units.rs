//! The searchable units of the plan: headings, paragraphs, box entries and figure captions,
//! each with the page and anchor it opens and the trail that names where it stands.

use crate::content::{Block, Chapter, Plan, Section};
use crate::progress::Evidence;
use crate::projects::Project;
use crate::routes::Route;

/// What kind of unit a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DocKind {
    /// A chapter or section title.
    Heading,
    /// A paragraph of body text.
    Paragraph,
    /// An entry of a box (专栏).
    BoxEntry,
    /// A figure caption.
    Figure,
    /// A positioning, principle, goal or target.
    Goal,
    /// A project of the catalogue.
    Project,
}

/// One searchable unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// The element id it opens at.
    pub anchor: String,
    /// The page it stands on.
    pub route: Route,
    /// Its kind.
    pub kind: DocKind,
    /// Where it stands: `第六章 推动基础设施互联互通 › 第一节 畅通综合交通运输网络`.
    pub trail: String,
    /// The group it is listed under in results (chapter and section).
    pub group: String,
    /// Its text as shown.
    pub text: String,
    /// Bytes of `text` that are the bold lead (0 if none).
    pub lead_len: usize,
}

fn route_of(chapter: Option<&Chapter>, section: Option<&Section>) -> Route {
    match (chapter, section) {
        (Some(c), Some(s)) => Route::Section(c.number, s.number),
        (Some(c), None) => Route::Chapter(c.number),
        _ => Route::Home,
    }
}

fn trail_of(chapter: Option<&Chapter>, section: Option<&Section>) -> String {
    match (chapter, section) {
        (Some(c), Some(s)) => format!("{} {} › {} {}", c.heading, c.title, s.heading, s.title),
        (Some(c), None) => format!("{} {}", c.heading, c.title),
        _ => "前文".to_string(),
    }
}

/// `trail` (a document's trail or page, as [`documents`] writes them) with its chapter named by
/// number only (`第三章 › 第三节 构建…`): where a list shows many passages, as a place page
/// does, the section's title says what each is about, and the line fits a phone.
pub fn brief_trail(plan: &Plan, route: Route, trail: &str) -> String {
    let chapter = match route {
        Route::Chapter(c) | Route::Section(c, _) => plan.chapter(c),
        _ => None,
    };
    match chapter {
        Some(c) if !c.title.is_empty() => {
            trail.replacen(&format!("{} {}", c.heading, c.title), &c.heading, 1)
        }
        _ => trail.to_string(),
    }
}

/// Every searchable unit of the plan, in reading order: its text, then its goals, then the
/// project catalogue.
pub fn documents(plan: &'static Plan, projects: &[Project], progress: &[Evidence]) -> Vec<Doc> {
    let mut docs = text_documents(plan);
    docs.extend(plan.goals.iter().map(|g| {
        let year = g.year.map(|y| y.to_string()).unwrap_or_default();
        goal_document(&GoalWords {
            id: &g.id,
            kind: g.kind.label(),
            subject: &g.subject,
            metric: &g.metric,
            value: &g.value,
            unit: &g.unit,
            year: &year,
            by: &g.by,
            quote: &g.quote,
        })
    }));
    docs.extend(projects.iter().map(|p| {
        let status = crate::progress::standing(progress, &p.id).map_or("", |s| s.status.label());
        project_document(&p.id, &p.name, p.kind.label(), status)
    }));
    docs
}

/// What the search shows of a goal: from the pack, or from the published `goals.csv`.
pub struct GoalWords<'a> {
    /// Its id (its page's).
    pub id: &'static str,
    /// Its kind in words (`具体目标`).
    pub kind: &'a str,
    /// What it is about.
    pub subject: &'a str,
    /// What is measured or promised.
    pub metric: &'a str,
    /// The value.
    pub value: &'a str,
    /// Its unit.
    pub unit: &'a str,
    /// The year it is due, or empty.
    pub year: &'a str,
    /// How the date reads.
    pub by: &'a str,
    /// Its words in the text.
    pub quote: &'a str,
}

/// A goal as a document: it opens its own page.
pub fn goal_document(goal: &GoalWords) -> Doc {
    let when = if goal.year.is_empty() {
        String::new()
    } else {
        format!("（{}年{}）", goal.year, goal.by)
    };
    Doc {
        anchor: "main".into(),
        route: Route::Goal(goal.id),
        kind: DocKind::Goal,
        trail: format!("目标与时间表 › {}", goal.kind),
        group: "目标与时间表".into(),
        text: format!(
            "{}：{} {}{}{}{when}。原文：{}",
            goal.kind, goal.subject, goal.metric, goal.value, goal.unit, goal.quote
        ),
        lead_len: 0,
    }
}

/// A project of the catalogue as a document (`kind` and its `status` since the plan in words,
/// so 已建成 or 在建 finds it): it opens the project list.
pub fn project_document(id: &str, name: &str, kind: &str, status: &str) -> Doc {
    let status = if status.is_empty() {
        String::new()
    } else {
        format!("，{status}")
    };
    Doc {
        anchor: id.into(),
        route: Route::Projects,
        kind: DocKind::Project,
        trail: format!("项目清单 › {kind}"),
        group: "项目清单".into(),
        text: format!("{name}（{kind}项目{status}）"),
        lead_len: name.len(),
    }
}

/// The plan's own text as documents: headings, paragraphs, box entries and figure captions.
pub fn text_documents(plan: &'static Plan) -> Vec<Doc> {
    let mut docs = Vec::new();
    for chapter in &plan.chapters {
        docs.push(Doc {
            anchor: chapter.id.clone(),
            route: Route::Chapter(chapter.number),
            kind: DocKind::Heading,
            trail: trail_of(Some(chapter), None),
            group: trail_of(Some(chapter), None),
            text: format!("{} {}", chapter.heading, chapter.title),
            lead_len: 0,
        });
        for section in &chapter.sections {
            docs.push(Doc {
                anchor: section.id.clone(),
                route: Route::Section(chapter.number, section.number),
                kind: DocKind::Heading,
                trail: trail_of(Some(chapter), Some(section)),
                group: trail_of(Some(chapter), Some(section)),
                text: format!("{} {}", section.heading, section.title),
                lead_len: 0,
            });
        }
    }
    for (chapter, section, block) in plan.blocks() {
        let route = route_of(chapter, section);
        let trail = trail_of(chapter, section);
        let mut push =
            |anchor: &str, kind: DocKind, text: String, lead_len: usize, trail: String| {
                docs.push(Doc {
                    anchor: anchor.into(),
                    route,
                    kind,
                    group: trail_of(chapter, section),
                    trail,
                    text,
                    lead_len,
                });
            };
        match block {
            Block::Paragraph(p) => push(
                &p.id,
                DocKind::Paragraph,
                p.text(),
                p.lead.as_ref().map_or(0, String::len),
                trail.clone(),
            ),
            Block::Figure(f) => push(
                &f.id,
                DocKind::Figure,
                format!("{} {}", f.label(), f.caption),
                0,
                trail.clone(),
            ),
            Block::Box(b) => {
                let box_trail = format!("{trail} › {} {}", b.label(), b.title);
                push(
                    &b.id,
                    DocKind::Heading,
                    format!("{} {}", b.label(), b.title),
                    0,
                    trail.clone(),
                );
                for entry in b.entries() {
                    let trail = match (entry.under, entry.lead) {
                        (Some(row), Some(_)) => format!("{box_trail} › {row}"),
                        _ => box_trail.clone(),
                    };
                    push(
                        entry.id,
                        DocKind::BoxEntry,
                        entry.line(),
                        entry.lead_len(),
                        trail,
                    );
                }
            }
        }
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_trail_names_the_chapter_by_number_and_keeps_the_rest() {
        let Ok(plan) = crate::pack::plan() else {
            panic!("the embedded plan parses");
        };
        let docs = documents(plan, &[], &[]);
        let in_box = docs
            .iter()
            .find(|d| d.kind == DocKind::BoxEntry)
            .expect("a box entry");
        let Route::Section(c, _) = in_box.route else {
            panic!("a box stands in a section");
        };
        let chapter = plan.chapter(c).expect("its chapter");
        let brief = brief_trail(plan, in_box.route, &in_box.trail);
        assert!(in_box.trail.contains(&chapter.title));
        assert!(!brief.contains(&chapter.title), "{brief}");
        assert!(
            brief.starts_with(&format!("{} › ", chapter.heading)),
            "{brief}"
        );
        // The section and the box stay.
        assert_eq!(
            brief.split(" › ").skip(1).collect::<Vec<_>>(),
            in_box.trail.split(" › ").skip(1).collect::<Vec<_>>()
        );
        assert_eq!(brief_trail(plan, Route::Home, "前文"), "前文");
    }
}
