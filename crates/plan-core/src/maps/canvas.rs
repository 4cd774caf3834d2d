//! The drawing surface of a figure: schematic lines (clipped at the map's edge with an arrow),
//! points and areas, each recorded as an element with the text it comes from.

use super::svg::{Label, WIDTH};
use crate::content::figure_elements::End;
use crate::geo::Projection;
use crate::html::escape;
use std::collections::HashMap;
use std::fmt::Write;

/// One element a map draws, for its legend, its accessible list and its link to the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// What it is, as the legend and list name it.
    pub label: String,
    /// Its legend group.
    pub group: String,
    /// The paragraph or box item that says it.
    pub source: String,
    /// Whether it is drawn schematically.
    pub schematic: bool,
}

pub(super) struct Canvas<'a> {
    pub(super) p: Projection,
    /// Places outside the counties that lines lead to (content).
    pub(super) ends: &'a [End],
    pub(super) height: f64,
    pub(super) centres: HashMap<String, (f64, f64)>,
    pub(super) svg: String,
    pub(super) labels: Vec<Label>,
    pub(super) elements: Vec<Element>,
}

impl Canvas<'_> {
    pub(super) fn at(&self, key: &str) -> Option<(f64, f64)> {
        self.centres.get(key).copied().or_else(|| {
            self.ends
                .iter()
                .find(|e| e.name == key)
                .map(|e| self.p.xy_deg(e.position.0, e.position.1))
        })
    }

    pub(super) fn element(&mut self, label: &str, group: &str, source: &str, schematic: bool) {
        self.elements.push(Element {
            label: label.into(),
            group: group.into(),
            source: source.into(),
            schematic,
        });
    }

    /// Clips a segment at the map's edge; says whether it was cut.
    pub(super) fn clip(&self, a: (f64, f64), b: (f64, f64)) -> ((f64, f64), bool) {
        let inside = |q: (f64, f64)| q.0 >= 0.0 && q.0 <= WIDTH && q.1 >= 0.0 && q.1 <= self.height;
        if inside(b) {
            return (b, false);
        }
        let mut t = 1.0f64;
        for (d, lo, hi, s) in [
            (b.0 - a.0, 0.0, WIDTH, a.0),
            (b.1 - a.1, 0.0, self.height, a.1),
        ] {
            if d > 0.0 {
                t = t.min((hi - 8.0 - s) / d);
            } else if d < 0.0 {
                t = t.min((lo + 8.0 - s) / d);
            }
        }
        ((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t), true)
    }

    /// A schematic line through places; the last may lie outside (arrow).
    pub(super) fn line(
        &mut self,
        stops: &[&str],
        class: &str,
        label: &str,
        group: &str,
        source: &str,
    ) {
        let points: Vec<(f64, f64)> = stops.iter().filter_map(|s| self.at(s)).collect();
        if points.len() < 2 {
            return;
        }
        let mut d = format!("M{:.1} {:.1}", points[0].0, points[0].1);
        let mut cut_end = None;
        for w in points.windows(2) {
            let (end, cut) = self.clip(w[0], w[1]);
            let _ = write!(d, "L{:.1} {:.1}", end.0, end.1);
            if cut {
                cut_end = Some(end);
                break;
            }
        }
        let marker = if cut_end.is_some() {
            " marker-end=\"url(#arrow)\""
        } else {
            ""
        };
        let _ = write!(self.svg, "<path class=\"{class}\" d=\"{d}\"{marker} data-source=\"{source}\"><title>{}（示意）</title></path>", escape(label));
        // Name a line's far end when it is a place outside the counties: at the map's edge
        // with the direction, or where it stands when it is on the map.
        if let Some(last) = stops
            .last()
            .filter(|s| !s.starts_with(|c: char| c.is_ascii_digit()))
        {
            let (text, at) = match cut_end {
                Some(end) => (format!("往{last}"), end),
                None => (last.to_string(), points[points.len() - 1]),
            };
            self.labels.push(Label {
                text,
                at: (at.0, at.1 - 6.0),
                size: 13.0,
                class: "label-end",
            });
        }
        self.element(label, group, source, true);
    }

    pub(super) fn point(&mut self, key: &str, class: &str, label: &str, group: &str, source: &str) {
        let Some((x, y)) = self.at(key) else { return };
        let _ = write!(self.svg, "<circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"7\" data-source=\"{source}\"><title>{}</title></circle>", escape(label));
        self.labels.push(Label {
            text: label.into(),
            at: (x, y - 11.0),
            size: 14.0,
            class: "label-point",
        });
        self.element(label, group, source, false);
    }

    /// A schematic area: (lon, lat, rx, ry, label, source).
    pub(super) fn zone(
        &mut self,
        (lon, lat, rx, ry, label, source): (f64, f64, f64, f64, &str, &str),
        class: &str,
        group: &str,
    ) {
        let (x, y) = self.p.xy_deg(lon, lat);
        let _ = write!(self.svg, "<ellipse class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" rx=\"{rx}\" ry=\"{ry}\" data-source=\"{source}\"><title>{}（示意）</title></ellipse>", escape(label));
        self.labels.push(Label {
            text: label.into(),
            at: (x, y + 5.0),
            size: 14.0,
            class: "label-zone",
        });
        self.element(label, group, source, true);
    }
}
