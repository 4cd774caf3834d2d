//! The place picker: type a place's name in any form (今名、2018 年旧名、简称、拼音) and go to
//! its page. An island over a plain list of links that works without JavaScript.

use crate::core::pack::places;
use crate::core::places::{lookup, Level};
use crate::core::routes::Route;
use leptos::prelude::*;

/// Suggestions as HTML links (the picker shows at most eight).
fn suggestions(typed: &str) -> (String, Option<String>) {
    let Ok(all) = places() else {
        return (String::new(), None);
    };
    let found: Vec<_> = lookup(all, typed).into_iter().take(8).collect();
    let mut html = String::new();
    let mut first = None;
    for p in &found {
        // A site opens the page of its county or, if that is not certain, its prefecture.
        let target = if p.level == Level::Site {
            p.parents.first().map(String::as_str).unwrap_or("")
        } else {
            p.adcode.as_str()
        };
        let Some(target) = all.iter().find(|q| q.adcode == target) else {
            continue;
        };
        let href = Route::Place(&target.adcode).href();
        first.get_or_insert_with(|| href.clone());
        let hint = if target.adcode == p.adcode {
            p.level.label().to_string()
        } else {
            format!("在{}", target.name)
        };
        html.push_str(&format!(
            "<li><a href=\"{href}\">{}<span class=\"hint\">{}</span></a></li>",
            crate::core::html::escape(&p.name),
            crate::core::html::escape(&hint)
        ));
    }
    if found.is_empty() && !typed.trim().is_empty() {
        html.push_str("<li class=\"none\">没有找到这个地方。可以试试县区全名、简称或拼音。</li>");
    }
    (html, first)
}

/// The picker's input and its suggestions; Enter opens the first. The pack's examples stand
/// beside it on the page, so the browser need not read the plan for them.
#[island]
pub fn PlacePicker() -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let listed = Memo::new(move |_| suggestions(&typed.get()));
    let go_first = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let (Some(href), Some(window)) = (listed.get_untracked().1, web_sys::window()) {
            let _ = window.location().set_href(&href);
        }
    };
    view! {
        // Drawn from the URL (?q=): the app starts with the page (`boot.js`).
        <form class="place-picker" role="search" data-start="now" on:submit=go_first>
            <label for="place-q">"输入地名"</label>
            <input id="place-q" type="search" autocomplete="off" placeholder="县区名、简称、旧称或拼音" maxlength="32"
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <ul class="place-suggestions" aria-live="polite" inner_html=move || listed.get().0></ul>
        </form>
    }
}
