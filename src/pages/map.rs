//! `/map/<n>/`: figure n redrawn from real boundaries — the SVG (pre-rendered, readable
//! without JavaScript), its controls, its legend and an accessible list of everything it shows,
//! each linked to the text that says it.

use crate::components::plan_guard::WithSite;
use crate::components::trail::Breadcrumbs;
use crate::core::maps::figures::{render_from, Sources};
use crate::core::pack::Site;
use crate::core::place_report::county_counts;
use crate::core::reference::reference;
use crate::core::routes::{anchor_href, Route};
use crate::islands::map_view::MapControls;
use leptos::either::Either;
use leptos::prelude::*;

/// The legend: the figure's groups, then the base layers.
fn legend(groups: Vec<(String, String)>) -> impl IntoView {
    let all: Vec<(String, String)> = groups
        .into_iter()
        .chain([
            (
                "市州界".to_string(),
                r#"<path class="prefecture-border" d="M3 8H27"/>"#.to_string(),
            ),
            (
                "河流（规划点名的按走向标名）".to_string(),
                r#"<path class="river named" d="M3 10C10 4 18 12 27 6"/>"#.to_string(),
            ),
        ])
        .collect();
    view! {
        <details class="map-legend-box">
            <summary>{format!("图例（{} 项）", all.len())}</summary>
            <ul class="map-legend" aria-label="图例">
                {all.into_iter().map(|(g, swatch)| view! {
                    <li><svg class="plan-map swatch" viewBox="0 0 30 16" aria-hidden="true" inner_html=swatch></svg>{g}</li>
                }).collect_view()}
            </ul>
        </details>
    }
}

/// The page body for figure `n`.
fn figure_view(site: &'static Site, n: u8) -> impl IntoView {
    let plan = site.plan;
    let caption = plan.figures().into_iter().find(|f| f.number == n);
    let counts = county_counts(plan, site.places, site.projects);
    let rendered = crate::core::pack::figure_elements().ok().and_then(|table| {
        let sources = Sources {
            plan,
            table,
            data: site.map,
            counts: &counts,
            places: site.places,
            projects: site.projects,
        };
        render_from(n, &sources).ok()
    });
    let (Some(caption), Some(map)) = (caption, rendered) else {
        return Either::Right(
            view! { <h1>"地图未能生成"</h1><p><a href=Route::Home.href()>"回到首页"</a></p> },
        );
    };
    let mut groups: Vec<(String, Vec<crate::core::maps::figures::Element>)> = Vec::new();
    for e in map.elements {
        match groups.iter_mut().find(|(g, _)| *g == e.group) {
            Some((_, list)) => list.push(e),
            None => groups.push((e.group.clone(), vec![e])),
        }
    }
    Either::Left(view! {
        <Breadcrumbs plan route=Route::Map(n)/>
        <h1 id="map-title"><span class="num">{caption.label()}</span>" "{caption.caption.clone()}</h1>
        <p class="map-source">"依规划原文重绘（原图未随文本提供）；线条与范围为示意。 "
            <a href=anchor_href(plan, &caption.id).unwrap_or_default()>"图在正文中的位置"</a></p>
        {map.notes.into_iter().map(|note| view! { <p class="notice map-note">{note}</p> }).collect_view()}
        <nav class="map-switch" aria-label="五幅地图">
            {plan.figures().into_iter().map(|f| view! { <a href=Route::Map(f.number).href() aria-current=(f.number == n).then_some("page")>{f.label()}</a> }).collect_view()}
        </nav>
        // The labels' sizes by the frame's width, until the controls take over (no app needed).
        <link rel="stylesheet" href=format!("{}/map/labels.css", crate::core::routes::BASE)/>
        <MapControls/>
        <div class="map-frame" inner_html=map.svg></div>
        {legend(map.legend)}
        <section aria-labelledby="map-list-title" class="map-list">
            <h2 id="map-list-title">"图中要素（文字版）"</h2>
            {groups.into_iter().map(|(group, list)| view! {
                <h3>{group}</h3>
                <ul>
                    {list.into_iter().map(|e| view! {
                        <li>{e.label.clone()}{e.schematic.then_some("（示意）")}" "
                            <a href=anchor_href(plan, &e.source).unwrap_or_default()>{format!("原文：{}", reference(plan, &e.source).unwrap_or_default())}</a></li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    })
}

/// `/map/<n>/`.
#[component]
pub fn MapPage(n: u8) -> impl IntoView {
    view! {
        <main id="main" class="page map-page" tabindex="-1">
            <WithSite render=move |site| {
                match site.plan.figures().iter().any(|f| f.number == n) {
                    true => Either::Left(figure_view(site, n)),
                    false => Either::Right(view! { <h1>"没有这幅图"</h1><p><a href=Route::Map(1).href()>"查看图 1"</a></p> }),
                }
            }/>
        </main>
    }
}
