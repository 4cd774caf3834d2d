//! Reading the plan: its blocks in order, lookups by id (paragraph, chapter, goal, any
//! element), the text of a box entry, and the plain text the fidelity test compares.

use super::goal_entry::GoalEntry;
use super::model::*;

impl Plan {
    /// The chapter and section an element id (paragraph, box, box entry, figure) stands in.
    pub fn locate(&self, id: &str) -> Option<(Option<&Chapter>, Option<&Section>)> {
        self.blocks()
            .into_iter()
            .find_map(|(chapter, section, block)| {
                let here = match block {
                    Block::Paragraph(p) => p.id == id,
                    Block::Figure(f) => f.id == id,
                    Block::Box(b) => b.id == id || id.starts_with(&format!("{}-", b.id)),
                };
                here.then_some((chapter, section))
            })
    }

    /// The text of a paragraph, box entry (item, group, row) or box, by id.
    pub fn unit_text(&self, id: &str) -> Option<String> {
        if let Some(p) = self.paragraph(id) {
            return Some(p.text());
        }
        self.boxes().into_iter().find_map(|b| {
            if b.id == id {
                return Some(b.title.clone());
            }
            match &b.content {
                BoxContent::Items(items) => items.iter().find(|i| i.id == id).map(BoxItem::text),
                BoxContent::Groups(groups) => {
                    groups.iter().find(|g| g.id == id).map(|g| g.text.clone())
                }
                BoxContent::Table(rows) => rows.iter().find_map(|row| match &row.cell {
                    RowCell::Text(t) if row.id == id => Some(t.clone()),
                    RowCell::Items(items) => items.iter().find(|i| i.id == id).map(BoxItem::text),
                    RowCell::Text(_) => None,
                }),
            }
        })
    }

    /// The box an element stands in: the box itself or one of its entries.
    pub fn box_of(&self, id: &str) -> Option<&PlanBox> {
        self.boxes()
            .into_iter()
            .find(|b| b.id == id || b.entries().iter().any(|e| e.id == id))
    }

    /// A goal or target by id.
    pub fn goal(&self, id: &str) -> Option<&GoalEntry> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// All blocks of the plan in reading order, with the chapter and section they stand in.
    pub fn blocks(&self) -> Vec<(Option<&Chapter>, Option<&Section>, &Block)> {
        let mut out: Vec<_> = self.preamble.iter().map(|b| (None, None, b)).collect();
        for chapter in &self.chapters {
            out.extend(chapter.intro.iter().map(|b| (Some(chapter), None, b)));
            for section in &chapter.sections {
                out.extend(
                    section
                        .blocks
                        .iter()
                        .map(|b| (Some(chapter), Some(section), b)),
                );
            }
        }
        out
    }

    /// The paragraph with this id.
    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.blocks().into_iter().find_map(|(_, _, b)| match b {
            Block::Paragraph(p) if p.id == id => Some(p),
            _ => None,
        })
    }

    /// Chapter by number (1–9).
    pub fn chapter(&self, number: u8) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.number == number)
    }

    /// Every box, in order.
    pub fn boxes(&self) -> Vec<&PlanBox> {
        self.blocks()
            .into_iter()
            .filter_map(|(_, _, b)| match b {
                Block::Box(x) => Some(x),
                _ => None,
            })
            .collect()
    }

    /// Every figure, in order.
    pub fn figures(&self) -> Vec<&Figure> {
        self.blocks()
            .into_iter()
            .filter_map(|(_, _, b)| match b {
                Block::Figure(f) => Some(f),
                _ => None,
            })
            .collect()
    }

    /// The plan's text in reading order, one line per printed unit (heading, paragraph,
    /// box title, box entry, figure caption): what the fidelity test compares with the source.
    pub fn reconstruct(&self) -> String {
        let mut out = Vec::new();
        let push_blocks = |blocks: &[Block], out: &mut Vec<String>| {
            for block in blocks {
                block_lines(block, out);
            }
        };
        push_blocks(&self.preamble, &mut out);
        for chapter in &self.chapters {
            out.push(format!("{} {}", chapter.heading, chapter.title));
            push_blocks(&chapter.intro, &mut out);
            for section in &chapter.sections {
                out.push(format!("{} {}", section.heading, section.title));
                push_blocks(&section.blocks, &mut out);
            }
        }
        out.join("\n")
    }

    /// Whether the plan's text uses `words` (a former place name, say) anywhere.
    pub fn uses(&self, words: &str) -> bool {
        self.reconstruct().lines().any(|line| line.contains(words))
    }
}

fn block_lines(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Paragraph(p) => out.push(p.text()),
        Block::Figure(f) => out.push(format!("{} {}", f.label(), f.caption)),
        Block::Box(b) => {
            out.push(format!("{} {}", b.label(), b.title));
            match &b.content {
                BoxContent::Items(items) => out.extend(items.iter().map(BoxItem::text)),
                BoxContent::Groups(groups) => {
                    for g in groups {
                        out.push(g.name.clone());
                        out.push(g.text.clone());
                    }
                }
                BoxContent::Table(rows) => {
                    for row in rows {
                        out.push(row.label.clone());
                        match &row.cell {
                            RowCell::Text(t) => out.push(t.clone()),
                            RowCell::Items(items) => out.extend(items.iter().map(BoxItem::text)),
                        }
                    }
                }
            }
        }
    }
}
