//! `/place/<adcode>/`: what the plan means for one place — its roles, its projects by kind
//! (with the words that tie each to the place), and every passage that names it.

use crate::components::plan_guard::WithPlan;
use crate::components::trail::Breadcrumbs;
use crate::core::content::Plan;
use crate::core::maps::{map_data, small::place_map};
use crate::core::place_report::{report, PlaceReport};
use crate::core::places::{place, places, Level};
use crate::core::projects::{projects, Tie};
use crate::core::roles::parse_roles;
use crate::core::routes::{anchor_href, Route};
use crate::core::search::results_html::snippet_html;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The report's projects section.
fn projects_view(plan: &'static Plan, r: &PlaceReport<'static>) -> impl IntoView {
    let total: usize = r.projects.iter().map(|(_, list)| list.len()).sum();
    let filtered = Route::Projects.href() + "?place=" + &r.place.adcode;
    view! {
        <section aria-labelledby="projects-title">
            <h2 id="projects-title">{format!("项目（{total}）")}</h2>
            <p><a href=filtered>"在项目清单中查看并导出 →"</a></p>
            {r.projects.iter().map(|(kind, list)| view! {
                <h3>{kind.label()}</h3>
                <ul class="place-projects">
                    {list.iter().map(|res| {
                        let why: Vec<String> = res.places.iter().filter(|(p, _)| r.place.adcode == p.adcode || r.within.iter().any(|w| w.adcode == p.adcode)).map(|(p, tie)| match tie {
                            Tie::Named(words) => format!("因文中提到“{words}”"),
                            Tie::ByHand => format!("手工标注为{}：{}", p.name, res.project.note),
                        }).collect();
                        view! {
                            <li>
                                <a href=anchor_href(plan, &res.project.source).unwrap_or_default()>{res.project.name.clone()}</a>
                                <span class="why">{why.join("；")}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}

/// The report's passages section.
fn passages_view(r: &PlaceReport<'static>) -> impl IntoView {
    view! {
        <section aria-labelledby="passages-title">
            <h2 id="passages-title">{format!("提到这里的原文（{}）", r.passages.len())}</h2>
            <ol class="place-passages">
                {r.passages.iter().map(|(doc, cut)| {
                    let mut html = String::new();
                    snippet_html(&mut html, cut);
                    view! {
                        <li><a href=format!("{}#{}", doc.route.href(), doc.anchor)>
                            <span class="trail">{doc.trail.clone()}</span>
                            <span class="snippet" inner_html=html></span>
                        </a></li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// The page body for a place.
fn place_view(plan: &'static Plan, r: PlaceReport<'static>) -> impl IntoView {
    let p = r.place;
    let names: Vec<String> = p
        .short
        .iter()
        .chain(&p.old)
        .cloned()
        .chain((!p.pinyin.is_empty()).then(|| p.pinyin.clone()))
        .collect();
    view! {
        <Breadcrumbs plan route=Route::Place(&p.adcode)/>
        <article class="place-page">
            <p class="kind">{p.level.label()}</p>
            <h1>{p.name.clone()}</h1>
            {(!names.is_empty()).then(|| view! { <p class="aka">{format!("又称、旧称：{}", names.join("、"))}</p> })}
            {(!p.note.is_empty()).then(|| view! { <p class="note">{p.note.clone()}</p> })}
            {(!r.prefectures.is_empty()).then(|| view! {
                <p>"所属："{r.prefectures.iter().map(|q| view! { <a href=Route::Place(&q.adcode).href()>{q.name.clone()}</a>" " }).collect_view()}</p>
            })}
            {map_data().map(|data| {
                let mut here: Vec<String> = r.within.iter().filter(|w| w.level == Level::County).map(|w| w.adcode.clone()).collect();
                if p.level == Level::County {
                    here.push(p.adcode.clone());
                }
                view! { <div class="map-frame place-map-frame" inner_html=place_map(data, &here)></div> }
            })}
            {(!r.roles.is_empty()).then(|| view! {
                <section aria-labelledby="roles-title"><h2 id="roles-title">"在规划中的角色"</h2><ul class="place-roles">
                    {r.roles.iter().map(|(role, source, quote)| view! {
                        <li><strong>{role.clone()}</strong>" — “"{quote.clone()}"” "<a href=anchor_href(plan, source).unwrap_or_default()>"原文"</a></li>
                    }).collect_view()}
                </ul></section>
            })}
            {(!r.within.is_empty()).then(|| view! {
                <section aria-labelledby="within-title"><h2 id="within-title">"下辖与境内"</h2><ul class="place-list">
                    {r.within.iter().map(|w| {
                        let target = if w.level == Level::Site { None } else { Some(Route::Place(&w.adcode).href()) };
                        view! { <li>{match target { Some(href) => Either::Left(view! { <a href=href>{w.name.clone()}</a> }), None => Either::Right(view! { <span title=w.note.clone()>{w.name.clone()}</span> }) }}</li> }
                    }).collect_view()}
                </ul></section>
            })}
            {projects_view(plan, &r)}
            {passages_view(&r)}
        </article>
    }
}

/// `/place/<adcode>/`.
#[component]
pub fn PlacePage() -> impl IntoView {
    let params = use_params_map();
    view! {
        <main id="main" class="page" tabindex="-1">
            <WithPlan render=move |plan| {
                let id = params.read().get("id").unwrap_or_default();
                let all = places().unwrap_or(&[]);
                let catalogue = projects().unwrap_or(&[]);
                let roles = parse_roles(crate::core::roles::ROLES_SOURCE).unwrap_or_default();
                match place(all, &id).filter(|p| p.level != Level::Site) {
                    Some(p) => Either::Left(place_view(plan, report(plan, all, catalogue, &roles, p))),
                    None => Either::Right(view! { <h1>"没有这个地方"</h1><p><a href=Route::Places.href()>"查看全部地方"</a></p> }),
                }
            }/>
        </main>
    }
}
