//! Keeps `<head>` in step with client-side navigation (the pre-rendered pages carry their own
//! tags), and marks the document once the app has taken over.

use crate::core::content::plan;
use crate::core::routes::{page_meta, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Updates `document.title` on each navigation and sets `<html data-app="ready">` after
/// hydration (styles and tests key off it). Call inside the `<Router>`.
pub fn track_page_head() {
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Ok(plan) = plan() {
            document.set_title(&page_meta(plan, Route::parse(plan, &path)).title);
        }
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-app", "ready");
        }
    });
}
