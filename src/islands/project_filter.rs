//! Filters of the project list (kind, place, box), kept in the URL so a filtered list can be
//! shared, and the CSV and GeoJSON downloads of exactly the rows shown, cut from the published
//! files (`data/projects.csv`, `data/projects.geojson`) so they have the columns and
//! properties the data page describes. The table is pre-rendered; this island hides and shows
//! its rows and keeps the download links' files up to date.

use crate::core::export::rows_of;
use crate::core::geo::geojson_out::select_counties;
use crate::core::pack::places;
use crate::core::places::Level;
use crate::core::progress::Status;
use crate::core::project_filter::Filters;
use crate::core::projects::KINDS;
use crate::core::routes::Route;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The published `data/projects.geojson`, fetched once: the GeoJSON export is cut from it.
    static COUNTIES: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The published `data/projects.csv`, fetched once: the CSV export is cut from it.
    static TABLE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Fetches a published file (same origin; the browser caches it).
async fn published(file: &str) -> Option<String> {
    let url = format!("{}/data/{file}", crate::core::routes::BASE);
    let response = gloo_net::http::Request::get(&url).send().await.ok()?;
    response.ok().then_some(response)?.text().await.ok()
}

/// Fetches the two files the downloads are cut from, and keeps them.
async fn load_published() -> Option<()> {
    let (table, counties) = (
        published("projects.csv").await?,
        published("projects.geojson").await?,
    );
    TABLE.with(|m| *m.borrow_mut() = Some(table));
    COUNTIES.with(|m| *m.borrow_mut() = Some(counties));
    Some(())
}

/// Points a download link at a new file of the given type.
fn offer(document: &web_sys::Document, id: &str, text: &str, mime: &str, rows: u32) {
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options);
    if let (Ok(blob), Some(link)) = (blob, document.get_element_by_id(id)) {
        if let Some(old) = link
            .get_attribute("href")
            .filter(|h| h.starts_with("blob:"))
        {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
            let _ = link.set_attribute("href", &url);
            let _ = link.set_attribute("data-rows", &rows.to_string());
        }
    }
}

/// How many boxes the plan has (the box filter's choices).
fn box_count() -> usize {
    crate::facts::BOX_COUNT
}

/// Filters from the URL; values that are not known kinds, places or boxes are dropped.
fn from_url() -> (Filters, bool) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Filters::from_query(&search, places().unwrap_or(&[]), box_count())
}

/// Shows the matching rows, writes the URL, the count and the CSV; returns the count.
fn apply(f: &Filters) -> u32 {
    let Some(window) = web_sys::window() else {
        return 0;
    };
    let Some(document) = window.document() else {
        return 0;
    };
    let Ok(rows) = document.query_selector_all("#projects tbody tr") else {
        return 0;
    };
    let mut ids: Vec<String> = Vec::new();
    let mut shown = 0;
    // County adcode → names of the shown projects that concern it.
    let mut by_county: Vec<(String, Vec<String>)> = Vec::new();
    for i in 0..rows.length() {
        let Some(row) = rows
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let attr = |name| row.get_attribute(name).unwrap_or_default();
        let keep = f.keeps(
            &attr("data-kind"),
            &attr("data-places"),
            &attr("data-city"),
            &attr("data-box"),
            &attr("data-status"),
        );
        if keep {
            let _ = row.remove_attribute("hidden");
            shown += 1;
            let cells = row.children();
            let text = |k: u32| {
                cells
                    .item(k)
                    .and_then(|c| c.text_content())
                    .unwrap_or_default()
            };
            for code in attr("data-places")
                .split(' ')
                .filter(|c| c.len() == 6 && !c.ends_with("00"))
            {
                match by_county.iter_mut().find(|(c, _)| c == code) {
                    Some((_, names)) => names.push(text(0)),
                    None => by_county.push((code.to_string(), vec![text(0)])),
                }
            }
            ids.push(attr("id"));
        } else {
            let _ = row.set_attribute("hidden", "");
        }
    }
    let query = f.to_query();
    let href = if query.is_empty() {
        Route::Projects.href()
    } else {
        format!("{}?{query}", Route::Projects.href())
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
    }
    if let Some(count) = document.get_element_by_id("project-count") {
        count.set_text_content(Some(&format!("显示 {shown} 项")));
    }
    TABLE.with(|m| {
        if let Some(published) = m.borrow().as_ref() {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let csv = rows_of(published, &ids);
            offer(&document, "csv-link", &csv, "text/csv;charset=utf-8", shown);
        }
    });
    if let Ok(counties) = document.query_selector_all("svg.list-map a.county-link") {
        for i in 0..counties.length() {
            if let Some(county) = counties
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let code = county.get_attribute("data-adcode").unwrap_or_default();
                let hit = by_county.iter().any(|(c, _)| *c == code);
                let _ = if hit {
                    county.class_list().add_1("hit")
                } else {
                    county.class_list().remove_1("hit")
                };
            }
        }
    }
    COUNTIES.with(|m| {
        if let Some(published) = m.borrow().as_ref() {
            offer(
                &document,
                "geojson-link",
                &select_counties(published, &by_county),
                "application/geo+json",
                shown,
            );
        }
    });
    shown
}

