//! The frame of a reading page (chapter or section): the contents beside the text, where the
//! reader is, the share panel, the way on, and the search highlighter.

use super::contents::ContentsSidebar;
use super::share::SharePanel;
use super::trail::{Breadcrumbs, PrevNext};
use crate::core::content::Plan;
use crate::core::routes::Route;
use crate::islands::highlighter::Highlighter;
use leptos::prelude::*;

/// Wraps the text of `route` in the reading frame.
#[component]
pub fn ReaderFrame(plan: &'static Plan, route: Route, children: Children) -> impl IntoView {
    view! {
        <div class="reader">
            <ContentsSidebar plan current=route/>
            <main id="main" class="page" tabindex="-1">
                <Breadcrumbs plan route/>
                <SharePanel route/>
                {children()}
                <PrevNext plan route/>
                <Highlighter/>
            </main>
        </div>
    }
}
