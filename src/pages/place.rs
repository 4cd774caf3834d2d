//! `/place/<adcode>/`: what the plan means for one place — its roles, its projects by kind
//! (with the words that tie each to the place), and every passage that names it.

use crate::components::plan_guard::WithSite;
use crate::components::trail::Breadcrumbs;
use crate::core::content::Plan;
use crate::core::maps::small::place_map;
use crate::core::pack::progress;
use crate::core::pack::Site;
use crate::core::page_meta::excerpt;
use crate::core::place_report::{by_page, place_summary, report, Concerned, PlaceReport, Reach};
use crate::core::places::{former_names, place, Level};
use crate::core::progress::{standing, Status};
use crate::core::reference::local_reference;
use crate::core::routes::{anchor_href, Route};
use crate::core::search::results_html::snippet_html;
use crate::core::snippet::Snippet;
use crate::core::units::{brief_trail, Doc};
use leptos::either::Either;
use leptos::prelude::*;

/// A project's status since the plan, with the month it turned so (opened, started, approved).
type Badge = (Status, String);

/// Projects, each with its status since the plan and why it concerns the place.
fn project_list(plan: &'static Plan, list: &[&Concerned<'static>]) -> impl IntoView {
    let evidence = progress().unwrap_or(&[]);
    // The name says the kind (…铁路, …机场, …工程); the badge says where it stands since 2018.
    let rows: Vec<(String, String, Option<Badge>, String)> = list
        .iter()
        .map(|item| {
            let project = item.resolved.project;
            let href = anchor_href(plan, &project.source).unwrap_or_default();
            (
                href,
                project.name.clone(),
                standing(evidence, &project.id).map(|s| (s.status, s.month())),
                item.reasons.join("；"),
            )
        })
        .collect();
    view! {
        <ul class="place-projects">
            {rows.into_iter().map(|(href, name, status, why)| view! {
                <li><a href=href>{name}</a>{status.map(|(s, when)| view! { <span class=format!("s-{}", s.id())>{s.label()}{when}</span> })}<span class="why">{why}</span></li>
            }).collect_view()}
        </ul>
    }
}

/// One reach's projects: the direct ones stand open, those through the city or a river fold
/// (a resident of 民和 scrolled 7.7 phone screens when all stood open).
fn project_tier(
    plan: &'static Plan,
    r: &PlaceReport<'static>,
    reach: Reach,
    cities: &str,
) -> impl IntoView {
    let list = r.tier(reach);
    let heading = format!("{}（{}）", reach.heading(r.place, cities), list.len());
    // The heading and each reason say why (所属海东市; 因文中讲到黄河“两岸”): no hint line
    // repeated on fifty pages.
    let body = project_list(plan, &list);
    (!list.is_empty()).then(|| match reach {
        Reach::Named | Reach::Within => Either::Left(view! { <h3>{heading}</h3>{body} }),
        Reach::City | Reach::Along => Either::Right(view! {
            <details class="tier"><summary>{heading}</summary>{body}</details>
        }),
    })
}

/// The report's projects, most direct first: named for it, a site in it, its city, a river.
fn projects_view(plan: &'static Plan, r: &PlaceReport<'static>) -> impl IntoView {
    let (own, inherited) = (r.own_count(), r.inherited_count());
    let cities: Vec<String> = r.prefectures.iter().map(|c| c.name.clone()).collect();
    let cities = cities.join("、");
    let filtered = Route::Projects.href() + "?place=" + &r.place.adcode;
    view! {
        <section aria-labelledby="projects-title">
            <h2 id="projects-title">{if inherited > 0 { format!("项目（本地 {own} · 所属{cities} {inherited}）") } else { format!("项目（{own}）") }}</h2>
            <p class="count-note">{place_summary(r)}</p>
            {status_line(r)}
            <p>
                <a href=filtered.clone()>"在项目清单中查看并导出 →"</a>
                {(inherited > 0).then(|| view! { " "<a href=format!("{filtered}&with=city")>"（含所属市州）"</a> })}
            </p>
            {Reach::ALL.into_iter().map(|reach| project_tier(plan, r, reach, &cities)).collect_view()}
        </section>
    }
}

