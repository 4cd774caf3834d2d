//! `/print/`: the whole plan on one page, to print or save as PDF — contents, preamble, every
//! chapter from a new page, boxes and figures.

use crate::components::plan_guard::WithPlan;
use crate::core::content::Plan;
use crate::core::print::print_html;
use crate::core::routes::Route;
use leptos::prelude::*;

/// `/print/`.
#[component]
pub fn PrintPage() -> impl IntoView {
    view! {
        <main id="main" class="page print-page" tabindex="-1">
            <WithPlan render=|plan: &'static Plan| {
                let page = super::text_page(plan, Route::Print);
                view! {
                    <p class="print-hint no-print">"这是规划全文的单页版：用浏览器的“打印”即可打印或另存为 PDF（A4）。"</p>
                    <article class="print-plan" inner_html=print_html(&page)></article>
                }
            }/>
        </main>
    }
}
