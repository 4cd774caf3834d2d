//! The sheet a tap on a county opens on a touch screen: its name, its own projects and those
//! of its city, and a link to its page — instead of leaving the map at the first touch.
//!
//! `boot.js` owns it (`lanxiOpenSheet`, `lanxiCloseSheet`): the sheet's words are the page's
//! markup, filled from the county link's own `data-*`, so the first tap opens it before the
//! app has loaded (measured: 0.6–1.1 s on a local server when the tap waited for the app).
//! Once live, the map's own tap detection (a tap, not a pan or a pinch) asks for the same.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = lanxiOpenSheet)]
    fn open_sheet(county: &web_sys::Element);
    #[wasm_bindgen(js_name = lanxiCloseSheet)]
    fn close_sheet();
}

/// Shows the sheet for the county link `county`.
pub(super) fn open(county: &web_sys::Element) {
    open_sheet(county);
}

/// Hides the sheet.
pub(super) fn close() {
    close_sheet();
}