/// How a county's projects stand since the plan (`已建成投用 3 · 在建 2 · 未见公开报道 1`),
/// with the way to the sources (a city's or province's page shows each badge).
fn status_line(r: &PlaceReport<'static>) -> Option<impl IntoView> {
    if r.place.level != Level::County {
        return None;
    }
    let evidence = progress().ok()?;
    let statuses: Vec<Status> = r
        .projects
        .iter()
        .chain(&r.inherited)
        .filter_map(|c| standing(evidence, &c.resolved.project.id).map(|s| s.status))
        .collect();
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter_map(|s| {
            let n = statuses.iter().filter(|t| *t == s).count();
            (n > 0).then(|| format!("{} {n}", s.label()))
        })
        .collect();
    (!parts.is_empty()).then(|| view! {
        <p class="count-note">{format!("规划以来：{}。", parts.join(" · "))}<a href=Route::Progress.href()>"来源 →"</a></p>
    })
}

/// One list of passages with the names marked.
fn passage_list(plan: &'static Plan, passages: &[(Doc, Snippet)]) -> impl IntoView {
    let mut last = String::new();
    let rows: Vec<(String, Option<String>, String)> = passages
        .iter()
        .map(|(doc, cut)| {
            let mut html = String::new();
            snippet_html(&mut html, cut);
            // A section's name once, over its run of passages.
            let trail = (doc.trail != last).then(|| brief_trail(plan, doc.route, &doc.trail));
            last.clone_from(&doc.trail);
            (format!("{}#{}", doc.route.href(), doc.anchor), trail, html)
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <ol class="place-passages">
                {rows.into_iter().map(|(href, trail, html)| view! {
                    <li><a href=href>
                        {trail.map(|t| view! { <span class="trail">{t}</span> })}
                        <span class="snippet" inner_html=html></span>
                    </a></li>
                }).collect_view()}
            </ol>
        }
    })
}

