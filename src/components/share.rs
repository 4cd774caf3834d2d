//! Share a page: copy its link (the Web Share sheet where the device has one), and a QR code of
//! the link to show on a screen. The QR code is an SVG made at build time beside the page.
//!
//! The controls change the DOM from their event handler rather than through signals: each
//! reactive closure in a view costs its own render code in the wasm.

use crate::core::routes::Route;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The site's public origin (`https://…`), provided while pre-rendering so that pages read
/// without JavaScript show their full link.
#[derive(Clone, Debug)]
pub struct SiteUrl(pub String);

/// The date a page was built, `YYYY-MM-DD`: the citing date its references show until the
/// page's script puts today's.
#[derive(Clone, Debug)]
pub struct CitedOn(pub String);

/// The page's address as the reader's browser sees it, without the `#fragment`.
fn page_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Hands the link to the Web Share sheet, or copies it; says which happened.
async fn share_link(url: &str, title: &str) -> &'static str {
    let Some(window) = web_sys::window() else {
        return "无法分享：浏览器不可用";
    };
    let navigator = window.navigator();
    let navigator_value: &wasm_bindgen::JsValue = navigator.as_ref();
    if web_sys::js_sys::Reflect::has(navigator_value, &"share".into()).unwrap_or(false) {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        if wasm_bindgen_futures::JsFuture::from(navigator.share_with_data(&data))
            .await
            .is_ok()
        {
            return "已打开分享";
        }
    }
    match wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(url)).await {
        Ok(_) => "链接已复制",
        Err(_) => "请长按或选中上面的链接复制",
    }
}

/// The page's title as the browser has it.
fn page_title() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default()
}

/// Shows the link in the panel's field and its status line.
fn show(panel: &web_sys::Element, url: &str, status: &str) {
    if let Some(input) = panel
        .query_selector("input")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value(url);
    }
    if let Some(line) = panel.query_selector(".share-status").ok().flatten() {
        line.set_text_content(Some(status));
        let _ = line.set_attribute("data-shared-url", url);
    }
}

/// The button that shares or copies the page's link (an island: it needs the browser).
#[island]
fn ShareButton() -> impl IntoView {
    let on_share = move |event: MouseEvent| {
        let panel = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|button| button.closest(".share-body").ok().flatten());
        let Some(panel) = panel else { return };
        let url = page_url();
        show(&panel, &url, "");
        leptos::task::spawn_local(async move {
            let said = share_link(&url, &page_title()).await;
            show(&panel, &url, said);
        });
    };
    view! { <button type="button" class="share-button js-only" on:click=on_share>"复制或分享链接"</button> }
}

/// A fold-out share panel for a chapter or section: its link, the share button, a QR code.
#[component]
pub fn SharePanel(route: Route) -> impl IntoView {
    let site = use_context::<SiteUrl>().map(|s| s.0).unwrap_or_default();
    let canonical = format!("{site}{}", route.href());
    let qr = format!("{}qr.png", route.href());
    view! {
        <details class="share">
            <summary>"分享本页"</summary>
            <div class="share-body">
                <label class="share-url">
                    <span>"链接"</span>
                    <input type="url" readonly value=canonical/>
                </label>
                <ShareButton/>
                <p class="share-status" role="status" aria-live="polite"></p>
                <img class="qr" src=qr width="160" height="160" alt="本页链接的二维码，可用手机扫描打开" loading="lazy"/>
            </div>
        </details>
    }
}
