//! The searchable units of the plan: headings, paragraphs, box entries and figure captions,
//! each with the page and anchor it opens and the trail that names where it stands.

use crate::content::{Block, Chapter, Plan, Section};
use crate::routes::Route;

/// What kind of unit a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Every searchable unit of the plan, in reading order.
pub fn documents(plan: &'static Plan) -> Vec<Doc> {
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
    for goal in &plan.goals {
        let when = goal
            .year
            .map(|y| format!("（{y}年{}）", goal.by))
            .unwrap_or_default();
        docs.push(Doc {
            anchor: "main".into(),
            route: Route::Goal(&goal.id),
            kind: DocKind::Goal,
            trail: format!("目标与时间表 › {}", goal.kind.label()),
            group: "目标与时间表".into(),
            text: format!(
                "{}：{} {}{}{}{when}。原文：{}",
                goal.kind.label(),
                goal.subject,
                goal.metric,
                goal.value,
                goal.unit,
                goal.quote
            ),
            lead_len: 0,
        });
    }
    let catalogue = crate::projects::projects().unwrap_or(&[]);
    for project in catalogue {
        docs.push(Doc {
            anchor: project.id.clone(),
            route: Route::Projects,
            kind: DocKind::Project,
            trail: format!("项目清单 › {}", project.kind.label()),
            group: "项目清单".into(),
            text: format!("{}（{}项目）", project.name, project.kind.label()),
            lead_len: project.name.len(),
        });
    }
    docs
}
