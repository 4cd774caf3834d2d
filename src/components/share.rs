//! Share a page: its link, a button that copies it (the Web Share sheet where the device has
//! one), and a QR code of the link to show on a screen, a PNG made at build time beside the
//! page. The button needs no app code: `boot.js` handles it.

use crate::core::routes::Route;
use leptos::prelude::*;

/// The site's public origin (`https://…`), provided while pre-rendering so that pages read
/// without JavaScript show their full link.
#[derive(Clone, Debug)]
pub struct SiteUrl(pub String);

/// The date a page was built, `YYYY-MM-DD`: the citing date its references show until the
/// page's script puts today's.
#[derive(Clone, Debug)]
pub struct CitedOn(pub String);

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
                <button type="button" class="share-button js-only">"复制或分享链接"</button>
                <p class="share-status" role="status" aria-live="polite"></p>
                <img class="qr" src=qr width="160" height="160" alt="本页链接的二维码，可用手机扫描打开" loading="lazy"/>
            </div>
        </details>
    }
}
