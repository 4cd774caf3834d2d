//! The page for a path the site does not have: says so, and offers the contents. The service
//! worker also answers with it, marked `data-offline`, for a page it has not saved when the
//! network is gone: then the page says the reader is offline, not that the address is wrong;
//! `boot.js` greys what is not saved either and opens the page once the network is back.

use crate::components::contents::ContentsList;
use crate::components::plan_guard::WithPlan;
use leptos::prelude::*;

/// Friendly not-found page (or offline page) with the plan's contents as a way on.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main id="main" class="page not-found" tabindex="-1">
            <div class="if-found">
                <h1>"找不到这个页面"</h1>
                <p>"这个链接没有对应的章节。可能是链接不完整，或者地址输错了。"</p>
            </div>
            <div class="if-offline">
                <h1>"现在离线"</h1>
                <p>"这一页还没有存到本机；联网后会自动打开。下面目录里没有变灰的章节已经存好，离线也能读。"</p>
            </div>
            <p><a href=crate::core::routes::Route::Home.href()>"回到首页"</a>"，或从下面的目录继续阅读。"</p>
            <WithPlan render=|plan| view! { <ContentsList plan current=None/> }/>
        </main>
    }
}
