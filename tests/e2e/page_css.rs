//! The search page carries its own rules of the site's stylesheet, chosen at build time
//! (`src/prerender/page_css.rs`), instead of linking the whole sheet. A rule left out by
//! mistake would not fail the build: the page would just look unlike the rest of the site.

use crate::support::{http_get, open, run, wait_for, with_browser, Options};
use fantoccini::Client;

/// Each element of the body (and its `::before` and `::after`) as `label`, `property: value`,
/// with the transitions a theme change starts run to their end.
const SNAPSHOT: &str = "document.getAnimations().forEach(a => a.finish());
    const style = (e, pseudo) => { const s = getComputedStyle(e, pseudo); return [...s].map(p => p + ': ' + s.getPropertyValue(p)); };
    return [...document.querySelectorAll('html, body, body *')].map((e, i) => {
        const label = i + ' <' + e.tagName.toLowerCase() + ' class=\"' + (e.getAttribute('class') || '') + '\">';
        return [label, [...style(e), ...style(e, '::before').map(p => '::before ' + p), ...style(e, '::after').map(p => '::after ' + p)]];
    });";

/// What the page looks like in the system's theme and in each theme a reader can choose.
async fn snapshots(client: &Client) -> Vec<Vec<(String, Vec<String>)>> {
    let mut seen = Vec::new();
    for theme in ["", "dark", "light"] {
        run(
            client,
            &format!("if ('{theme}') document.documentElement.dataset.theme = '{theme}'; else delete document.documentElement.dataset.theme;"),
        )
        .await;
        seen.push(serde_json::from_value(run(client, SNAPSHOT).await).unwrap_or_default());
    }
    seen
}

/// Where two snapshots differ: an element and property each, the first few.
fn differences(own: &[(String, Vec<String>)], whole: &[(String, Vec<String>)]) -> Vec<String> {
    own.iter()
        .zip(whole)
        .flat_map(|((label, a), (_, b))| {
            a.iter()
                .zip(b)
                .filter(|(a, b)| a != b)
                .map(move |(a, b)| format!("{label} {a} (the whole sheet: {b})"))
        })
        .take(5)
        .collect()
}

/// The site's stylesheet, as the home page links it.
fn stylesheet_href() -> String {
    let (_, home) = http_get("/");
    home.split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
        .unwrap_or_else(|| panic!("the home page links no stylesheet"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_search_page_looks_exactly_as_it_would_with_the_whole_stylesheet() {
    let href = stylesheet_href();
    let cases = [
        // Places first, then paragraphs in groups, with the count and the marks.
        (
            "/search/?q=%E8%A5%BF%E5%AE%81",
            true,
            false,
            "a place's names: its card and paragraphs, on a phone",
        ),
        (
            "/search/?q=%E6%B9%9F%E6%B0%B4",
            false,
            true,
            "a river: paragraphs only, on a laptop in the dark",
        ),
        (
            "/search/?q=%E5%85%B0%E5%B7%9E%E5%A4%A7%E5%AD%A6%E5%9F%8E",
            true,
            true,
            "nothing found: the notice and what to try",
        ),
        (
            "/search/",
            false,
            false,
            "no query yet: the box and the hints",
        ),
    ];
    for (path, phone, dark, why) in cases {
        let href = href.clone();
        let options = Options {
            phone,
            dark,
            ..Options::default()
        };
        with_browser(options, move |client| async move {
            open(&client, path).await;
            wait_for(&client, "html[data-search='ready']").await;
            let inline = run(&client, "return document.querySelectorAll('style').length").await;
            assert_eq!(inline, serde_json::json!(1), "{why}: the page carries its rules in one <style>");
            let own = snapshots(&client).await;
            run(
                &client,
                &format!(
                    "const link = document.createElement('link'); link.rel = 'stylesheet'; link.href = '{href}';
                     link.onload = () => {{ document.querySelector('style').remove(); document.documentElement.dataset.sheet = 'whole'; }};
                     document.head.appendChild(link);"
                ),
            )
            .await;
            wait_for(&client, "html[data-sheet='whole']").await;
            let whole = snapshots(&client).await;
            for (theme, (own, whole)) in ["system", "dark", "light"].iter().zip(own.iter().zip(&whole)) {
                let labels = |s: &[(String, Vec<String>)]| s.iter().map(|(l, p)| format!("{l} {}", p.len())).collect::<Vec<_>>();
                assert_eq!(labels(own), labels(whole), "{why}, {theme} theme: the same elements");
                assert!(own.len() > 30, "{why}: {} elements", own.len());
                let differ = differences(own, whole);
                assert!(differ.is_empty(), "{why}, {theme} theme: styled unlike the site: {differ:#?}");
            }
        })
        .await;
    }
}
