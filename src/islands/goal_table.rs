//! Sorting of the targets table on `/goals/`: an island that reorders the pre-rendered rows by
//! their `data-year` or `data-theme`, so the table itself ships no code.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Reorders `#targets tbody` rows by an attribute; years sort as numbers, themes as text.
fn sort_rows(key: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.query_selector("#targets tbody").ok().flatten() else {
        return;
    };
    let rows = body.children();
    let mut items: Vec<(String, u32, web_sys::Element)> = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .enumerate()
        .map(|(n, row)| {
            (
                row.get_attribute(key).unwrap_or_default(),
                u32::try_from(n).unwrap_or(0),
                row,
            )
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    for (_, _, row) in items {
        let _ = body.append_child(&row);
    }
    if let Ok(buttons) = document.query_selector_all(".target-sort button") {
        for i in 0..buttons.length() {
            if let Some(button) = buttons
                .item(i)
                .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
            {
                let pressed = button.get_attribute("data-key").as_deref() == Some(key);
                let _ =
                    button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
            }
        }
    }
}

/// Buttons that sort the targets table by year or by theme.
#[island]
pub fn TargetSort() -> impl IntoView {
    view! {
        <div class="target-sort js-only" role="group" aria-label="排序">
            <span>"排序："</span>
            <button type="button" data-key="data-year" aria-pressed="true" on:click=|_| sort_rows("data-year")>"按年份"</button>
            <button type="button" data-key="data-theme" aria-pressed="false" on:click=|_| sort_rows("data-theme")>"按主题"</button>
        </div>
    }
}
