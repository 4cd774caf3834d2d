//! Reading by link: every route is a real page on a static host, readable without JavaScript.

use crate::support::{
    console_errors, http_get, open, run, text_of, wait_for, wait_for_text, with_browser, Options,
};
use fantoccini::Locator;

#[test]
fn every_route_in_the_sitemap_returns_200_with_its_own_title() {
    let (status, _) = http_get("/sitemap.xml");
    assert_eq!(status, 200);
    let paths = crate::support::sitemap_paths();
    assert_eq!(
        paths.len(),
        127,
        "home, search, goals, places, projects, progress, data, print, 5 maps, 50 places, 24 goals, 9 chapters, 31 sections"
    );
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
            // boot.js marks <html data-app> whenever it runs (idle, loading, ready, failed).
            let booted = client.find(Locator::Css("html[data-app]")).await;
            assert!(booted.is_err(), "JavaScript really was off");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sections_next_link_opens_the_next_section_with_its_islands_working() {
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

#[tokio::test(flavor = "multi_thread")]
async fn a_deep_link_to_a_paragraph_scrolls_to_it_and_highlights_it() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s1/#c6s1p3").await;
        let state = client
            .execute(
                "const el = document.getElementById('c6s1p3'); const r = el.getBoundingClientRect();
                 return [r.top >= 0 && r.top < window.innerHeight, el.matches(':target'), window.scrollY > 0];",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(state, serde_json::json!([true, true, true]), "in view, highlighted, scrolled");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_share_action_produces_the_sections_url() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s1/").await;
        wait_for(&client, ".share > summary")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, ".share-button")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // At once, without the app: sharing a link needs no app code.
        let status = wait_for(&client, "html[data-app='idle'] .share-status[data-shared-url^='http']").await;
        let shared = status
            .attr("data-shared-url")
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_default();
        assert_eq!(shared, format!("{}/c6/s1/", crate::support::site()));
        let field = wait_for(&client, ".share-url input").await;
        assert_eq!(
            field
                .prop("value")
                .await
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_default(),
            shared
        );
        let said = status.text().await.unwrap_or_default();
        assert!(
            ["链接已复制", "已打开分享", "请长按或选中上面的链接复制"].contains(&said.as_str()),
            "status: {said}"
        );
        // The QR code is an image of the page's link that the browser shows at its set size.
        let qr = run(
            &client,
            "const img = document.querySelector('.share img.qr');
             img.scrollIntoView();
             return img.decode().then(() => [img.naturalWidth, img.naturalHeight, img.getBoundingClientRect().width, new URL(img.src).pathname]);",
        )
        .await;
        let natural = qr[0].as_u64().unwrap_or(0);
        assert!(natural >= 29, "a QR image of at least 21 modules and its margin: {qr}");
        assert_eq!(qr[1].as_u64(), Some(natural), "square: {qr}");
        assert!(qr[2].as_f64().unwrap_or(0.0) >= 150.0, "shown large enough to scan: {qr}");
        assert_eq!(qr[3], "/c6/s1/qr.png");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn back_and_forward_restore_the_pages_read() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c1/s1/").await;
        wait_for(&client, "a[rel='next']")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            wait_for_text(&client, "article h1", "突出问题").await,
            "第二节 突出问题"
        );
        assert!(client
            .title()
            .await
            .unwrap_or_default()
            .starts_with("第一章第二节 突出问题"));
        client.back().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            wait_for_text(&client, "article h1", "发展基础").await,
            "第一节 发展基础"
        );
        client.forward().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            wait_for_text(&client, "article h1", "突出问题").await,
            "第二节 突出问题"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_path_shows_the_not_found_page_with_the_contents() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s9/").await;
        assert_eq!(text_of(&client, "main h1").await, "找不到这个页面");
        assert!(text_of(&client, "main .contents-list")
            .await
            .contains("第九章 规划实施"));
        let errors: Vec<String> = console_errors(&client)
            .await
            .into_iter()
            .filter(|e| !e.contains("404 (Not Found)"))
            .collect();
        assert_eq!(errors, Vec::<String>::new());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_theme_switch_turns_the_page_dark_and_remembers_it() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s1/").await;
        let background = |c: fantoccini::Client| async move {
            c.execute(
                "return getComputedStyle(document.body).backgroundColor",
                vec![],
            )
            .await
            .unwrap_or_default()
        };
        let light = background(client.clone()).await;
        wait_for(&client, ".theme-switch")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // At once, without the app: a theme needs no app code.
        wait_for(
            &client,
            "html[data-theme='dark'][data-app='idle'] .theme-switch[aria-pressed='true']",
        )
        .await;
        let dark = background(client.clone()).await;
        assert_ne!(light, dark);
        client.refresh().await.unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "html[data-app='idle'][data-theme='dark']").await;
        assert_eq!(
            background(client.clone()).await,
            dark,
            "the choice survives a reload"
        );
    })
    .await;
}
