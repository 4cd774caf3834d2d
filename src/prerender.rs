//! Pre-rendering: the same components the browser hydrates, rendered to HTML at build time,
//! one `index.html` per route, with that route's title, description, canonical URL and Open
//! Graph tags, so a plain static host serves readable pages and link previews show the section.

mod images;
pub mod manifest;
mod markers;
pub mod page_css;
mod search_files;
mod template;
pub mod worker;

pub use images::{figure_image, geometry_image};
pub use search_files::{hashed_name, SearchFiles};
pub use template::{boot_script, deferred_template, stylesheet_href};

use crate::app::App;
use crate::components::share::{CitedOn, SiteUrl};
use crate::core::content::Plan;
use crate::core::html::escape;
use crate::core::page_meta::{page_meta, PageMeta};
use crate::core::places::Place;
use crate::core::routes::Route;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use std::sync::Arc;

/// What can go wrong turning trunk's `index.html` into pages.
#[derive(Debug, thiserror::Error)]
pub enum PrerenderError {
    /// The template lacks a marker the pre-renderer fills in.
    #[error("the page template has no `{0}`: is dist/index.html trunk's output?")]
    Template(&'static str),
}

/// Renders the app's `<body>` content for a route, as the browser will hydrate it.
pub fn render_body(route: Route, site_url: &str) -> String {
    render_body_on(route, site_url, &today())
}

/// Today's date, `YYYY-MM-DD` (UTC), from the system clock.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Renders the app's `<body>` content for a route, citing on the given date.
pub fn render_body_on(route: Route, site_url: &str, cited_on: &str) -> String {
    let context = Arc::new(SsrSharedContext::new()) as Arc<dyn SharedContext + Send + Sync>;
    let owner = Owner::new_root(Some(context));
    let html = owner.with(|| {
        provide_context(route);
        provide_context(SiteUrl(site_url.to_string()));
        provide_context(CitedOn(cited_on.to_string()));
        view! { <App/> }.to_html()
    });
    drop(owner);
    markers::without_static_markers(&html)
}

/// The page's Content-Security-Policy: nothing from another origin, and no inline script or
/// style but the ones whose SHA-256 is listed (the template has no script of its own: `boot.js`
/// sets the theme; the search page carries its own rules of the stylesheet, `page_css`).
/// Images, fonts, the manifest and the service worker fall back to `default-src 'self'`, so
/// they are not named on every page; fetches may also read the page's own `blob:` exports.
pub fn content_security_policy(template: &str) -> String {
    let listed = |tag: &str| {
        let hashes = inline_hashes(template, tag);
        if hashes.is_empty() {
            String::new()
        } else {
            format!(" {}", hashes.join(" "))
        }
    };
    let styles = listed("style");
    let styles = if styles.is_empty() {
        styles
    } else {
        format!("style-src 'self'{styles}; ")
    };
    format!(
        "default-src 'self'; {styles}script-src 'self' 'wasm-unsafe-eval'{}; connect-src 'self' blob:; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        listed("script")
    )
}

/// `'sha256-…'` of the content of each `<tag>` in `template` that has no `src`.
fn inline_hashes(template: &str, tag: &str) -> Vec<String> {
    use base64::Engine;
    use sha2::Digest;
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut hashes = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find(&open) {
        let tag_end = rest[start..]
            .find('>')
            .map_or(rest.len(), |i| start + i + 1);
        let content_end = rest[tag_end..]
            .find(&close)
            .map_or(rest.len(), |i| tag_end + i);
        if !rest[start..tag_end].contains(" src=") {
            let digest = sha2::Sha256::digest(&rest.as_bytes()[tag_end..content_end]);
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = rest[content_end..]
            .strip_prefix(close.as_str())
            .unwrap_or("");
    }
    hashes
}

/// The `<head>` tags of a page.
pub fn head_tags(meta: &PageMeta, site_url: &str) -> String {
    let url = format!("{site_url}{}", meta.href);
    let (title, description, site) = (
        escape(&meta.title),
        escape(&meta.description),
        escape(&meta.site),
    );
    format!(
        "<title>{title}</title>\n\
         <meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{url}\">\n\
         <meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"og:locale\" content=\"zh_CN\">\n\
         <meta property=\"og:site_name\" content=\"{site}\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n\
         <meta property=\"og:url\" content=\"{url}\">\n\
         <meta name=\"twitter:card\" content=\"summary\">\n"
    )
}

/// Where `open` first stands in `template`, and the end of the `close` after it.
fn tag_span(
    template: &str,
    open: &'static str,
    close: &'static str,
) -> Result<(usize, usize), PrerenderError> {
    let start = template.find(open).ok_or(PrerenderError::Template(open))?;
    let end = template[start..]
        .find(close)
        .map(|i| start + i + close.len())
        .ok_or(PrerenderError::Template(close))?;
    Ok((start, end))
}

/// A whole page: trunk's template with the route's head tags and rendered body.
pub fn render_page(
    template: &str,
    plan: &Plan,
    places: &[Place],
    route: Route,
    site_url: &str,
) -> Result<String, PrerenderError> {
    let meta = page_meta(plan, places, route);
    let (title_start, title_end) = tag_span(template, "<title>", "</title>")?;
    let body_open = template
        .find("<body>")
        .ok_or(PrerenderError::Template("<body>"))?
        + "<body>".len();
    let mut page = String::with_capacity(template.len() + 64 * 1024);
    // The policy goes first in <head>, before anything it governs.
    let head_open = template
        .find("<head>")
        .ok_or(PrerenderError::Template("<head>"))?
        + "<head>".len();
    page.push_str(&template[..head_open]);
    page.push_str(&format!(
        "\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        content_security_policy(template)
    ));
    page.push_str(&template[head_open..title_start]);
    page.push_str(&head_tags(&meta, site_url));
    page.push_str(&template[title_end..body_open]);
    // No whitespace before the app: hydration walks the body's children from the first.
    page.push_str(&render_body(route, site_url));
    page.push_str(&template[body_open..]);
    // Absolute links that trunk does not rewrite carry the base too.
    Ok(page.replace(
        "href=\"/manifest.webmanifest\"",
        &format!(
            "href=\"{}/manifest.webmanifest\"",
            crate::core::routes::BASE
        ),
    ))
}

/// `sitemap.xml` listing every pre-rendered route.
pub fn sitemap(routes: &[Route], site_url: &str) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for route in routes {
        out.push_str(&format!(
            "  <url><loc>{site_url}{}</loc></url>\n",
            route.href()
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// Why a page's QR code could not be made.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// The URL does not fit a QR code.
    #[error("QR code: {0}")]
    Code(#[from] qrcode::types::QrError),
    /// The image could not be written.
    #[error("QR image: {0}")]
    Image(#[from] png::EncodingError),
}

/// The QR code of a page's canonical URL as a one-bit PNG, one pixel per module with the
/// four-module quiet zone (served beside the page as `qr.png`, some 250 bytes; the page scales
/// it up with sharp edges). As SVG it was five times the size.
pub fn qr_png(url: &str) -> Result<Vec<u8>, QrError> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)?;
    let modules = code.width();
    let side = modules + 8;
    let row_bytes = side.div_ceil(8);
    // One bit per pixel, 1 = white; the quiet zone stays white.
    let mut pixels = vec![0xffu8; row_bytes * side];
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == qrcode::Color::Dark {
            let (x, y) = (i % modules + 4, i / modules + 4);
            pixels[y * row_bytes + x / 8] &= !(0x80 >> (x % 8));
        }
    }
    let mut out = Vec::new();
    {
        let side = u32::try_from(side).unwrap_or(u32::MAX);
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        encoder.set_compression(png::Compression::Best);
        // Rows of one-bit modules compress best unfiltered: 35 bytes less a code.
        encoder.set_filter(png::FilterType::NoFilter);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
    }
    Ok(out)
}
