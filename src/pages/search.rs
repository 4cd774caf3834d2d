//! The search page (`/search/?q=…`): pre-rendered empty; the island fills in the results.

use crate::components::search::SearchPanel;
use leptos::prelude::*;

/// `/search/`.
#[component]
pub fn SearchPage() -> impl IntoView {
    view! {
        <main id="main" class="page search-page" tabindex="-1">
            <h1>"搜索规划全文"</h1>
            <p class="hint">"可搜任意字词或数字；地名也可用拼音、旧称或今称。空格分开的几个词须同时出现。"</p>
            <SearchPanel/>
            <noscript><p class="notice">"搜索需要浏览器启用 JavaScript。也可以从目录阅读全文。"</p></noscript>
        </main>
    }
}
