//! The home page: what the plan is, its headline figures and preamble, and the contents.

use crate::components::contents::ContentsList;
use crate::components::plan_guard::WithPlan;
use crate::core::content::numerals::chinese;
use crate::core::content::Plan;
use crate::core::render;
use crate::core::routes::{anchor_href, Route};
use leptos::prelude::*;

/// Title page facts.
#[component]
fn PlanSummary(plan: &'static Plan) -> impl IntoView {
    let meta = &plan.meta;
    view! {
        <header class="plan-title">
            <h1>{meta.title.clone()}</h1>
            <p class="issuers">{meta.issuers.join("　")}</p>
            <p class="dates">{format!("{}印发 · 规划期限{}", meta.date, meta.period)}</p>
            {(!meta.provenance.is_empty()).then(|| view! { <p class="dates">{meta.provenance.clone()}<a href=Route::Data.href()>"来源"</a></p> })}
        </header>
    }
}

fn preamble_html(plan: &'static Plan) -> String {
    let mut out = String::new();
    render::blocks(
        &mut out,
        &super::text_page(plan, Route::Home),
        &plan.preamble,
        3,
    );
    out
}

/// The headline figures, each linked to the paragraph that states it.
#[component]
fn HeadlineFigures(plan: &'static Plan) -> impl IntoView {
    view! {
        <section aria-labelledby="figures-title" class="headline-figures">
            <h2 id="figures-title">"主要数字"</h2>
            <dl>
                {plan.headline_figures.iter().map(|f| view! {
                    <div class="figure-card">
                        <dt>{f.label.clone()}{f.year.map(|y| format!("（{y}年）"))}</dt>
                        <dd>
                            <span class="value">{f.value.clone()}</span>
                            <span class="unit">{f.unit.clone()}</span>
                            <a class="source" href=anchor_href(plan, &f.paragraph).unwrap_or_default()>"出处"</a>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// `/`.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <main id="main" class="page home" tabindex="-1">
            <WithPlan render=|plan| view! {
                <PlanSummary plan/>
                <p id="continue-reading" class="continue-reading" hidden></p>
                <nav aria-label="探索规划" class="explore">
                    <a href=Route::Chapter(1).href()><strong>"阅读全文"</strong><span>{format!("{}章{}节，每节一个链接", chinese(plan.chapters.len()), chinese(plan.chapters.iter().map(|c| c.sections.len()).sum()))}</span></a>
                    <a href=Route::Search.href()><strong>"搜索"</strong><span>"任意字词、数字、地名拼音"</span></a>
                    <a href=Route::Places.href()><strong>"我所在的地方"</strong><span>"县区、市州的项目与相关段落"</span></a>
                    <a href=Route::Map(1).href()><strong>{format!("{}幅地图", chinese(plan.figures().len()))}</strong><span>{plan.meta.map_topics.clone()}</span></a>
                    <a href=Route::Projects.href()><strong>"项目清单"</strong><span>"按类别、地方筛选，导出 CSV"</span></a>
                    <a href=Route::Progress.href()><strong>"规划以来的进展"</strong><span>"已建成、在建、未见报道，各有来源"</span></a>
                    <a href=Route::Goals.href()><strong>"目标与时间表"</strong><span>"规划承诺了什么、到哪一年"</span></a>
                    <a href=Route::Data.href()><strong>"开放数据"</strong><span>"全文 JSON、项目与地名 CSV、引用格式"</span></a>
                </nav>
                <HeadlineFigures plan/>
                <section aria-labelledby="preamble-title" class="preamble">
                    <h2 id="preamble-title">"前文"</h2>
                    <div inner_html=preamble_html(plan)></div>
                </section>
                <section aria-labelledby="contents-title" class="home-contents">
                    <h2 id="contents-title">"目录"</h2>
                    <ContentsList plan current=None/>
                </section>
            }/>
        </main>
    }
}
