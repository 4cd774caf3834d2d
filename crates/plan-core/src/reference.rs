//! References in words: where an element of the plan stands, as a reader would say it —
//! `第三章 第三节 第6段`, `专栏5 · 枢纽 第2项`, `图 3` — derived from the content model, never
//! from the shape of an id. Every page that names a source uses this one formatter; the id
//! stays in the link target and out of the text.

use super::content::{Block, BoxContent, Plan, RowCell};

/// Where a block stands: `第三章 第三节`, `第三章`, or `前文` for the text before chapter one.
fn place_of(
    chapter: Option<&super::content::Chapter>,
    section: Option<&super::content::Section>,
) -> String {
    match (chapter, section) {
        (Some(c), Some(s)) => format!("{} {}", c.heading, s.heading),
        (Some(c), None) => c.heading.clone(),
        _ => "前文".into(),
    }
}

/// The reference of a box entry inside `b` (`专栏5 · 枢纽 第2项`), if `id` is one of its entries.
fn box_entry(b: &super::content::PlanBox, id: &str) -> Option<String> {
    let name = format!("专栏{}", b.number);
    if b.id == id {
        return Some(name);
    }
    match &b.content {
        BoxContent::Items(items) => items
            .iter()
            .position(|i| i.id == id)
            .map(|n| format!("{name} 第{}项", n + 1)),
        BoxContent::Groups(groups) => groups
            .iter()
            .find(|g| g.id == id)
            .map(|g| format!("{name} · {}", g.name)),
        BoxContent::Table(rows) => rows.iter().find_map(|row| match &row.cell {
            RowCell::Text(_) => (row.id == id).then(|| format!("{name} · {}", row.label)),
            RowCell::Items(items) => {
                if row.id == id {
                    return Some(format!("{name} · {}", row.label));
                }
                items
                    .iter()
                    .position(|i| i.id == id)
                    .map(|n| format!("{name} · {} 第{}项", row.label, n + 1))
            }
        }),
    }
}

/// The reference of any element id of the plan, in words; `None` for an unknown id.
pub fn reference(plan: &Plan, id: &str) -> Option<String> {
    let (page, local) = locate(plan, id)?;
    Some(match (page.is_empty(), local.is_empty()) {
        (_, true) => page,
        (true, false) => local,
        (false, false) => format!("{page} {local}"),
    })
}

/// The reference of an element within the page it stands on (`第6段`, `专栏5 · 枢纽 第2项`,
/// `图 3`), for lists already grouped by page; a chapter or section is named whole.
pub fn local_reference(plan: &Plan, id: &str) -> Option<String> {
    let (page, local) = locate(plan, id)?;
    Some(if local.is_empty() { page } else { local })
}

/// (the page an element stands on, where on it), either possibly empty.
fn locate(plan: &Plan, id: &str) -> Option<(String, String)> {
    for chapter in &plan.chapters {
        if chapter.id == id {
            return Some((chapter.heading.clone(), String::new()));
        }
        if let Some(section) = chapter.sections.iter().find(|s| s.id == id) {
            return Some((
                format!("{} {}", chapter.heading, section.heading),
                String::new(),
            ));
        }
    }
    let mut count = 0;
    let mut scope = None;
    for (chapter, section, block) in plan.blocks() {
        let here = (chapter.map(|c| &c.id), section.map(|s| &s.id));
        if scope != Some(here) {
            scope = Some(here);
            count = 0;
        }
        match block {
            Block::Paragraph(p) => {
                count += 1;
                if p.id == id {
                    return Some((place_of(chapter, section), format!("第{count}段")));
                }
            }
            Block::Figure(f) if f.id == id => {
                return Some((String::new(), format!("图 {}", f.number)))
            }
            Block::Box(b) => {
                if let Some(words) = box_entry(b, id) {
                    return Some((String::new(), words));
                }
            }
            Block::Figure(_) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::plan;

    #[test]
    fn every_kind_of_element_is_named_in_words() {
        let Ok(plan) = plan() else {
            panic!("the plan loads")
        };
        let first_section = &plan.chapters[0].sections[0];
        let first_paragraph = first_section.blocks.iter().find_map(|b| match b {
            Block::Paragraph(p) => Some(p.id.clone()),
            _ => None,
        });
        let first_paragraph = first_paragraph.unwrap_or_default();
        let words = reference(plan, &first_paragraph).unwrap_or_default();
        assert_eq!(
            words,
            format!(
                "{} {} 第1段",
                plan.chapters[0].heading, first_section.heading
            )
        );
        for b in plan.boxes() {
            assert_eq!(reference(plan, &b.id), Some(format!("专栏{}", b.number)));
            for entry in b.entries() {
                let words = reference(plan, entry.id).unwrap_or_default();
                assert!(words.starts_with(&format!("专栏{}", b.number)), "{words}");
                assert!(!words.contains(entry.id), "{words}");
            }
        }
        for f in plan.figures() {
            assert_eq!(reference(plan, &f.id), Some(format!("图 {}", f.number)));
        }
        assert_eq!(reference(plan, "no-such-id"), None);
        assert_eq!(
            local_reference(plan, &first_paragraph).as_deref(),
            Some("第1段")
        );
        assert_eq!(
            local_reference(plan, &first_section.id),
            Some(format!(
                "{} {}",
                plan.chapters[0].heading, first_section.heading
            ))
        );
    }
}
