//! The map's view: the visible box (pan and zoom within limits), the layers shown, and both
//! written to and read from the URL (`?v=x,y,width&hide=layers`).

use crate::core::url::query_value;
use wasm_bindgen::JsCast;

/// The visible box of the map, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct View {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) w: f64,
}

pub(super) struct State {
    pub(super) svg: web_sys::Element,
    pub(super) full: (f64, f64),
    pub(super) view: View,
    pub(super) pointers: Vec<(i32, f64, f64)>,
    pub(super) moved: f64,
}

pub(super) fn svg() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector("svg.plan-map")
        .ok()
        .flatten()
}

impl State {
    pub(super) fn aspect(&self) -> f64 {
        self.full.1 / self.full.0
    }

    pub(super) fn apply(&mut self) {
        let min_w = self.full.0 / 12.0;
        self.view.w = self.view.w.clamp(min_w, self.full.0);
        let h = self.view.w * self.aspect();
        self.view.x = self
            .view
            .x
            .clamp(-self.view.w * 0.5, self.full.0 - self.view.w * 0.5);
        self.view.y = self.view.y.clamp(-h * 0.5, self.full.1 - h * 0.5);
        let _ = self.svg.set_attribute(
            "viewBox",
            &format!(
                "{:.1} {:.1} {:.1} {:.1}",
                self.view.x, self.view.y, self.view.w, h
            ),
        );
        write_url();
    }

    /// Zooms by `factor` (> 1 closer) keeping the point at fraction (fx, fy) of the view still.
    pub(super) fn zoom(&mut self, factor: f64, fx: f64, fy: f64) {
        let (w0, h0) = (self.view.w, self.view.w * self.aspect());
        let w1 = (w0 / factor).clamp(self.full.0 / 12.0, self.full.0);
        let h1 = w1 * self.aspect();
        self.view.x += (w0 - w1) * fx;
        self.view.y += (h0 - h1) * fy;
        self.view.w = w1;
        self.apply();
    }

    /// Pans by screen pixels.
    pub(super) fn pan(&mut self, dx: f64, dy: f64) {
        let rect = self.svg.get_bounding_client_rect();
        let k = self.view.w / rect.width().max(1.0);
        self.view.x -= dx * k;
        self.view.y -= dy * k;
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

/// Writes the view and the hidden layers into the address.
pub(super) fn write_url() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(svg) = svg() else { return };
    let vb = svg.get_attribute("viewBox").unwrap_or_default();
    let parts: Vec<&str> = vb.split(' ').collect();
    let mut query = Vec::new();
    if parts.len() == 4 && svg.get_attribute("data-width").as_deref() != Some(parts[2]) {
        query.push(format!("v={},{},{}", parts[0], parts[1], parts[2]));
    }
    let hidden = hidden_layers();
    if !hidden.is_empty() {
        query.push(format!("hide={}", hidden.join(",")));
    }
    let path = window.location().pathname().unwrap_or_default();
    let href = if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.join("&"))
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
    }
}

/// The view in the URL, if it is three finite numbers.
pub(super) fn view_from_url(full: (f64, f64)) -> Option<View> {
    let search = web_sys::window()?.location().search().ok()?;
    let raw = query_value(&search, "v")?;
    let n: Vec<f64> = raw
        .split(',')
        .filter_map(|s| s.parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .collect();
    let [x, y, w] = n[..] else { return None };
    (w > 0.0 && w <= full.0 * 2.0).then_some(View { x, y, w })
}
