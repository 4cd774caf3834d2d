//! The light/dark switch, an island. The page follows the system until the reader chooses; the
//! choice is kept in `localStorage` and applied by `boot.js` before the first paint, so there is
//! no flash. The icon (☾ or ☀) is the stylesheet's, following `html[data-theme]`, so the markup
//! on every page stays small.

use leptos::prelude::*;

const KEY: &str = "lanxi-theme";

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Whether the page is dark now: the reader's choice, else the system's.
fn is_dark() -> bool {
    let chosen = root().and_then(|r| r.get_attribute("data-theme"));
    match chosen.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// A button that switches between light and dark and remembers the choice.
#[island]
pub fn ThemeSwitch() -> impl IntoView {
    let dark = RwSignal::new(false);
    Effect::new(move |_| dark.set(is_dark()));
    let toggle = move |_| {
        let next = if is_dark() { "light" } else { "dark" };
        if let Some(root) = root() {
            let _ = root.set_attribute("data-theme", next);
        }
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.set_item(KEY, next);
        }
        dark.set(next == "dark");
    };
    view! {
        <button type="button" class="theme-switch js-only" on:click=toggle
            aria-pressed=move || if dark.get() { "true" } else { "false" } title="切换浅色或深色">
            <span class="visually-hidden">"深色模式"</span>
        </button>
    }
}
