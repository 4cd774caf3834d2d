//! Odd input cleaned, not obeyed: overlapping highlight words, bidi controls and full-width
//! letters in queries, a malformed map view, a map that is only opened, a fragment on the
//! search page; and not one console warning or error on any route.

use crate::support::{
    console_problems, expect_text, open, run, site, sitemap_paths, wait_for, with_browser, Options,
};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn overlapping_highlight_words_make_one_mark_per_run() {
    with_browser(Options::default(), |client| async move {
        open(
            &client,
            "/c1/s1/?hl=%E5%85%B0%E5%B7%9E+%E5%B7%9E+%E5%85%B0#c1s1p1",
        )
        .await;
        wait_for(&client, "#c1s1p1[data-highlighted]").await;
        let marks = run(
            &client,
            "return [...document.querySelectorAll('#c1s1p1 mark.hl')].map(m => m.textContent)",
        )
        .await;
        let marks: Vec<String> = serde_json::from_value(marks).unwrap_or_default();
        assert!(!marks.is_empty(), "兰州 is marked");
        assert!(
            marks.iter().all(|m| m == "兰州"),
            "one whole mark per run: {marks:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bidi_controls_and_full_width_letters_are_cleaned_from_what_is_typed() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/search/?q=%E2%80%AE%E6%B9%9F%E6%B0%B4").await;
        let results = wait_for(&client, "#search-results[data-query]").await;
        assert_eq!(
            results.attr("data-query").await.ok().flatten().as_deref(),
            Some("湟水")
        );
        wait_for(&client, "#search-results mark").await;
        open(&client, "/places/").await;
        let input = wait_for(&client, "#place-q").await;
        input
            .send_keys("ｘｉｎｉｎｇ")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        expect_text(&client, ".place-suggestions", "西宁市").await;
        let first = client
            .find(Locator::Css(".place-suggestions a"))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(first.text().await.unwrap_or_default().contains("西宁"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_map_view_is_written_only_after_a_move_and_a_bad_one_is_dropped_whole() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/map/1/").await;
        crate::support::wake_map(&client).await;
        let url = client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert_eq!(
            url,
            format!("{}/map/1/", site()),
            "opening the map leaves the address alone"
        );
        wait_for(&client, "#map-zoom-in")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let url = client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert!(url.contains("?v="), "a move is written: {url}");

        open(&client, "/map/1/?v=NaN,100,100,500").await;
        let svg = wait_for(&client, "svg.plan-map[data-ready]").await;
        let (full, shown) = (
            svg.attr("data-width")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
            svg.attr("viewBox").await.ok().flatten().unwrap_or_default(),
        );
        assert!(
            shown.starts_with("0.0 0.0 ")
                && shown.split(' ').nth(2).and_then(|w| w.parse::<f64>().ok())
                    == full.parse::<f64>().ok(),
            "the whole map: {shown}"
        );
        expect_text(&client, "#map-info", "无效").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fragment_on_the_search_page_is_kept() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/search/?q=g6#search-results").await;
        wait_for(&client, "#search-results mark").await;
        let url = client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert!(url.ends_with("?q=g6#search-results"), "{url}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_route_logs_a_warning_or_an_error() {
    with_browser(Options::default(), |client| async move {
        let paths = sitemap_paths();
        assert!(paths.len() > 100);
        let mut problems = Vec::new();
        for path in paths {
            open(&client, &path).await;
            for message in console_problems(&client).await {
                problems.push(format!("{path}: {message}"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // The log is really read: a warning written now is seen.
        run(&client, "console.warn('probe-warning')").await;
        let seen = console_problems(&client).await;
        assert!(seen.iter().any(|m| m.contains("probe-warning")), "{seen:?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_parameter_that_cannot_be_decoded_gets_the_same_notice_as_any_bad_value() {
    with_browser(Options::default(), |client| async move {
        // (address, where its notice shows, words of the notice) — `%FF%FE` is no UTF-8.
        for (path, css, words) in [
            (
                "/search/?q=%FF%FE",
                "[data-search-status='malformed']:not([hidden])",
                "无法识别",
            ),
            ("/map/1/?v=%FF%FE", "#map-info", "无效"),
            (
                "/projects/?kind=%FF%FE",
                ".project-filter .notice:not([hidden])",
                "无法识别",
            ),
        ] {
            open(&client, path).await;
            if path.starts_with("/map/") {
                wait_for(&client, "svg.plan-map[data-ready]").await;
            }
            expect_text(&client, css, words).await;
        }
    })
    .await;
}
