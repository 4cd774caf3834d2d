//! `/projects/`: the whole project catalogue as a table, filtered by kind, place and box (in
//! the URL), exported as CSV.

use crate::components::plan_guard::{WithPlan, WithSite};
use crate::core::content::numerals::chinese;
use crate::core::maps::small::counties_map;
use crate::core::pack::progress;
use crate::core::pack::Site;
use crate::core::place_report::{concerned_places, county_counts};
use crate::core::progress::standing;
use crate::core::project_filter::{box_key, place_keys};
use crate::core::projects::{resolve, Tie, KINDS};
use crate::core::reference::reference;
use crate::core::routes::{anchor_href, Route};
use crate::islands::project_filter::ProjectFilter;
use crate::pages::progress::badge;
use leptos::prelude::*;

/// The table.
fn table(site: &'static Site) -> impl IntoView {
    let (plan, all) = (site.plan, site.places);
    let mut rows: Vec<_> = site
        .projects
        .iter()
        .map(|p| resolve(p, plan, all))
        .collect();
    rows.sort_by_key(|r| KINDS.iter().position(|k| *k == r.project.kind));
    let count = rows.len();
    let rows_of_progress = progress().unwrap_or(&[]);
    let map = counties_map(site.map, &county_counts(plan, all, site.projects));
    view! {
        <p id="project-count" class="count" aria-live="polite">{format!("显示 {count} 项")}</p>
        <div class="map-frame list-map-frame" inner_html=map></div>
        <table id="projects" class="projects">
            <thead><tr><th scope="col">"项目"</th><th scope="col">"类别"</th><th scope="col">"地方"</th><th scope="col">"出处"</th><th scope="col">"进展"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let (own, city) = concerned_places(all, &r);
                    let names: Vec<String> = r.places.iter().map(|(p, tie)| if *tie == Tie::ByHand { format!("{}*", p.name) } else { p.name.clone() })
                        .chain(r.project.external.iter().map(|e| format!("{e}（区外）"))).collect();
                    let st = standing(rows_of_progress, &r.project.id);
                    let status = st.as_ref().map(|s| s.status.id()).unwrap_or_default();
                    view! {
                        <tr id=r.project.id.clone() data-kind=r.project.kind.id() data-places=place_keys(&own) data-city=place_keys(&city) data-box=box_key(plan, &r.project.source) data-status=status>
                            <td class="name">{r.project.name.clone()}</td>
                            <td class="kind" data-label="类别">{r.project.kind.label()}</td>
                            <td data-label="地方">{if names.is_empty() { format!("—（{}）", r.project.note) } else { names.join("、") }}</td>
                            <td class="source" data-label="出处"><a href=anchor_href(plan, &r.project.source).unwrap_or_default()>{reference(plan, &r.project.source)}</a></td>
                            <td class="status" data-label="进展">{st.map(|s| view! {
                                <a href=format!("{}#{}", Route::Progress.href(), r.project.id)>{badge(s.status)}<small>{s.dated()}</small></a>
                            })}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <p class="hint">"带 * 的地方为人工标注（理由见该项目的说明）；“区外”指规划范围以外的端点。"</p>
    }
}

/// `/projects/`.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    view! {
        <main id="main" class="page projects-page" tabindex="-1">
            <h1>"项目清单"</h1>
            <WithPlan render=|plan| view! {
                <p class="hint">{format!("规划{}个专栏的全部条目和正文中点名的工程。按类别、地方、专栏筛选，链接会记住筛选条件，可以分享；也可导出当前所示的清单。", chinese(plan.boxes().len()))}</p>
            }/>
            <p><a href=Route::Places.href()>"← 按地方查看"</a>" · "<a href=Route::Progress.href()>"规划以来的进展 →"</a></p>
            <ProjectFilter/>
            <WithSite render=table/>
        </main>
    }
}
