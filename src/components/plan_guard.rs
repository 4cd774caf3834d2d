//! Hands the embedded plan, or the whole content pack, to a view, or tells the reader plainly
//! that it could not be read.

use crate::core::content::Plan;
use crate::core::pack::plan;
use crate::core::pack::{site, Site};
use leptos::either::Either;
use leptos::prelude::*;

/// Renders `render(plan)`, or a clear message if the embedded content failed to load.
#[component]
pub fn WithPlan<F, V>(render: F) -> impl IntoView
where
    F: Fn(&'static Plan) -> V + 'static,
    V: IntoView + 'static,
{
    match plan() {
        Ok(plan) => Either::Left(render(plan)),
        Err(error) => Either::Right(unreadable(error.to_string())),
    }
}

/// Renders `render(site)`: the plan with its gazetteer, catalogue, roles and map data.
#[component]
pub fn WithSite<F, V>(render: F) -> impl IntoView
where
    F: Fn(&'static Site) -> V + 'static,
    V: IntoView + 'static,
{
    match site() {
        Ok(site) => Either::Left(render(site)),
        Err(error) => Either::Right(unreadable(error.to_string())),
    }
}

/// The message for content that could not be read, and the way on.
fn unreadable(error: String) -> impl IntoView {
    view! {
        <div class="notice error" role="alert">
            <p>"规划正文未能载入：" {error}</p>
            <p><a href=crate::core::routes::Route::Home.href()>"回到首页"</a></p>
        </div>
    }
}
