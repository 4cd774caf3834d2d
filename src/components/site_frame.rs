//! The frame around every page: skip link, site header with navigation, footer with sources.

use crate::core::routes::Route;
use leptos::prelude::*;

/// Header with the site name and the top-level navigation. The keys that move through the
/// text are listed by `boot.js`, which handles them, on the pages where they work (the search
/// box's placeholder names its one key).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let (name, mark) = crate::core::pack::plan()
        .map(|p| (p.meta.site_name.clone(), p.meta.site_mark.clone()))
        .unwrap_or_default();
    view! {
        <a class="skip-link" href="#main">"跳到正文"</a>
        <header class="site-header">
            <a class="site-name" href=Route::Home.href()>
                <span class="site-mark" aria-hidden="true">{mark}</span>
                <span>{name}</span>
            </a>
            <HeaderSearch/>
            <nav aria-label="网站导航" class="site-nav">
                <a href=Route::Chapter(1).href()>"阅读"</a>
                <a href=Route::Places.href()>"地方"</a>
                <a href=Route::Map(1).href()>"地图"</a>
                <a href=Route::Goals.href()>"目标"</a>
                // The light/dark switch: `boot.js` turns it (no app code), keeps the choice in
                // `localStorage`, and applies it before the first paint (it is read in <head>). Its icon (☾ or ☀) is the stylesheet's, after `html[data-theme]`.
                <button type="button" class="theme-switch js-only" aria-pressed="false" title="切换浅色或深色">
                    <span class="visually-hidden">"深色模式"</span>
                </button>
            </nav>
        </header>
    }
}

/// Footer: where the text comes from, and that it is unofficial. Who issued it and when is
/// said on the home page and in every citation; here the title suffices (the issuers and date
/// on every page cost 6 KB of the site's 600).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let source = crate::core::pack::plan()
        .map(|plan| format!("正文出自《{}》；", plan.meta.title))
        .unwrap_or_default();
    view! {
        <footer class="site-footer">
            <p>
                {source}
                "本站为民间整理，不代表发布机关。"
            </p>
            <p class="footer-links">
                <a href=Route::Data.href()>"开放数据"</a>" · "
                <a href=Route::Print.href()>"全文打印版"</a>" · "
                <a href=Route::Projects.href()>"项目清单"</a>
            </p>
        </footer>
    }
}

/// The header's search box: a plain form to `/search/`, no app code (`boot.js` focuses it
/// when `/` is pressed).
#[component]
pub fn HeaderSearch() -> impl IntoView {
    view! {
        <form class="site-search" role="search" action=Route::Search.href() method="get">
            <label for="site-search" class="visually-hidden">"搜索规划全文"</label>
            <input id="site-search" name="q" type="search" placeholder="搜索全文（按 / ）" autocomplete="off" maxlength="64"/>
        </form>
    }
}
