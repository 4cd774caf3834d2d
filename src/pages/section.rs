//! A section page (`/c6/s1/`): one section at its own link, so a shared link shows just it.

use super::not_found::NotFoundPage;
use crate::components::plan_guard::WithPlan;
use crate::components::reader_frame::ReaderFrame;
use crate::core::content::Plan;
use crate::core::render::section_html;
use crate::core::routes::Route;
use leptos::either::Either;
use leptos::prelude::*;

/// The section's text, under its chapter's name.
#[component]
fn SectionText(plan: &'static Plan, chapter: u8, section: u8) -> impl IntoView {
    let found = plan.chapter(chapter).and_then(|ch| {
        ch.sections
            .get(usize::from(section).checked_sub(1)?)
            .map(|sec| (ch, sec))
    });
    found.map(|(ch, sec)| {
        let page = super::text_page(plan, Route::Section(chapter, section));
        view! { <article class="section-page" aria-labelledby=sec.id.clone() inner_html=section_html(&page, ch, sec)></article> }
    })
}

/// `/c6/s1/`.
#[component]
pub fn SectionPage(chapter: u8, section: u8) -> impl IntoView {
    view! {
        <WithPlan render=move |plan| {
            let found = plan
                .chapter(chapter)
                .is_some_and(|ch| usize::from(section) >= 1 && usize::from(section) <= ch.sections.len());
            if found {
                Either::Left(view! {
                    <ReaderFrame plan route=Route::Section(chapter, section)><SectionText plan chapter section/></ReaderFrame>
                })
            } else {
                Either::Right(view! { <NotFoundPage/> })
            }
        }/>
    }
}
