//! Breadcrumbs and previous/next links: where the reader is, and the way on.

use crate::core::content::Plan;
use crate::core::routes::Route;
use leptos::prelude::*;

/// A short label for a route (`第六章`, `第六章第一节`).
fn label(plan: &Plan, route: Route) -> String {
    match route {
        Route::Chapter(c) => plan
            .chapter(c)
            .map(|ch| format!("{} {}", ch.heading, ch.title))
            .unwrap_or_default(),
        Route::Section(c, s) => plan
            .chapter(c)
            .and_then(|ch| ch.sections.get(usize::from(s).checked_sub(1)?))
            .map(|sec| format!("{} {}", sec.heading, sec.title))
            .unwrap_or_default(),
        Route::Home => "首页".into(),
        Route::Search => "搜索".into(),
        Route::Goals => "目标与时间表".into(),
        Route::Places => "地方".into(),
        Route::Map(n) => format!("图 {n}"),
        Route::Place(id) => crate::core::places::places()
            .ok()
            .and_then(|all| crate::core::places::place(all, id))
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        Route::Projects => "项目清单".into(),
        Route::Data => "开放数据".into(),
        Route::Print => "全文打印版".into(),
        Route::Goal(id) => plan
            .goal(id)
            .map(|g| format!("{} {}", g.subject, g.metric))
            .unwrap_or_default(),
        Route::NotFound => String::new(),
    }
}

/// 首页 › 第六章 … › 第一节 …
#[component]
pub fn Breadcrumbs(plan: &'static Plan, route: Route) -> impl IntoView {
    let mut trail = vec![Route::Home];
    if let Route::Section(c, _) = route {
        trail.push(Route::Chapter(c));
    }
    view! {
        <nav class="breadcrumbs" aria-label="位置">
            <ol>
                {trail.into_iter().map(|r| view! { <li><a href=r.href()>{label(plan, r)}</a></li> }).collect_view()}
                <li aria-current="page">{label(plan, route)}</li>
            </ol>
        </nav>
    }
}

/// Links to the previous and next page of the same kind.
#[component]
pub fn PrevNext(plan: &'static Plan, route: Route) -> impl IntoView {
    let (prev, next) = route.neighbours(plan);
    view! {
        <nav class="prev-next" aria-label="上一页和下一页">
            {prev.map(|r| view! { <a class="prev" rel="prev" href=r.href()><span class="dir">"上一篇"</span>{label(plan, r)}</a> })}
            {next.map(|r| view! { <a class="next" rel="next" href=r.href()><span class="dir">"下一篇"</span>{label(plan, r)}</a> })}
        </nav>
    }
}
