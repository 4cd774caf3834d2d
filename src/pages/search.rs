//! The search page (`/search/?q=…`): pre-rendered without results, and no island. The search's
//! own small wasm (`crates/search-web`), its glue and the build-time index are preloaded by the
//! page and wired to the box by `boot.js`, so a shared search link answers before, and
//! without, the app. The notices below are shown by `boot.js` while the index loads, if it
//! cannot load, or when the reader is offline.

use crate::components::plan_guard::WithSite;
use leptos::prelude::*;

/// `/search/`.
#[component]
pub fn SearchPage() -> impl IntoView {
    view! {
        <main id="main" class="page search-page" tabindex="-1">
            <h1>"搜索规划全文"</h1>
            <p class="hint">"可搜任意字词或数字；地名也可用拼音、旧称或今称。空格分开的几个词须同时出现。"</p>
            <WithSite render=|site| view! {
                <form class="search-form" role="search" action=crate::core::routes::Route::Search.href() method="get">
                    <label for="search-q" class="visually-hidden">"搜索规划全文"</label>
                    <input id="search-q" name="q" type="search" autocomplete="off" enterkeyhint="search" maxlength="64"
                        placeholder=format!("输入任意字词，如 {}", site.plan.meta.search_example)/>
                </form>
            }/>
            <p class="notice" data-search-status="loading" hidden>"正在载入搜索索引……"</p>
            <p class="notice" data-search-status="malformed" hidden>"链接中的搜索词无法识别，已忽略。"</p>
            <p class="notice error" data-search-status="failed" hidden>"搜索索引未能载入。请刷新页面重试。"</p>
            <p class="notice" data-search-status="offline" hidden>"现在离线，搜索索引还没有存到本机。联网后刷新即可搜索；已存的章节仍可从目录阅读。"</p>
            <div id="search-results" class="search-results" aria-live="polite"></div>
            <noscript><p class="notice">"搜索需要浏览器启用 JavaScript。也可以从目录阅读全文。"</p></noscript>
        </main>
    }
}
