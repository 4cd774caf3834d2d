//! One commitment (`/goals/<id>/`): what it promises and by when, its words marked in the
//! paragraph they come from, and the boxes and figures that serve it.

use crate::components::plan_guard::WithPlan;
use crate::components::trail::Breadcrumbs;
use crate::core::cite::cite_html;
use crate::core::content::{GoalEntry, Plan};
use crate::core::goal_text::{quoted_paragraph, served_label};
use crate::core::reference::reference;
use crate::core::routes::{anchor_href, Route};
use leptos::either::Either;
use leptos::prelude::*;

/// How to cite the goal: the reference with the permalink of its paragraph in the text.
fn goal_cite(plan: &'static Plan, goal: &GoalEntry) -> String {
    let href = anchor_href(plan, &goal.paragraph).unwrap_or_default();
    let page = super::cite_page(href.split('#').next().unwrap_or(""));
    let mut out = String::new();
    cite_html(&mut out, plan, &page, &goal.paragraph);
    out
}

/// The entry's page body.
#[component]
fn GoalDetail(plan: &'static Plan, goal: &'static GoalEntry) -> impl IntoView {
    let route = Route::Goal(&goal.id);
    view! {
        <Breadcrumbs plan route/>
        <article class="goal-detail">
            <p class="kind">{goal.kind.label()}</p>
            <h1>{goal.subject.clone()}" "<span class="metric">{goal.metric.clone()}</span></h1>
            <dl class="goal-facts">
                {(!goal.value.is_empty()).then(|| view! { <div><dt>"目标值"</dt><dd>{format!("{}{}", goal.value, goal.unit)}</dd></div> })}
                {goal.year.map(|y| view! { <div><dt>"期限"</dt><dd>{format!("{y}年{}", goal.by)}</dd></div> })}
                {(!goal.baseline.is_empty()).then(|| view! { <div><dt>"基期"</dt><dd>{goal.baseline.clone()}</dd></div> })}
                {(!goal.theme.is_empty()).then(|| view! { <div><dt>"主题"</dt><dd>{goal.theme.clone()}</dd></div> })}
            </dl>
            <h2>"原文"</h2>
            <blockquote id=goal.paragraph.clone() class="goal-quote" inner_html=quoted_paragraph(plan, goal)></blockquote>
            <div inner_html=goal_cite(plan, goal)></div>
            <p><a href=anchor_href(plan, &goal.paragraph).unwrap_or_default()>{format!("在正文中阅读（{}）", reference(plan, &goal.paragraph).unwrap_or_default())}</a></p>
            {(!goal.serves.is_empty()).then(|| view! {
                <h2>"相关的专栏与图"</h2>
                <ul class="goal-serves">
                    {goal.serves.iter().map(|id| {
                        // A figure leads to its redrawn map; a box or box item to its place in the text.
                        let href = plan
                            .figures()
                            .into_iter()
                            .find(|f| f.id == *id)
                            .map(|f| Route::Map(f.number).href())
                            .or_else(|| anchor_href(plan, id))
                            .unwrap_or_default();
                        view! { <li><a href=href>{served_label(plan, id)}</a></li> }
                    }).collect_view()}
                </ul>
            })}
            <p><a href=Route::Goals.href()>"← 全部目标"</a></p>
        </article>
    }
}

/// `/goals/<id>/`.
#[component]
pub fn GoalPage(id: &'static str) -> impl IntoView {
    view! {
        <main id="main" class="page goal-page" tabindex="-1">
            <WithPlan render=move |plan| {
                match plan.goal(id) {
                    Some(goal) => Either::Left(view! { <GoalDetail plan goal/> }),
                    None => Either::Right(view! {
                        <h1>"没有这项目标"</h1>
                        <p><a href=Route::Goals.href()>"查看全部目标"</a></p>
                    }),
                }
            }/>
        </main>
    }
}
