//! Parser for the plan's metadata sources: `content/meta.txt`, `scope.tsv`, `headline-figures.tsv`.

use super::error::{ContentError, Location};
use super::model::{HeadlineFigure, Meta, ScopeUnit};
use super::tsv::{at, rows, syntax};

/// Metadata with the outline it declares (sections per chapter) and where each key stands.
#[derive(Debug, Default)]
pub struct MetaSource {
    /// The parsed metadata.
    pub meta: Meta,
    /// Sections per chapter, as the printed table of contents has them.
    pub outline: Vec<u8>,
    /// Where a reference to a paragraph was made: (paragraph id, place).
    pub references: Vec<(String, Location)>,
}

/// Parses `meta.txt`: `@key value` lines.
pub fn parse_meta(file: &str, text: &str) -> Result<MetaSource, ContentError> {
    let mut out = MetaSource::default();
    for (index, raw) in text.lines().enumerate() {
        let place = at(file, index + 1);
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.strip_prefix('@').and_then(|l| l.split_once(' ')) else {
            return Err(syntax(
                place,
                format!("expected `@key value`, found `{line}`"),
            ));
        };
        let value = value.trim().to_string();
        let meta = &mut out.meta;
        match key {
            "label" => meta.label = value,
            "title" => meta.title = value,
            "short-title" => meta.short_title = value,
            "issuer" => meta.issuers.push(value),
            "date" => meta.date = value,
            "search-example" => meta.search_example = value,
            "place-example" => meta.place_example = value,
            "site-name" => meta.site_name = value,
            "site-mark" => meta.site_mark = value,
            "map-topics" => meta.map_topics = value,
            "provenance" => meta.provenance = value,
            "provenance-sources" => meta.provenance_sources = value,
            "unset-target" => meta.unset_targets.push(value),
            "feature-context" => {
                meta.feature_context = value.split_whitespace().map(String::from).collect()
            }
            "period" => {
                let (period, paragraph) = value.split_once(" | ").ok_or_else(|| {
                    syntax(place.clone(), "`@period` needs `text | paragraph-id`")
                })?;
                meta.period = period.trim().into();
                meta.period_paragraph = paragraph.trim().into();
                out.references.push((meta.period_paragraph.clone(), place));
            }
            "scope" => {
                meta.scope_paragraph = value.clone();
                out.references.push((value, place));
            }
            "outline" => {
                out.outline = value
                    .split_whitespace()
                    .map(|n| n.parse::<u8>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| syntax(place, "`@outline` takes section counts, e.g. `4 4 3`"))?;
            }
            other => return Err(syntax(place, format!("unknown key `@{other}`"))),
        }
    }
    let required = [
        ("title", out.meta.title.is_empty()),
        ("date", out.meta.date.is_empty()),
        ("period", out.meta.period.is_empty()),
        ("scope", out.meta.scope_paragraph.is_empty()),
        ("outline", out.outline.is_empty()),
        ("issuer", out.meta.issuers.is_empty()),
        ("site-name", out.meta.site_name.is_empty()),
    ];
    if let Some((key, _)) = required.iter().find(|(_, missing)| *missing) {
        return Err(syntax(at(file, 1), format!("`@{key}` is missing")));
    }
    Ok(out)
}

/// Parses `scope.tsv`.
pub fn parse_scope(file: &str, text: &str) -> Result<Vec<ScopeUnit>, ContentError> {
    let header = [
        "adcode",
        "name_2018",
        "name_today",
        "adcode_2018",
        "prefecture",
        "province",
        "how_named",
    ];
    rows(file, text, &header)?
        .into_iter()
        .map(|(line, c)| {
            if c[0].len() != 6 || !c[0].bytes().all(|b| b.is_ascii_digit()) {
                return Err(syntax(
                    at(file, line),
                    format!("adcode `{}` is not six digits", c[0]),
                ));
            }
            Ok(ScopeUnit {
                adcode: c[0].into(),
                name_2018: c[1].into(),
                name_today: c[2].into(),
                adcode_2018: c[3].into(),
                prefecture: c[4].into(),
                province: c[5].into(),
                named_as: c[6].into(),
            })
        })
        .collect()
}

/// Parses `headline-figures.tsv`; returns each figure with the line it stands on.
pub fn parse_headline_figures(
    file: &str,
    text: &str,
) -> Result<Vec<(HeadlineFigure, Location)>, ContentError> {
    let header = [
        "key",
        "label",
        "value",
        "unit",
        "year",
        "paragraph",
        "quote",
    ];
    rows(file, text, &header)?
        .into_iter()
        .map(|(line, c)| {
            let year =
                match c[4] {
                    "" => None,
                    y => Some(y.parse().map_err(|_| {
                        syntax(at(file, line), format!("year `{y}` is not a number"))
                    })?),
                };
            let figure = HeadlineFigure {
                key: c[0].into(),
                label: c[1].into(),
                value: c[2].into(),
                unit: c[3].into(),
                year,
                paragraph: c[5].into(),
                quote: c[6].into(),
            };
            Ok((figure, at(file, line)))
        })
        .collect()
}
