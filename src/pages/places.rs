//! `/places/`: the place picker, and every place grouped by province and prefecture.

use crate::components::plan_guard::{WithPlan, WithSite};
use crate::core::content::Plan;
use crate::core::pack::Site;
use crate::core::place_report::feature_passages;
use crate::core::places::{former_names, Level, Place};
use crate::core::routes::Route;
use crate::islands::place_picker::PlacePicker;
use crate::pages::place::passage_index;
use leptos::prelude::*;

/// One place's link, with its former name where it has changed (the plan's word only where
/// the text uses it).
fn place_link(plan: &'static Plan, p: &'static Place) -> impl IntoView {
    let old = former_names(p, |name| plan.uses(name)).map(|f| format!("（{f}）"));
    view! { <a href=Route::Place(&p.adcode).href()>{p.name.clone()}</a>{old} }
}

/// Every unit, by province and prefecture.
fn by_province(plan: &'static Plan, all: &'static [Place]) -> impl IntoView {
    let of = move |level: Level, parent: &str| -> Vec<&'static Place> {
        all.iter()
            .filter(|p| p.level == level && p.parents.iter().any(|x| x == parent))
            .collect()
    };
    all.iter().filter(|p| p.level == Level::Province).map(|province| view! {
        <section class="place-group">
            <h2><a href=Route::Place(&province.adcode).href()>{province.name.clone()}</a></h2>
            {of(Level::Prefecture, &province.adcode).into_iter().map(|pref| view! {
                <h3>{place_link(plan, pref)}</h3>
                <ul class="place-list">
                    {of(Level::County, &pref.adcode).into_iter().map(|c| view! { <li>{place_link(plan, c)}</li> }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }).collect_view()
}

/// Each site, river, range and group, with the units it lies in or crosses (or names) and
/// the source that says so: the place pages link here rather than repeat a river's sources on every county.
fn sources(site: &'static Site) -> impl IntoView {
    let all = site.places;
    let name_of = move |id: &str| {
        all.iter()
            .find(|p| p.adcode == id)
            .map_or(id.to_string(), |p| p.name.clone())
    };
    view! {
        <section aria-labelledby="sources-title" class="place-sources">
            <h2 id="sources-title">"地点、河流、山脉与合称：所在县区和出处"</h2>
            <p class="hint">"规划没有写明的位置（一座水库在哪个县、一条河流经哪些县区）依据以下来源；来源不足的只标到市州一级。"</p>
            <dl>
                {all.iter().filter(|p| p.sourced_on_places_page()).map(|p| view! {
                    <div id=p.adcode.clone()>
                        <dt>{p.name.clone()}<span class="where">{format!("（{}：{}）", p.level.label(), p.parents.iter().map(|id| name_of(id)).collect::<Vec<_>>().join("、"))}</span></dt>
                        <dd>{p.note.clone()}</dd>
                        {(p.level == Level::Feature).then(|| {
                            let docs = feature_passages(site.plan, all, site.projects, p);
                            (!docs.is_empty()).then(|| view! {
                                <dd>{format!("讲到{}本身的原文（{} 段）：", p.name, docs.len())}{passage_index(site.plan, &docs)}</dd>
                            })
                        })}
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// `/places/`.
#[component]
pub fn PlacesPage() -> impl IntoView {
    view! {
        <main id="main" class="page places-page" tabindex="-1">
            <h1>"地方"</h1>
            <p class="hint">"规划对我所在的县区意味着什么？选一个地方，查看规划给它的角色、与它有关的项目和原文段落。"</p>
            <PlacePicker/>
            <WithPlan render=|plan| view! { <p class="hint">{format!("例如：{}", plan.meta.place_example)}</p> }/>
            <p><a href=Route::Projects.href()>"按类别和地方查看全部项目清单 →"</a></p>
            <WithSite render=|site| view! { {by_province(site.plan, site.places)}{sources(site)} }/>
        </main>
    }
}
