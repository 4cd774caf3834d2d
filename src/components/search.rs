//! Search in the browser: the results panel of `/search/`, an island. The index is built from
//! the published plan (`data/plan.json`), fetched when the page opens and kept by the browser
//! and the service worker like any file: the app's code does not carry the text.

use crate::core::input::clean;
use crate::core::routes::Route;
use crate::core::search::place_cards::{cards_html, place_cards};
use crate::core::search::{published_index, results_html::results_html, Published, SearchIndex};
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

/// The index, or why it could not be built; `None` while the plan loads.
type Loaded = Option<Result<&'static SearchIndex, String>>;

/// One published file's text.
async fn fetch_text(name: &str) -> Result<String, String> {
    let url = format!("{}{name}", Route::Data.href());
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// Fetches the published plan, goals and projects (at once) and builds the index (kept for
/// the page's life).
async fn load_index() -> Result<&'static SearchIndex, String> {
    let (plan_json, goals_csv, projects_csv) = futures_util::future::join3(
        fetch_text("plan.json"),
        fetch_text("goals.csv"),
        fetch_text("projects.csv"),
    )
    .await;
    let index = published_index(&Published {
        plan_json: &plan_json?,
        goals_csv: &goals_csv?,
        projects_csv: &projects_csv?,
    })
    .map_err(|e| e.to_string())?;
    Ok(Box::leak(Box::new(index)))
}

/// The pages of the places the query names, to lead the results (the counts are the pages'
/// own, written by `build.rs`).
fn place_cards_html(query: &str) -> String {
    match crate::core::places::places() {
        Ok(all) => cards_html(&place_cards(all, query), crate::facts::PAGE_COUNTS),
        Err(_) => String::new(),
    }
}

/// Runs a query; returns the results' HTML and how long the search took, or `None` while the
/// plan loads.
fn run(index: &Loaded, query: &str) -> Option<(String, f64)> {
    match index.as_ref()? {
        Ok(index) => {
            let start = now();
            let results = index.search(query);
            let took = now() - start;
            Some((
                results_html(index, &results, query, &place_cards_html(query)),
                took,
            ))
        }
        Err(why) => Some((
            format!(
                "<p class=\"notice error\">搜索索引未能建立：{}。请刷新页面重试。</p>",
                crate::core::html::escape(why)
            ),
            0.0,
        )),
    }
}

/// The search page's box and results; the query lives in the URL (`?q=`).
#[island]
pub fn SearchPanel() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let placeholder = format!("输入任意字词，如 {}", crate::facts::SEARCH_EXAMPLE);
    let html = RwSignal::new(String::new());
    let index: RwSignal<Loaded> = RwSignal::new(None);
    // The pre-rendered page has no query; after hydration take it from the URL, and load the
    // plan to search.
    Effect::new(move |_| {
        query.set(url_query());
        leptos::task::spawn_local(async move { index.set(Some(load_index().await)) });
    });
    Effect::new(move |_| {
        // The box keeps what is typed; the search and the URL take it cleaned.
        let q = clean(&query.get());
        replace_url(&q);
        let Some((results, took)) = index.with(|index| run(index, &q)) else {
            let loading = (!q.is_empty()).then_some("<p class=\"notice\">正在载入规划全文……</p>");
            html.set(loading.unwrap_or_default().into());
            return;
        };
        html.set(results);
        if let Some(panel) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("search-results"))
        {
            let _ = panel.set_attribute("data-ms", &crate::core::number::fixed(took, 3));
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
