//! Offline, safe and self-contained: the service worker keeps the site readable with the
//! network off; nothing is requested from another origin; hostile URLs are shown as text.

use crate::support::{console_errors, open, site, text_of, wait_for, with_browser, Options};
use fantoccini::Client;

async fn wait_for_service_worker(client: &Client) {
    let ready = client
        .execute_async(
            "const done = arguments[0];
             navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller
                ? done(true)
                : navigator.serviceWorker.addEventListener('controllerchange', () => done(true)));",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("service worker: {e}"));
    assert_eq!(ready, serde_json::json!(true));
}

#[tokio::test(flavor = "multi_thread")]
async fn after_one_visit_pages_open_with_the_network_off() {
    // A host of its own, to switch off: the service worker's fetches do not follow the
    // browser's network emulation, so only a host that stops answering is a real test.
    let (origin, switch) = crate::support::switchable_host();
    with_browser(Options::default(), move |client| async move {
        client.goto(&format!("{origin}/")).await.unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "html[data-app]").await;
        wait_for_service_worker(&client).await;
        // The text pages are cached at install; the rest a minute after a visit (asked at once here).
        let rest = client
            .execute_async("const done = arguments[0]; window.lanxiCacheRest().then(done)", vec![])
            .await
            .unwrap_or_else(|e| panic!("cache the rest: {e}"));
        assert_eq!(rest, serde_json::json!("done"));
        switch(false);
        let network = client
            .execute_async("const done = arguments[0]; fetch('/not-in-the-cache.txt').then(() => done('reached'), () => done('offline'))", vec![])
            .await
            .unwrap_or_default();
        assert_eq!(network, serde_json::json!("offline"), "the host really is gone");
        for (path, css, words) in [
            ("/c6/s1/", "article h1", "畅通综合交通运输网络"),
            ("/map/3/", "#map-title", "空间格局示意图"),
            ("/place/632301/", "article h1", "同仁市"),
        ] {
            client.goto(&format!("{origin}{path}")).await.unwrap_or_else(|e| panic!("{path} offline: {e}"));
            assert!(text_of(&client, css).await.contains(words), "{path} opens offline");
        }
        client.goto(&format!("{origin}/search/?q=兰州新区")).await.unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "#search-results[data-query='兰州新区'] mark").await;
        switch(true);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_page_requests_anything_from_another_origin_or_breaks_the_policy() {
    with_browser(Options::default(), |client| async move {
        let routes = [
            "/", "/c6/", "/c6/s1/#c6s1p2", "/search/?q=g6", "/goals/", "/goals/huangshui-water-2020/", "/places/",
            "/place/620100/", "/projects/?kind=railway", "/map/1/", "/map/2/", "/map/3/", "/map/4/", "/map/5/",
        ];
        let mut boot_src: Option<String> = None;
        for path in routes {
            open(&client, path).await;
            let urls = client
                .execute("return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]", vec![])
                .await
                .unwrap_or_default();
            let urls: Vec<String> = serde_json::from_value(urls).unwrap_or_default();
            assert!(urls.len() > 1, "{path}: resources were recorded");
            for url in urls {
                assert!(url.starts_with(site()) || url.starts_with("blob:"), "{path} requested {url}");
            }
            assert_eq!(console_errors(&client).await, Vec::<String>::new(), "{path}: console errors or CSP violations");
            // Every page, not only the last: scripts are our own, and the policy runs no other.
            // Pages name boot.js (the theme is set by it, read in <head>); the search page
            // carries that same script in itself, after its engine's glue (wasm-bindgen's, which
            // defines `wasm_bindgen`), each allowed by its hash, so a shared link waits for no
            // script file. No other inline script, and no hash beyond those carried, so no
            // injected one could run.
            let page = client
                .execute(
                    "const policy = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');
                     return [policy ? policy.content : null,
                       [...document.scripts].map(s => [s.getAttribute('src') || '', s.src ? '' : s.textContent])]",
                    vec![],
                )
                .await
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            let (csp, scripts): (Option<String>, Vec<(String, String)>) =
                serde_json::from_value(page).unwrap_or_else(|e| panic!("{path}: {e}"));
            let csp = csp.unwrap_or_else(|| panic!("{path}: no Content-Security-Policy"));
            if let Some((src, _)) = scripts.iter().find(|(src, _)| src.contains("/boot-")) {
                boot_src = Some(src.clone());
            }
            let inline: Vec<&String> = scripts.iter().filter(|(src, _)| src.is_empty()).map(|(_, text)| text).collect();
            if !inline.is_empty() {
                let named = boot_src.as_deref().unwrap_or_else(|| panic!("{path}: a page before it names boot.js"));
                let (status, boot) = crate::support::http_get(named);
                assert_eq!(status, 200, "{named}");
                let glue = "let wasm_bindgen=";
                assert_eq!(inline.len(), 2, "{path}: the glue and boot.js: {inline:?}");
                assert!(inline[0].starts_with(glue), "{path}: first the engine's glue");
                assert_eq!(*inline[1], boot, "{path}: then boot.js itself");
            }
            // Styles: the site's sheet, and on the search page its own rules of it in a
            // `<style>` listed by hash (a blocked one would be a console error above).
            let directive = |name: &str| {
                csp.split(';').map(str::trim).find_map(|d| d.strip_prefix(name)).map(str::trim).map(str::to_string)
            };
            assert_eq!(directive("default-src "), Some("'self'".to_string()), "{path}: {csp}");
            let scripts_allowed = directive("script-src ").unwrap_or_default();
            let (fixed, hashes) = scripts_allowed.split_at(scripts_allowed.find(" 'sha256-").unwrap_or(scripts_allowed.len()));
            assert_eq!(fixed, "'self' 'wasm-unsafe-eval'", "{path}: {csp}");
            assert!(hashes.split_whitespace().all(|h| h.starts_with("'sha256-")), "{path}: {csp}");
            assert_eq!(hashes.matches("'sha256-").count(), inline.len(), "{path}: a hash per carried script: {csp}");
            let styles = directive("style-src ").unwrap_or_else(|| "'self'".to_string());
            assert!(styles.split(' ').all(|s| s == "'self'" || s.starts_with("'sha256-")), "{path}: {csp}");
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn offline_after_a_short_visit_a_page_not_saved_says_offline_and_every_text_page_opens() {
    let (origin, switch) = crate::support::switchable_host();
    with_browser(Options::default(), move |client| async move {
        // A short visit: the home page, until the service worker is in charge (it saved the
        // shell and the text pages at install), and nothing more.
        client.goto(&format!("{origin}/")).await.unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "html[data-app]").await;
        wait_for_service_worker(&client).await;
        switch(false);
        // Pages never opened: each says the reader is offline, not that the address is wrong.
        for path in ["/map/5/", "/place/620100/", "/goals/", "/search/?q=xining"] {
            client.goto(&format!("{origin}{path}")).await.unwrap_or_else(|e| panic!("{path}: {e}"));
            let said = text_of(&client, "html[data-offline] main").await;
            assert!(said.contains("现在离线") && !said.contains("找不到这个页面"), "{path}: {said}");
            // …and lists the text pages as the way on (greyed where not saved: with Save-Data).
            wait_for(&client, "html[data-offline] .not-found .contents-list a[href$='/c6/s1/']").await;
        }
        // Every text page opens.
        let texts = client
            .execute("return [...document.querySelectorAll('.not-found .contents-list a[href]')].map(a => new URL(a.href).pathname)", vec![])
            .await
            .unwrap_or_default();
        let texts: Vec<String> = serde_json::from_value(texts).unwrap_or_default();
        assert!(texts.len() >= 40, "chapters and sections listed: {texts:?}");
        for path in &texts {
            client.goto(&format!("{origin}{path}")).await.unwrap_or_else(|e| panic!("{path}: {e}"));
            wait_for(&client, "article h1").await;
            assert!(!text_of(&client, "main").await.contains("现在离线"), "{path} opens offline");
        }
        // Back online, a page shown as offline opens by itself.
        client.goto(&format!("{origin}/map/5/")).await.unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "html[data-offline]").await;
        switch(true);
        wait_for(&client, "#map-title").await;
    })
    .await;
}

/// Fails unless the page in the browser ran none of the payloads (each navigation starts a
/// new `window`, so this is asked of every page, not once at the end).
async fn unrun(client: &Client, page: &str) {
    let pwned = client
        .execute("return typeof window.__pwned", vec![])
        .await
        .unwrap_or_else(|e| panic!("{page}: {e}"));
    assert_eq!(
        pwned,
        serde_json::json!("undefined"),
        "a payload ran on {page}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn urls_carrying_script_and_markup_are_shown_as_text_not_run() {
    with_browser(Options::default(), |client| async move {
        let payload = "<img src=x onerror=\"window.__pwned=1\">";
        let encoded: String = url::form_urlencoded::byte_serialize(payload.as_bytes()).collect();
        open(&client, &format!("/search/?q={encoded}")).await;
        let results = wait_for(&client, "#search-results[data-query]").await;
        let query = results
            .attr("data-query")
            .await
            .unwrap_or_default()
            .unwrap_or_default();
        assert_eq!(query, payload.chars().take(64).collect::<String>().trim());
        assert!(
            text_of(&client, "#search-results").await.contains("<img"),
            "the payload is shown as text"
        );
        unrun(&client, "the search page").await;
        open(
            &client,
            "/projects/?kind=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&place=x&box=%3Cb%3E",
        )
        .await;
        wait_for(&client, "#csv-link[data-rows]").await;
        assert!(
            text_of(&client, ".project-filter .notice")
                .await
                .contains("已忽略"),
            "unknown filters are ignored with a notice"
        );
        unrun(&client, "the project list").await;
        open(
            &client,
            "/map/1/?v=%3Csvg%2Fonload%3Dalert(1)%3E,NaN,1e999&hide=%3Cb%3E",
        )
        .await;
        wait_for(&client, "svg.plan-map[data-ready]").await;
        unrun(&client, "the map").await;
        client
            .goto(&format!(
                "{}/place/%3Cscript%3Ewindow.__pwned=1%3C/script%3E/",
                site()
            ))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text_of(&client, "main h1").await, "找不到这个页面");
        unrun(&client, "the not-found page").await;
    })
    .await;
}
