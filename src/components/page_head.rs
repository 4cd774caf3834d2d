//! Keeps `<head>` in step with client-side navigation (the pre-rendered pages carry their own
//! tags), and marks the document once the app has taken over.

use crate::core::content::plan;
use crate::core::routes::{page_meta, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Updates `document.title` on each navigation, marks the element the URL's `#id` names, and sets `<html data-app="ready">` after
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
        super::theme::sync_switch();
    });
    // In-app navigation changes the URL with pushState, which `:target` does not follow:
    // mark the linked paragraph, box or figure ourselves.
    Effect::new(move |_| {
        let hash = location.hash.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Ok(marked) = document.query_selector_all(".is-target") {
            for i in 0..marked.length() {
                if let Some(el) = marked.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
                    let _ = el.class_list().remove_1("is-target");
                }
            }
        }
        let id = hash.trim_start_matches('#');
        if let Some(target) = (!id.is_empty()).then(|| document.get_element_by_id(id)).flatten() {
            let _ = target.class_list().add_1("is-target");
        }
    });
}
