//! The map's labels at the reader's zoom: each sized to its screen pixels and placed or
//! dropped by collision ([`crate::core::maps::labels`]), every time the view changes.

use crate::core::maps::labels::{shown, LabelBox};
use wasm_bindgen::JsCast;

/// Sizes and places the labels of `svg` for `k` map units per screen pixel.
pub(super) fn relabel(svg: &web_sys::Element, k: f64) {
    let Ok(nodes) = svg.query_selector_all("text[data-px]") else {
        return;
    };
    let texts: Vec<web_sys::Element> = (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into().ok())
        .collect();
    let number = |el: &web_sys::Element, name: &str| {
        el.get_attribute(name)
            .and_then(|v| crate::core::number::decimal(&v))
            .unwrap_or(0.0)
    };
    let boxes: Vec<LabelBox> = texts
        .iter()
        .map(|t| LabelBox {
            x: number(t, "x"),
            y: number(t, "y"),
            chars: t.text_content().map_or(0, |s| s.chars().count()),
            px: number(t, "data-px"),
        })
        .collect();
    for ((text, label), show) in texts.iter().zip(&boxes).zip(shown(&boxes, k)) {
        let _ = text.set_attribute("font-size", &crate::core::number::fixed(label.size(k), 2));
        let _ = if show {
            text.remove_attribute("display")
        } else {
            text.set_attribute("display", "none")
        };
    }
}
