//! A chapter page (`/c6/`): the chapter's own text, then its sections as an outline linked to
//! their pages; the whole chapter in one run is on the print page.

use super::not_found::NotFoundPage;
use crate::components::plan_guard::WithPlan;
use crate::components::reader_frame::ReaderFrame;
use crate::core::content::Plan;
use crate::core::render::chapter_html;
use crate::core::routes::Route;
use leptos::either::Either;
use leptos::prelude::*;

/// The chapter's text.
#[component]
fn ChapterText(plan: &'static Plan, number: u8) -> impl IntoView {
    plan.chapter(number).map(|ch| {
        view! {
            <article class="chapter" aria-labelledby=ch.id.clone() inner_html=chapter_html(&super::text_page(plan, Route::Chapter(number)), ch)></article>
            <p class="whole-chapter"><a href=format!("{}#{}", Route::Print.href(), ch.id)>{format!("在单页全文中连续阅读{}", ch.heading)}" →"</a></p>
        }
    })
}

/// `/c6/`.
#[component]
pub fn ChapterPage(number: u8) -> impl IntoView {
    view! {
        <WithPlan render=move |plan| match plan.chapter(number) {
            Some(_) => Either::Left(view! {
                <ReaderFrame plan route=Route::Chapter(number)><ChapterText plan number/></ReaderFrame>
            }),
            None => Either::Right(view! { <NotFoundPage/> }),
        }/>
    }
}
