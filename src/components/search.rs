//! Search in the browser: the results panel of `/search/`, an island; the index is built on
//! first use from the embedded plan.

use crate::core::input::clean;
use crate::core::routes::Route;
use crate::core::search::{embedded_index, results_html::results_html};
use crate::core::url::encode_component;
use crate::core::url::search_query;
use leptos::prelude::*;

/// The `?q=` of the current URL.
fn url_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| search_query(&s, "q"))
        .unwrap_or_default()
}

/// Milliseconds since page load.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Puts the query in the address bar (without adding a history entry per keystroke).
fn replace_url(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The fragment stays: a link to `/search/?q=…#results` keeps its target.
    let hash = window.location().hash().unwrap_or_default();
    let href = if query.is_empty() {
        format!("{}{hash}", Route::Search.href())
    } else {
        format!(
            "{}?q={}{hash}",
            Route::Search.href(),
            encode_component(query)
        )
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
    }
}

/// Runs a query; returns the results' HTML and how long the search took.
fn run(query: &str) -> (String, f64) {
    let Some(index) = embedded_index() else {
        return (
            "<p class=\"notice error\">搜索索引未能建立。</p>".into(),
            0.0,
        );
    };
    let start = now();
    let results = index.search(query);
    let took = now() - start;
    (results_html(index, &results, query), took)
}

/// The search page's box and results; the query lives in the URL (`?q=`).
#[island]
pub fn SearchPanel() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let placeholder = crate::core::content::plan()
        .map(|p| format!("输入任意字词，如 {}", p.meta.search_example))
        .unwrap_or_else(|_| "输入任意字词".into());
    let html = RwSignal::new(String::new());
    // The pre-rendered page has no query; after hydration take it from the URL.
    Effect::new(move |_| query.set(url_query()));
    Effect::new(move |_| {
        // The box keeps what is typed; the search and the URL take it cleaned.
        let q = clean(&query.get());
        let (results, took) = run(&q);
        html.set(results);
        replace_url(&q);
        if let Some(panel) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("search-results"))
        {
            let _ = panel.set_attribute("data-ms", &format!("{took:.3}"));
            let _ = panel.set_attribute("data-query", &q);
        }
    });
    view! {
        <form class="search-form" role="search" action=Route::Search.href() method="get"
            on:submit=|ev| ev.prevent_default()>
            <label for="search-q" class="visually-hidden">"搜索规划全文"</label>
            <input id="search-q" name="q" type="search" placeholder=placeholder autocomplete="off"
                enterkeyhint="search" maxlength="64"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
        </form>
        <div id="search-results" class="search-results" aria-live="polite" inner_html=move || html.get()></div>
    }
}
