//! Breadcrumbs and previous/next links: where the reader is, and the way on.

use crate::core::content::Plan;
use crate::core::places::Place;
use crate::core::route_label::label;
use crate::core::routes::Route;
use leptos::prelude::*;

/// The embedded gazetteer, for a place page's name (empty if the pack failed to load: the
/// page says so itself).
fn gazetteer() -> &'static [Place] {
    crate::core::pack::site().map_or(&[], |site| site.places)
}

/// 首页 › 第六章 … › 第一节 …
#[component]
pub fn Breadcrumbs(plan: &'static Plan, route: Route) -> impl IntoView {
    let places = gazetteer();
    let mut trail = vec![Route::Home];
    if let Route::Section(c, _) = route {
        trail.push(Route::Chapter(c));
    }
    view! {
        <nav class="breadcrumbs" aria-label="位置">
            <ol>
                {trail.into_iter().map(|r| view! { <li><a href=r.href()>{label(plan, places, r)}</a></li> }).collect_view()}
                <li aria-current="page">{label(plan, places, route)}</li>
            </ol>
        </nav>
    }
}

/// Links to the previous and next page of the same kind.
#[component]
pub fn PrevNext(plan: &'static Plan, route: Route) -> impl IntoView {
    let (prev, next) = route.neighbours(plan);
    // Chapters and sections step; no place is named.
    let places: &[Place] = &[];
    view! {
        <nav class="prev-next" aria-label="上一页和下一页">
            {prev.map(|r| view! { <a class="prev" rel="prev" href=r.href()><span class="dir">"上一篇"</span>{label(plan, places, r)}</a> })}
            {next.map(|r| view! { <a class="next" rel="next" href=r.href()><span class="dir">"下一篇"</span>{label(plan, places, r)}</a> })}
        </nav>
    }
}
