//! The map's view: the visible box (pan and zoom within limits), the layers shown, and both
//! written to and read from the URL (`?v=x,y,width&hide=layers`).

use crate::core::url::{malformed, query_value};
use wasm_bindgen::JsCast;

use crate::core::maps::view::map_query;
pub(super) use crate::core::maps::view::View;

pub(super) struct State {
    pub(super) svg: web_sys::Element,
    pub(super) full: (f64, f64),
    pub(super) view: View,
    pub(super) pointers: Vec<(i32, f64, f64)>,
    pub(super) moved: f64,
    /// Whether the last pointer down was a finger (a tap opens the sheet, not the page).
    pub(super) touch: bool,
    /// Time (ms) and place of the last tap, to tell a double tap.
    pub(super) last_tap: (f64, f64, f64),
}

pub(super) fn svg() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector("svg.plan-map")
        .ok()
        .flatten()
}

impl State {
    /// Shows the view on the map without touching the address (the page as opened).
    pub(super) fn show(&mut self) {
        self.view = self.view.clamped(self.full);
        let _ = self
            .svg
            .set_attribute("viewBox", &self.view.view_box(self.full));
        let width = self.svg.get_bounding_client_rect().width();
        if width > 0.0 {
            super::map_labels::relabel(&self.svg, self.view.w / width);
        }
    }

    /// Shows the view and writes it into the address: only after the reader moved the map.
    pub(super) fn apply(&mut self) {
        self.show();
        write_url();
    }

    /// Zooms by `factor` (> 1 closer) keeping the point at fraction (fx, fy) of the view still.
    pub(super) fn zoom(&mut self, factor: f64, fx: f64, fy: f64) {
        self.view = self.view.zoomed(factor, fx, fy, self.full);
        self.apply();
    }

    /// Pans by screen pixels.
    pub(super) fn pan(&mut self, dx: f64, dy: f64) {
        let rect = self.svg.get_bounding_client_rect();
        self.view = self
            .view
            .panned(dx, dy, self.view.w / rect.width().max(1.0));
        self.apply();
    }
}

/// Hidden layers, from the checkboxes.
pub(super) fn hidden_layers() -> Vec<String> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(boxes) = document.query_selector_all(".map-layers input[type=checkbox]") else {
        return Vec::new();
    };
    (0..boxes.length())
        .filter_map(|i| {
            boxes
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        })
        .filter(|b| !b.checked())
        .map(|b| b.value())
        .collect()
}

pub(super) fn show_layers(hidden: &[String]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(groups) = document.query_selector_all("svg.plan-map [data-layer]") else {
        return;
    };
    for i in 0..groups.length() {
        if let Some(g) = groups
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let name = g.get_attribute("data-layer").unwrap_or_default();
            let _ = if hidden.contains(&name) {
                g.set_attribute("display", "none")
            } else {
                g.remove_attribute("display")
            };
        }
    }
}

/// The map's full size, from the SVG's `data-width`/`data-height`.
pub(super) fn full_size(svg: &web_sys::Element) -> (f64, f64) {
    let num = |a: &str| {
        svg.get_attribute(a)
            .and_then(|v| crate::core::number::decimal(&v))
            .filter(|v| v.is_finite() && *v > 0.0)
            .unwrap_or(1000.0)
    };
    (num("data-width"), num("data-height"))
}

/// Writes the view and the hidden layers into the address (keeping any `#fragment`).
pub(super) fn write_url() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(svg) = svg() else { return };
    let full = full_size(&svg);
    let shown = svg.get_attribute("viewBox").unwrap_or_default();
    let numbers: Vec<f64> = shown
        .split(' ')
        .filter_map(crate::core::number::decimal)
        .collect();
    let view = match numbers[..] {
        [x, y, w, _] => View { x, y, w },
        _ => View::whole(full),
    };
    let query = map_query(view, full, &hidden_layers());
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let href = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
    }
}

/// The view in the URL: `Ok(None)` when there is none, `Err(())` when it is malformed.
pub(super) fn view_from_url(full: (f64, f64)) -> Result<Option<View>, ()> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if malformed(&search, "v") {
        return Err(());
    }
    match query_value(&search, "v") {
        None => Ok(None),
        Some(raw) => View::from_param(&raw, full).map(Some).ok_or(()),
    }
}
