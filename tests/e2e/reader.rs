//! Reading by link: every route is a real page on a static host, readable without JavaScript.

use crate::support::{console_errors, http_get, open, text_of, wait_for, with_browser, Options};
use fantoccini::Locator;

#[test]
fn every_route_in_the_sitemap_returns_200_with_its_own_title() {
    let (status, sitemap) = http_get("/sitemap.xml");
    assert_eq!(status, 200);
    let paths: Vec<String> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .map(|url| {
            url.split_once("://")
                .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(paths.len(), 41, "home, 9 chapters, 31 sections");
    let mut titles = std::collections::HashSet::new();
    for path in &paths {
        let (status, html) = http_get(path);
        assert_eq!(status, 200, "{path}");
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or_default()
            .to_string();
        assert!(!title.is_empty(), "{path} has a title");
        assert!(
            titles.insert(title.clone()),
            "{path} repeats the title {title}"
        );
    }
    let (_, section) = http_get("/c6/s1/");
    assert!(
        section.contains("<title>第六章第一节 畅通综合交通运输网络"),
        "section title"
    );
    assert!(
        section.contains("property=\"og:title\""),
        "link preview tags"
    );
}

#[test]
fn an_unknown_path_is_a_404_with_the_not_found_page() {
    let (status, html) = http_get("/c6/s9/");
    assert_eq!(status, 404);
    assert!(html.contains("找不到这个页面"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_section_reads_with_javascript_disabled() {
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |client| async move {
            client
                .goto(&format!("{}/c6/s1/", crate::support::site()))
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                text_of(&client, "article h1").await,
                "第一节 畅通综合交通运输网络"
            );
            assert!(text_of(&client, "#c6s1p1")
                .await
                .starts_with("畅通对外综合运输通道。"));
            let app_ready = client.find(Locator::Css("html[data-app='ready']")).await;
            assert!(app_ready.is_err(), "JavaScript really was off");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_section_link_hydrates_and_its_links_navigate_in_the_app() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s1/").await;
        assert_eq!(
            text_of(&client, "article h1").await,
            "第一节 畅通综合交通运输网络"
        );
        wait_for(&client, "a[rel='next']")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        client
            .wait()
            .for_url(
                &url::Url::parse(&format!("{}/c6/s2/", crate::support::site()))
                    .unwrap_or_else(|e| panic!("{e}")),
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            text_of(&client, "article h1").await,
            "第二节 强化国家能源基地建设"
        );
        assert_eq!(console_errors(&client).await, Vec::<String>::new());
    })
    .await;
}