/// Passages listed by the page they stand on, each by its place there (第1段、专栏3 第2项),
/// for those a page reaches through its city or a river: their text stands on the city's
/// page, or on every page along the river.
pub(crate) fn passage_index(plan: &'static Plan, docs: &[Doc]) -> impl IntoView {
    view! {
        <ul class="passage-index">
            {by_page(docs).into_iter().map(|(page, docs)| view! {
                <li><span class="trail">{docs.first().map(|d| brief_trail(plan, d.route, page)).unwrap_or_default()}</span>
                    {docs.into_iter().enumerate().map(|(i, doc)| view! {
                        {(i > 0).then_some("、")}
                        <a href=format!("{}#{}", doc.route.href(), doc.anchor)>{local_reference(plan, &doc.anchor).unwrap_or_else(|| excerpt(&doc.text, 24))}</a>
                    }).collect_view()}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The report's passages: those naming it stand open; those reaching it through its city or
/// a river fold, listed by where they stand.
fn passages_view(plan: &'static Plan, r: &PlaceReport<'static>) -> impl IntoView {
    let cities: Vec<String> = r.prefectures.iter().map(|c| c.name.clone()).collect();
    let cities = cities.join("、");
    let p = r.place;
    view! {
        <section aria-labelledby="passages-title">
            <h2 id="passages-title">{format!("提到这里的原文（{}）", r.passages.len())}</h2>
            {r.passages.is_empty().then(|| view! { <p class="count-note">{format!("文中没有点名{}或其境内的地点。", p.name)}</p> })}
            {if p.level == Level::Province {
                // Nearly every passage names a place in a province: an index by section reads
                // better than a hundred quotes (and weighs a third).
                let docs: Vec<Doc> = r.passages.iter().map(|(d, _)| d.clone()).collect();
                Either::Left(passage_index(plan, &docs))
            } else {
                Either::Right(passage_list(plan, &r.passages))
            }}
            // Its city's passages are quoted on the city's page: here their count and the way.
            {(!r.inherited_passages.is_empty()).then(|| view! {
                <p class="count-note">{format!("提到所属{cities}的原文另有 {} 段，摘录见", r.inherited_passages.len())}{r.prefectures.iter().map(|c| view! { " "<a href=Route::Place(&c.adcode).href()>{c.name.clone()}</a> }).collect_view()}" 的页面。"</p>
            })}
            // Passages about a river stand on every page along it: listed once, under the river
            // on the places page; here their count and the way there.
            {r.by_feature.iter().map(|(feature, docs)| view! {
                <p class="count-note">{format!("讲到{}本身的原文另有 {} 段，见", feature.name, docs.len())}<a href=format!("{}#{}", Route::Places.href(), feature.adcode)>{feature.name.clone()}</a>"条目。"</p>
            }).collect_view()}
        </section>
    }
}

/// The page body for a place.
fn place_view(site: &'static Site, r: PlaceReport<'static>) -> impl IntoView {
    let plan = site.plan;
    let p = r.place;
    let names: Vec<String> = p
        .short
        .iter()
        .cloned()
        .chain((!p.pinyin.is_empty()).then(|| p.pinyin.clone()))
        .collect();
    let former = former_names(p, |name| plan.uses(name));
    view! {
        <Breadcrumbs plan route=Route::Place(&p.adcode)/>
        <article class="place-page">
            <p class="kind">{p.level.label()}</p>
            <h1>{p.name.clone()}</h1>
            {(!names.is_empty() || former.is_some()).then(|| view! {
                <p class="aka">{[(!names.is_empty()).then(|| format!("又称：{}", names.join("、"))), former].into_iter().flatten().collect::<Vec<_>>().join("；")}</p>
            })}
            {(!p.note.is_empty()).then(|| view! { <p class="note">{p.note.clone()}</p> })}
            {(!r.prefectures.is_empty()).then(|| view! {
                <p>"所属："{r.prefectures.iter().map(|q| view! { <a href=Route::Place(&q.adcode).href()>{q.name.clone()}</a>" " }).collect_view()}</p>
            })}
            {{
                let mut here: Vec<String> = r.within.iter().filter(|w| w.level == Level::County).map(|w| w.adcode.clone()).collect();
                if p.level == Level::County {
                    here.push(p.adcode.clone());
                }
                view! { <div class="map-frame place-map-frame" inner_html=place_map(site.map, &here)></div> }
            }}
            {(!r.roles.is_empty()).then(|| view! {
                <section aria-labelledby="roles-title"><h2 id="roles-title">"在规划中的角色"</h2><ul class="place-roles">
                    {r.roles.iter().map(|(role, source, quote)| view! {
                        // A role of its city is quoted on the city's page; here its name and the way to the text.
                        <li><strong>{role.clone()}</strong>{(!role.starts_with("所属")).then(|| format!(" — “{quote}”"))}" "<a href=anchor_href(plan, source).unwrap_or_default()>"原文"</a></li>
                    }).collect_view()}
                </ul></section>
            })}
            {(!r.within.is_empty()).then(|| view! {
                <section aria-labelledby="within-title"><h2 id="within-title">{if p.level == Level::County { "境内地点与流经的河流、山脉" } else { "下辖与境内" }}</h2><ul class="place-list">
                    {r.within.iter().map(|w| {
                        // A site's or river's source stands once, on the places page.
                        let target = if w.level.has_page() { Some(Route::Place(&w.adcode).href()) } else { w.sourced_on_places_page().then(|| format!("{}#{}", Route::Places.href(), w.adcode)) };
                        view! { <li>{match target { Some(href) => Either::Left(view! { <a href=href>{w.name.clone()}</a> }), None => Either::Right(w.name.clone()) }}</li> }
                    }).collect_view()}
                </ul></section>
            })}
            {projects_view(plan, &r)}
            {passages_view(plan, &r)}
        </article>
    }
}

/// `/place/<adcode>/`.
#[component]
pub fn PlacePage(id: &'static str) -> impl IntoView {
    view! {
        <main id="main" class="page" tabindex="-1">
            <WithSite render=move |site| {
                match place(site.places, id).filter(|p| p.level.has_page()) {
                    Some(p) => Either::Left(place_view(site, report(site.plan, site.places, site.projects, site.roles, p))),
                    None => Either::Right(view! { <h1>"没有这个地方"</h1><p><a href=Route::Places.href()>"查看全部地方"</a></p> }),
                }
            }/>
        </main>
    }
}
