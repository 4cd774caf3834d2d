//! The page for a path the site does not have: says so, and offers the contents.

use crate::components::contents::ContentsList;
use crate::components::plan_guard::WithPlan;
use leptos::prelude::*;

/// Friendly not-found page with the plan's contents as a way on.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main id="main" class="page not-found" tabindex="-1">
            <h1>"找不到这个页面"</h1>
            <p>"这个链接没有对应的章节。可能是链接不完整，或者地址输错了。"</p>
            <p><a href=crate::core::routes::Route::Home.href()>"回到首页"</a>"，或从下面的目录继续阅读。"</p>
            <WithPlan render=|plan| view! { <ContentsList plan current=None/> }/>
        </main>
    }
}
