//! The goals page (`/goals/`): positioning, principles and 2035 goals as cards; every dated or
//! quantified target in a table (sortable by year and theme) and on a timeline from the 2016
//! baseline to 2035. Each entry links to its own page and to its paragraph.

use crate::components::plan_guard::WithPlan;
use crate::core::content::{GoalEntry, GoalKind, Plan};
use crate::core::goal_text::{goals_heading, reading, timeline, year_and_by};
use crate::core::reference::reference;
use crate::core::routes::{anchor_href, Route};
use crate::islands::goal_table::TargetSort;
use leptos::prelude::*;

/// Cards for one kind of commitment.
#[component]
fn GoalCards(plan: &'static Plan, kind: GoalKind, #[prop(into)] title: String) -> impl IntoView {
    let entries: Vec<&'static GoalEntry> = plan.goals.iter().filter(|g| g.kind == kind).collect();
    let label = title.clone();
    view! {
        <section class="goal-cards" aria-label=label>
            <h2>{title}</h2>
            <ul>
                {entries.into_iter().map(|g| view! {
                    <li id=g.id.clone() class="goal-card">
                        <a href=Route::Goal(&g.id).href()>
                            <span class="subject">{if g.kind == GoalKind::Goal || g.kind == GoalKind::Target { format!("{} {}", g.subject, g.metric) } else { g.metric.clone() }}</span>
                        </a>
                        {g.year.map(|y| view! { <span class="year">{format!("{y}年")}</span> })}
                        <a class="source" href=anchor_href(plan, &g.paragraph).unwrap_or_default()>"原文"</a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// All dated entries as a table, in year order.
#[component]
fn TargetTable(plan: &'static Plan) -> impl IntoView {
    let mut rows: Vec<&'static GoalEntry> =
        plan.goals.iter().filter(|g| g.year.is_some()).collect();
    rows.sort_by_key(|g| g.year);
    view! {
        <section aria-labelledby="targets-title">
            <h2 id="targets-title">"有期限的目标"</h2>
            <TargetSort/>
            <table id="targets" class="targets">
                <thead><tr><th scope="col">"年份"</th><th scope="col">"对象"</th><th scope="col">"目标"</th><th scope="col">"主题"</th><th scope="col">"出处"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|g| view! {
                        <tr data-year=format!("{}", g.year.unwrap_or(0)) data-theme=g.theme.clone()>
                            <td class="year" data-label="年份">{year_and_by(g)}</td>
                            <td class="name"><a href=Route::Goal(&g.id).href()>{g.subject.clone()}</a></td>
                            <td data-label="目标">{reading(g)}</td>
                            <td class="kind" data-label="主题">{g.theme.clone()}</td>
                            <td data-label="出处"><a href=anchor_href(plan, &g.paragraph).unwrap_or_default()>{reference(plan, &g.paragraph)}</a></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The baseline years, then every year a goal or target names.
#[component]
fn Timeline(plan: &'static Plan) -> impl IntoView {
    let (baselines, years) = timeline(plan);
    view! {
        <section aria-labelledby="timeline-title" class="timeline">
            <h2 id="timeline-title">"时间线"</h2>
            <ol>
                {baselines.into_iter().map(|(year, figures)| {
                    let what: Vec<String> = figures.iter().map(|f| format!("{} {}{}", f.label, f.value, f.unit)).collect();
                    view! { <li><span class="when">{format!("{year} 年（基期）")}</span><span class="what">{what.join("；")}</span></li> }
                }).collect_view()}
                {years.into_iter().map(|year| view! {
                    <li>
                        <span class="when">{format!("{year} 年")}</span>
                        <ul>
                            {plan.goals.iter().filter(|g| g.year == Some(year)).map(|g| view! {
                                <li><a href=Route::Goal(&g.id).href()>{format!("{}：{}", g.subject, reading(g))}</a></li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// `/goals/`.
#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <main id="main" class="page goals-page" tabindex="-1">
            <h1>"目标与时间表"</h1>
            <p class="hint">"规划承诺了什么、到哪一年：每一项都摘自原文，并链接到原段落。"</p>
            <WithPlan render=|plan| view! {
                <GoalCards plan kind=GoalKind::Positioning title="战略定位"/>
                <GoalCards plan kind=GoalKind::Principle title="基本原则"/>
                <GoalCards plan kind=GoalKind::Goal title=goals_heading(plan, GoalKind::Goal, "发展目标")/>
                <TargetTable plan/>
                {plan.meta.unset_targets.iter().map(|t| view! { <p class="hint">{t.clone()}</p> }).collect_view()}
                <Timeline plan/>
            }/>
        </main>
    }
}