/// `<option>`s of the place filter: prefectures, then their counties.
fn place_options() -> Vec<(String, String)> {
    let Ok(all) = places() else { return Vec::new() };
    let mut out = Vec::new();
    for pref in all.iter().filter(|p| p.level == Level::Prefecture) {
        out.push((pref.adcode.clone(), pref.name.clone()));
        for county in all
            .iter()
            .filter(|c| c.level == Level::County && c.parents.contains(&pref.adcode))
        {
            out.push((county.adcode.clone(), format!("　{}", county.name)));
        }
    }
    out
}

/// The filter controls and the CSV link.
#[island]
pub fn ProjectFilter() -> impl IntoView {
    let filters = RwSignal::new(Filters::default());
    let notice = RwSignal::new(false);
    Effect::new(move |_| {
        let (from, clean) = from_url();
        notice.set(!clean);
        filters.set(from);
        // The downloads are cut from the published files: fetch them once, then offer them.
        leptos::task::spawn_local(async move {
            if load_published().await.is_some() {
                apply(&filters.get_untracked());
            }
        });
    });
    Effect::new(move |prev: Option<()>| {
        let f = filters.get();
        // The first run is before the URL is read: leave the pre-rendered table as it is.
        if prev.is_some() || f != Filters::default() {
            apply(&f);
        }
    });
    let set = move |which: u8| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            filters.update(|f| match which {
                0 => f.kind = value,
                1 => f.place = value,
                2 => f.r#box = value,
                _ => f.status = value,
            });
        }
    };
    view! {
        // The list is filtered from the URL: the app starts with the page (`boot.js`).
        <div class="project-filter" data-start="now">
            <label>"类别"
                <select name="kind" prop:value=move || filters.get().kind on:change=set(0)>
                    <option value="">"全部"</option>
                    {KINDS.iter().map(|k| view! { <option value=k.id()>{k.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>"地方"
                <select name="place" prop:value=move || filters.get().place on:change=set(1)>
                    <option value="">"全部"</option>
                    {place_options().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </label>
            <label class="with-city">
                <input type="checkbox" name="with" value="city" prop:checked=move || filters.get().with_city
                    on:change=move |ev| filters.update(|f| f.with_city = event_target_checked(&ev))/>
                "含所属市州的项目"
            </label>
            <label>"专栏"
                <select name="box" prop:value=move || filters.get().r#box on:change=set(2)>
                    <option value="">"全部"</option>
                    {(1..=box_count()).map(|n| view! { <option value=n.to_string()>{format!("专栏 {n}")}</option> }).collect_view()}
                    <option value="text">"正文"</option>
                </select>
            </label>
            <label>"进展"
                <select name="status" prop:value=move || filters.get().status on:change=set(3)>
                    <option value="">"全部"</option>
                    {Status::ALL.iter().map(|s| view! { <option value=s.id()>{s.label()}</option> }).collect_view()}
                </select>
            </label>
            <a id="csv-link" class="js-only csv-link" download="lanxi-projects.csv" href="#">"导出 CSV（当前所示）"</a>
            <a id="geojson-link" class="js-only csv-link" download="lanxi-projects.geojson" href="#">"导出 GeoJSON"</a>
            <p class="notice" hidden=move || !notice.get()>"链接中有无法识别的筛选条件，已忽略。"</p>
        </div>
    }
}
