//! Hands the embedded plan to a view, or tells the reader plainly that it could not be read.

use crate::core::content::{plan, Plan};
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
        Err(error) => Either::Right(view! {
            <div class="notice error" role="alert">
                <p>"规划正文未能载入：" {error.to_string()}</p>
                <p><a href=crate::core::routes::Route::Home.href()>"回到首页"</a></p>
            </div>
        }),
    }
}
