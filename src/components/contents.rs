//! The plan's contents, built from the body (not from the printed table of contents):
//! as a list on the home and not-found pages, and as a collapsible sidebar beside the text.

use crate::core::content::Plan;
use crate::core::render::contents_html;
use crate::core::routes::Route;
use leptos::prelude::*;

/// The nine chapters with their sections; `current` is marked for the reader and screen readers.
#[component]
pub fn ContentsList(plan: &'static Plan, current: Option<Route>) -> impl IntoView {
    view! { <ol class="contents-list" inner_html=contents_html(plan, current)></ol> }
}

/// The contents as a sidebar that folds away on phones.
#[component]
pub fn ContentsSidebar(plan: &'static Plan, current: Route) -> impl IntoView {
    view! {
        <nav class="contents-sidebar" aria-label="目录">
            <details class="contents-toggle">
                <summary>"目录"</summary>
                <ContentsList plan current=Some(current)/>
            </details>
        </nav>
    }
}
