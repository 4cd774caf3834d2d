//! Checks on the parsed plan that the format alone cannot make: the outline is complete,
//! references resolve, and no text carries an extraction artifact or stops mid-sentence.

use super::error::{ContentError, Location};
use super::model::{Block, BoxContent, Plan, RowCell};

/// Marks that must never reach a reader: they are leftovers of the PDF extraction.
const ARTIFACTS: [(&str, &str); 6] = [
    ("**", "Markdown emphasis `**`"),
    ("<p>", "HTML tag `<p>`"),
    ("</p>", "HTML tag `</p>`"),
    (" and ", "` and ` where the plan has 和"),
    ("\t", "a tab"),
    ("....", "table-of-contents dot leaders"),
];

/// Characters a paragraph may end with; anything else means it was cut at a page break.
const SENTENCE_ENDS: [char; 6] = ['。', '；', '：', '！', '？', '”'];

fn text_error(place: &Location, message: String) -> ContentError {
    ContentError::Text {
        at: place.clone(),
        message,
    }
}

/// Checks one run of text; `whole` says it must end a sentence.
pub fn check_text(id: &str, text: &str, whole: bool, place: &Location) -> Result<(), ContentError> {
    if let Some((_, what)) = ARTIFACTS.iter().find(|(mark, _)| text.contains(mark)) {
        return Err(text_error(
            place,
            format!("`{id}` still has an extraction artifact: {what}"),
        ));
    }
    if whole && !text.ends_with(SENTENCE_ENDS) {
        let tail: String = text
            .chars()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return Err(text_error(
            place,
            format!(
                "`{id}` ends mid-sentence (`…{tail}`): join it with the line after the page break"
            ),
        ));
    }
    Ok(())
}

fn place_of<'a>(places: &'a [(String, Location)], id: &str) -> Option<&'a Location> {
    places.iter().find(|(known, _)| known == id).map(|(_, p)| p)
}

/// Validates every block's text.
pub fn check_blocks(blocks: &[Block], places: &[(String, Location)]) -> Result<(), ContentError> {
    let unknown = Location {
        file: "content/plan".into(),
        line: 0,
    };
    for block in blocks {
        match block {
            Block::Paragraph(p) => {
                let at = place_of(places, &p.id).unwrap_or(&unknown);
                check_text(&p.id, &p.text(), true, at)?;
            }
            Block::Figure(f) => {
                let at = place_of(places, &f.id).unwrap_or(&unknown);
                check_text(&f.id, &f.caption, false, at)?;
            }
            Block::Box(b) => {
                let at = place_of(places, &b.id).unwrap_or(&unknown);
                check_text(&b.id, &b.title, false, at)?;
                match &b.content {
                    BoxContent::Items(items) => {
                        for item in items {
                            check_text(
                                &item.id,
                                &item.text(),
                                true,
                                place_of(places, &item.id).unwrap_or(at),
                            )?;
                        }
                    }
                    BoxContent::Groups(groups) => {
                        for g in groups {
                            check_text(
                                &g.id,
                                &g.text,
                                true,
                                place_of(places, &g.id).unwrap_or(at),
                            )?;
                        }
                    }
                    BoxContent::Table(rows) => {
                        for row in rows {
                            let row_at = place_of(places, &row.id).unwrap_or(at);
                            match &row.cell {
                                RowCell::Text(t) => check_text(&row.id, t, true, row_at)?,
                                RowCell::Items(items) => {
                                    for item in items {
                                        check_text(
                                            &item.id,
                                            &item.text(),
                                            true,
                                            place_of(places, &item.id).unwrap_or(row_at),
                                        )?;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Checks that the chapters and sections match the declared outline.
pub fn check_outline(
    plan: &Plan,
    outline: &[u8],
    meta_place: &Location,
    end: &Location,
) -> Result<(), ContentError> {
    if plan.chapters.len() < outline.len() {
        return Err(ContentError::Missing {
            at: end.clone(),
            what: format!(
                "chapter {} (the outline in {} has {})",
                plan.chapters.len() + 1,
                meta_place.file,
                outline.len()
            ),
        });
    }
    if plan.chapters.len() > outline.len() {
        return Err(ContentError::Syntax {
            at: meta_place.clone(),
            message: format!(
                "the outline lists {} chapters but the text has {}",
                outline.len(),
                plan.chapters.len()
            ),
        });
    }
    for (chapter, &expected) in plan.chapters.iter().zip(outline) {
        let found = chapter.sections.len();
        if found < usize::from(expected) {
            return Err(ContentError::Missing {
                at: end.clone(),
                what: format!(
                    "section {} of {} (the outline says {expected})",
                    found + 1,
                    chapter.heading
                ),
            });
        }
        if found > usize::from(expected) {
            return Err(ContentError::Syntax {
                at: meta_place.clone(),
                message: format!(
                    "{} has {found} sections but the outline says {expected}",
                    chapter.heading
                ),
            });
        }
    }
    Ok(())
}
