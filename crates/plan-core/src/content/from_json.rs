//! The plan read back from its published form, `data/plan.json`: the browser's search builds
//! its index from this file (fetched and cached like any page) rather than from a copy of the
//! text compiled into its code, so the site carries the text once less. The reverse of the
//! pre-renderer's writer (`open_data::plan_json`); a native test holds the two together.

use super::model::{Block, Chapter, Figure, Meta, Paragraph, Plan, Section};
use super::plan_box::{BoxContent, BoxGroup, BoxItem, BoxRow, PlanBox, RowCell};
use crate::json::{parse, Json};
use thiserror::Error;

/// Why the published data the search reads (`plan.json`, `goals.csv`, `projects.csv`) could
/// not be read.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PublishedError {
    /// The text is not JSON.
    #[error(transparent)]
    Json(#[from] crate::json::JsonError),
    /// A member is missing or of the wrong kind.
    #[error("plan.json: `{0}` is missing or not as expected")]
    Shape(&'static str),
    /// A published table is not CSV.
    #[error("{0}: {1}")]
    Table(&'static str, crate::csv::CsvError),
    /// A published table lacks a column.
    #[error("{0}: no column `{1}`")]
    Column(&'static str, &'static str),
    /// The embedded content the index adds (places, search terms) does not parse; the build
    /// has checked it, so this is a build that skipped the checks.
    #[error("the embedded content: {0}")]
    Embedded(String),
}

fn text(value: &Json, key: &'static str) -> Result<String, PublishedError> {
    value
        .get(key)
        .and_then(Json::as_str)
        .map(str::to_string)
        .ok_or(PublishedError::Shape(key))
}

/// An optional string member (`"lead": null` when there is none).
fn optional(value: &Json, key: &str) -> Option<String> {
    value.get(key).and_then(Json::as_str).map(str::to_string)
}

fn number(value: &Json, key: &'static str) -> Result<u8, PublishedError> {
    value
        .get(key)
        .and_then(Json::as_u8)
        .ok_or(PublishedError::Shape(key))
}

fn list<'a>(value: &'a Json, key: &'static str) -> Result<&'a [Json], PublishedError> {
    value
        .get(key)
        .and_then(Json::as_array)
        .ok_or(PublishedError::Shape(key))
}

fn item(value: &Json) -> Result<BoxItem, PublishedError> {
    Ok(BoxItem {
        id: text(value, "id")?,
        lead: optional(value, "lead"),
        body: text(value, "text")?,
    })
}

fn items(value: &Json) -> Result<Vec<BoxItem>, PublishedError> {
    list(value, "items")?.iter().map(item).collect()
}

fn box_content(content: &Json) -> Result<BoxContent, PublishedError> {
    if content.get("items").is_some() {
        return items(content).map(BoxContent::Items);
    }
    if let Some(groups) = content.get("groups").and_then(Json::as_array) {
        let groups = groups.iter().map(|g| {
            Ok(BoxGroup {
                id: text(g, "id")?,
                name: text(g, "name")?,
                text: text(g, "text")?,
            })
        });
        return groups.collect::<Result<_, _>>().map(BoxContent::Groups);
    }
    let rows = list(content, "rows")?.iter().map(|r| {
        let cell = match r.get("items") {
            Some(_) => RowCell::Items(items(r)?),
            None => RowCell::Text(text(r, "text")?),
        };
        Ok(BoxRow {
            id: text(r, "id")?,
            label: text(r, "label")?,
            cell,
        })
    });
    rows.collect::<Result<_, _>>().map(BoxContent::Table)
}

fn block(value: &Json) -> Result<Block, PublishedError> {
    match value.get("type").and_then(Json::as_str) {
        Some("paragraph") => Ok(Block::Paragraph(Paragraph {
            id: text(value, "id")?,
            lead: optional(value, "lead"),
            body: text(value, "text")?,
        })),
        Some("figure") => Ok(Block::Figure(Figure {
            id: text(value, "id")?,
            number: number(value, "number")?,
            caption: text(value, "caption")?,
        })),
        Some("box") => Ok(Block::Box(PlanBox {
            id: text(value, "id")?,
            number: number(value, "number")?,
            title: text(value, "title")?,
            content: box_content(
                value
                    .get("content")
                    .ok_or(PublishedError::Shape("content"))?,
            )?,
        })),
        _ => Err(PublishedError::Shape("type")),
    }
}

fn blocks(value: &Json, key: &'static str) -> Result<Vec<Block>, PublishedError> {
    list(value, key)?.iter().map(block).collect()
}

fn section(value: &Json) -> Result<Section, PublishedError> {
    Ok(Section {
        id: text(value, "id")?,
        number: number(value, "number")?,
        heading: text(value, "heading")?,
        title: text(value, "title")?,
        blocks: blocks(value, "blocks")?,
    })
}

fn chapter(value: &Json) -> Result<Chapter, PublishedError> {
    Ok(Chapter {
        id: text(value, "id")?,
        number: number(value, "number")?,
        heading: text(value, "heading")?,
        title: text(value, "title")?,
        intro: blocks(value, "intro")?,
        sections: list(value, "sections")?
            .iter()
            .map(section)
            .collect::<Result<_, _>>()?,
    })
}

/// The plan's text (preamble and chapters) and title from `plan.json`: what the search indexes
/// of it (its goals it reads from `goals.csv`). The scope, headline figures, goals and goal
/// scan stay empty (the pages show those).
pub fn plan_from_json(json_text: &str) -> Result<Plan, PublishedError> {
    let json = parse(json_text)?;
    let meta = json.get("meta").ok_or(PublishedError::Shape("meta"))?;
    Ok(Plan {
        meta: Meta {
            title: text(meta, "title")?,
            ..Meta::default()
        },
        preamble: blocks(&json, "preamble")?,
        chapters: list(&json, "chapters")?
            .iter()
            .map(chapter)
            .collect::<Result<_, _>>()?,
        scope: Vec::new(),
        headline_figures: Vec::new(),
        goals: Vec::new(),
        goal_scan: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_json_without_its_members_is_an_error_naming_the_member() {
        assert_eq!(
            plan_from_json("{\"meta\": {\"title\": \"t\"}}").err(),
            Some(PublishedError::Shape("preamble"))
        );
        assert!(matches!(plan_from_json("{"), Err(PublishedError::Json(_))));
        let bad_block =
            r#"{"meta": {"title": "t"}, "preamble": [{"type": "poem"}], "chapters": []}"#;
        assert_eq!(
            plan_from_json(bad_block).err(),
            Some(PublishedError::Shape("type"))
        );
    }
}
