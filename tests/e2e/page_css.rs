//! The search page carries its own rules of the site's stylesheet, chosen at build time
//! (`src/prerender/page_css.rs`), instead of linking the whole sheet. A rule left out by
//! mistake would not fail the build: the page would just look unlike the rest of the site.

use crate::support::{http_get, open, run, wait_for, with_browser, Options};
use fantoccini::Client;

/// Keeps, in the page under `window.__seen[key]`, each element of the body (and its
/// `::before` and `::after`) as `label`, `property: value`, with the transitions a theme change
/// starts run to their end. Kept and compared in the page (`COMPARE`): shipped out to the test as
/// JSON, the 24 snapshots of ~1,000 properties per element made it 40 s long on 2 cores (now 24).
const SNAPSHOT: &str = "document.getAnimations().forEach(a => a.finish());
    const style = (e, pseudo) => { const s = getComputedStyle(e, pseudo); return [...s].map(p => p + ': ' + s.getPropertyValue(p)); };
    (window.__seen ||= {})[arguments[0]] = [...document.querySelectorAll('html, body, body *')].map((e, i) => {
        const label = i + ' <' + e.tagName.toLowerCase() + ' class=\"' + (e.getAttribute('class') || '') + '\">';
        return [label, [...style(e), ...style(e, '::before').map(p => '::before ' + p), ...style(e, '::after').map(p => '::after ' + p)]];
    });";

/// The themes a page is seen in: the system's, and each one a reader can choose.
const THEMES: [&str; 3] = ["system", "dark", "light"];

/// Per theme (`THEMES`, its argument), the page's own snapshot beside the whole sheet's: each one's elements (label and
/// how many properties), and where they differ, an element and property each, the first few.
const COMPARE: &str = "return arguments[0].map(theme => {
        const own = window.__seen['own ' + theme], whole = window.__seen['whole ' + theme];
        const labels = s => s.map(([label, props]) => label + ' ' + props.length);
        const differ = [];
        own.forEach(([label, a], i) => a.forEach((p, j) => {
            const b = whole[i] ? whole[i][1][j] : undefined;
            if (p !== b && differ.length < 5) differ.push(label + ' ' + p + ' (the whole sheet: ' + b + ')');
        }));
        return [labels(own), labels(whole), differ];
    });";

/// What the page looks like in each of `THEMES`, kept in the page as `{which} {theme}`.
async fn snapshots(client: &Client, which: &str) {
    for theme in THEMES {
        let set = match theme {
            "system" => "delete document.documentElement.dataset.theme;".to_string(),
            chosen => format!("document.documentElement.dataset.theme = '{chosen}';"),
        };
        run(client, &set).await;
        let key = format!("{which} {theme}");
        if let Err(error) = client.execute(SNAPSHOT, vec![serde_json::json!(key)]).await {
            panic!("snapshot {key}: {error}");
        }
    }
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
            snapshots(&client, "own").await;
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
            snapshots(&client, "whole").await;
            let compared = match client.execute(COMPARE, vec![serde_json::json!(THEMES)]).await {
                Ok(value) => serde_json::from_value::<Vec<(Vec<String>, Vec<String>, Vec<String>)>>(value).unwrap_or_default(),
                Err(error) => panic!("{why}: comparing: {error}"),
            };
            assert_eq!(compared.len(), THEMES.len(), "{why}: a comparison per theme");
            for (theme, (own, whole, differ)) in THEMES.iter().zip(compared) {
                assert_eq!(own, whole, "{why}, {theme} theme: the same elements");
                assert!(own.len() > 30, "{why}: {} elements", own.len());
                assert!(differ.is_empty(), "{why}, {theme} theme: styled unlike the site: {differ:#?}");
            }
        })
        .await;
    }
}
