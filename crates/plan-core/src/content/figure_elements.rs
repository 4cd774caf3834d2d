//! What each of the plan's figures draws on the base map (`content/figures.tsv`): lines,
//! points, areas and legend entries, each tied to the paragraph or box entry that says it,
//! and the places outside the counties that lines lead to. The maps interpret these rows;
//! no figure's content is written in code. The format is in `content/FORMAT.md`.

use super::error::{ContentError, Location};
use super::model::Plan;
use super::tsv::{at, rows, syntax};
use crate::number::decimal;

/// The table's columns.
pub const HEADER: [&str; 8] = [
    "figure",
    "kind",
    "where",
    "class",
    "label",
    "group",
    "source",
    "schematic",
];

/// What a row draws, and where.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// The figure's county fill (its class names the style).
    Fill,
    /// A note on what the source does not say; `{scope_area}` stands for the scope's area as
    /// the map's boundaries give it.
    Note,
    /// A legend and list entry with nothing drawn.
    Element,
    /// A schematic line through places (adcodes or named ends); the last may lie off the map.
    Line(Vec<String>),
    /// A circle around two places.
    Circle(String, String),
    /// A point at a place.
    Point(String),
    /// A marker at the county of every project of a catalogue kind (`town`).
    Towns(String),
    /// The lines of a river of the map data, by name.
    River(String),
    /// A straight schematic line between two positions (longitude, latitude).
    Ridge((f64, f64), (f64, f64)),
    /// An ellipse at a position (longitude, latitude) with radii in map units.
    Zone((f64, f64), f64, f64),
}

/// One row: a shape of one figure.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureElement {
    /// The figure's number.
    pub figure: u8,
    /// What it draws.
    pub shape: Shape,
    /// Its style (CSS class), or empty.
    pub class: String,
    /// Its label in the legend and list (`{name}` and `{scope_counties}` are filled in).
    pub label: String,
    /// Its legend group.
    pub group: String,
    /// The paragraph or box entry that says it.
    pub source: String,
    /// Whether it is drawn as a sketch (示意).
    pub schematic: bool,
    /// Where the row stands.
    pub at: Location,
}

/// A place outside the counties that a line may lead to.
#[derive(Debug, Clone, PartialEq)]
pub struct End {
    /// Its name, as the lines name it.
    pub name: String,
    /// Longitude, latitude.
    pub position: (f64, f64),
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FigureElements {
    /// Places lines lead to.
    pub ends: Vec<End>,
    /// Rows in drawing order.
    pub elements: Vec<FigureElement>,
}

/// `lon,lat`.
fn position(text: &str) -> Option<(f64, f64)> {
    let (lon, lat) = text.split_once(',')?;
    Some((decimal(lon)?, decimal(lat)?))
}

/// The shape of a row from its kind and `where` cell.
fn shape(kind: &str, place: &str) -> Result<Shape, String> {
    let parts: Vec<&str> = place.split(' ').filter(|p| !p.is_empty()).collect();
    let bad = || format!("`{place}` is not a place for a `{kind}` row");
    Ok(match (kind, parts.as_slice()) {
        ("fill", _) => Shape::Fill,
        ("note", _) => Shape::Note,
        ("element", _) => Shape::Element,
        ("line", stops) if stops.len() >= 2 => {
            Shape::Line(stops.iter().map(|s| s.to_string()).collect())
        }
        ("circle", [a, b]) => Shape::Circle(a.to_string(), b.to_string()),
        ("point", [key]) => Shape::Point(key.to_string()),
        ("towns", [kind]) => Shape::Towns(kind.to_string()),
        ("river", [name]) => Shape::River(name.to_string()),
        ("ridge", [a, b]) => {
            Shape::Ridge(position(a).ok_or_else(bad)?, position(b).ok_or_else(bad)?)
        }
        ("zone", [centre, rx, ry]) => Shape::Zone(
            position(centre).ok_or_else(bad)?,
            decimal(rx).ok_or_else(bad)?,
            decimal(ry).ok_or_else(bad)?,
        ),
        ("line" | "circle" | "point" | "towns" | "river" | "ridge" | "zone", _) => {
            return Err(bad())
        }
        _ => return Err(format!("unknown kind `{kind}`")),
    })
}

/// `-` as empty.
fn cell(text: &str) -> String {
    if text == "-" {
        String::new()
    } else {
        text.to_string()
    }
}

/// Parses `figures.tsv`.
pub fn parse_figure_elements(file: &str, text: &str) -> Result<FigureElements, ContentError> {
    let mut out = FigureElements::default();
    for (line, c) in rows(file, text, &HEADER)? {
        let here = at(file, line);
        if c[1] == "end" {
            let position = position(c[2])
                .ok_or_else(|| syntax(here.clone(), format!("`{}` is not `lon,lat`", c[2])))?;
            out.ends.push(End {
                name: c[4].to_string(),
                position,
            });
            continue;
        }
        let figure = c[0]
            .parse::<u8>()
            .map_err(|_| syntax(here.clone(), format!("`{}` is not a figure number", c[0])))?;
        let shape = shape(c[1], c[2]).map_err(|m| syntax(here.clone(), m))?;
        let schematic = match (c[7], &shape) {
            ("yes", _) => true,
            ("no", _) | ("-", Shape::Fill | Shape::Note) => false,
            (other, _) => {
                return Err(syntax(
                    here,
                    format!("schematic is `yes` or `no`, not `{other}`"),
                ))
            }
        };
        out.elements.push(FigureElement {
            figure,
            shape,
            class: cell(c[3]),
            label: cell(c[4]),
            group: cell(c[5]),
            source: cell(c[6]),
            schematic,
            at: here,
        });
    }
    Ok(out)
}

/// Checks the rows against the plan: every figure is one of its figures, every source one of
/// its paragraphs or box entries, and every drawn or listed element has a group.
pub fn validate_figure_elements(table: &FigureElements, plan: &Plan) -> Result<(), ContentError> {
    let figures: Vec<u8> = plan.figures().iter().map(|f| f.number).collect();
    for e in &table.elements {
        if !figures.contains(&e.figure) {
            return Err(ContentError::UnknownReference {
                at: e.at.clone(),
                kind: "figure",
                id: e.figure.to_string(),
            });
        }
        if !e.source.is_empty() && plan.unit_text(&e.source).is_none() {
            return Err(ContentError::UnknownReference {
                at: e.at.clone(),
                kind: "paragraph or box entry",
                id: e.source.clone(),
            });
        }
        let listed = !matches!(e.shape, Shape::Fill | Shape::Note);
        if listed && (e.group.is_empty() || e.label.is_empty()) {
            return Err(syntax(
                e.at.clone(),
                "a drawn or listed element needs a label and a group",
            ));
        }
        if matches!(e.shape, Shape::Fill) && e.class.is_empty() {
            return Err(syntax(e.at.clone(), "a fill row names its class"));
        }
    }
    Ok(())
}
