//! The five maps: each draws its elements; a county opens its page; the view is a URL.

use crate::support::{console_errors, open, text_of, wait_for, with_browser, Options};
use fantoccini::{Client, Locator};

async fn count(client: &Client, css: &str) -> usize {
    client
        .find_all(Locator::Css(css))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn each_of_the_five_maps_renders_with_its_elements() {
    with_browser(Options::default(), |client| async move {
        // (figure, element, at least)
        let expected: [(u8, &str, usize); 14] = [
            (1, ".county.scope", 39),
            (1, ".prefecture-border", 1),
            (2, ".county", 54),
            (3, ".band", 1),
            (3, ".metro", 2),
            (3, ".node", 5),
            (3, ".new-city", 12),
            (4, ".eco-belt", 1),
            (4, ".corridor", 3),
            (4, ".zone", 6),
            (5, ".rail", 7),
            (5, ".road", 5),
            (5, ".airport", 5),
            (5, ".hub", 3),
        ];
        for n in 1..=5u8 {
            open(&client, &format!("/map/{n}/")).await;
            crate::support::wake_map(&client).await;
            assert_eq!(
                count(&client, ".map-frame svg.plan-map .county").await,
                54,
                "map {n}: every county of the nine prefectures"
            );
            for (_, css, at_least) in expected.iter().filter(|(f, _, _)| *f == n) {
                let found = count(&client, &format!(".map-frame svg.plan-map {css}")).await;
                assert!(
                    found >= *at_least,
                    "map {n}: {css} ×{found}, expected at least {at_least}"
                );
            }
            assert!(
                count(&client, ".map-list li").await >= 2,
                "map {n} has its list of elements"
            );
            let title = text_of(&client, "#map-title").await;
            assert!(title.starts_with(&format!("图 {n}")), "{title}");
            assert_eq!(
                console_errors(&client).await,
                Vec::<String>::new(),
                "map {n}"
            );
        }
        open(&client, "/map/2/").await;
        assert!(
            text_of(&client, ".map-note")
                .await
                .contains("没有列出各县属于哪一类"),
            "map 2 says what the source does not give"
        );
        open(&client, "/map/1/").await;
        assert!(text_of(&client, ".map-note")
            .await
            .contains("9.75 万平方公里"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn clicking_a_county_opens_its_page() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/map/1/").await;
        crate::support::wake_map(&client).await;
        client
            .execute("document.querySelector(\"a.county-link[data-adcode='620102']\").dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", vec![])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        for _ in 0..50 {
            if client.current_url().await.map(|u| u.path() == "/place/620102/").unwrap_or(false) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(text_of(&client, "article h1").await, "城关区");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_map_url_restores_the_same_view_and_layers() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/map/3/").await;
        crate::support::wake_map(&client).await;
        wait_for(&client, "#map-zoom-in").await.click().await.unwrap_or_else(|e| panic!("{e}"));
        client.find(Locator::Css(".map-layers input[value='labels']")).await.unwrap_or_else(|e| panic!("{e}")).click().await.unwrap_or_else(|e| panic!("{e}"));
        let url = client.current_url().await.unwrap_or_else(|e| panic!("{e}"));
        let query = url.query().unwrap_or_default().to_string();
        assert!(query.contains("v=") && query.contains("hide=labels"), "the view is in the URL: {query}");
        let view = |c: Client| async move { c.execute("return document.querySelector('svg.plan-map').getAttribute('viewBox')", vec![]).await.unwrap_or_default() };
        let before = view(client.clone()).await;
        open(&client, &format!("/map/3/?{query}")).await;
        wait_for(&client, "svg.plan-map[data-ready]").await;
        assert_eq!(view(client.clone()).await, before, "the same view after opening the URL");
        let labels = client.execute("return document.querySelector(\"svg.plan-map [data-layer='labels']\").getAttribute('display')", vec![]).await.unwrap_or_default();
        assert_eq!(labels, serde_json::json!("none"), "the hidden layer stays hidden");
        let checked = wait_for(&client, ".map-layers input[value='labels']").await.prop("checked").await.unwrap_or_default();
        assert_eq!(checked.as_deref(), Some("false"));
    })
    .await;
}

/// The lowest contrast of a map's shown labels against their halo, light and dark.
const LABEL_CONTRAST: &str = r#"
const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
let worst = [99, '', 0];
for (const t of document.querySelectorAll('svg.plan-map text')) {
  const cs = getComputedStyle(t);
  if (cs.display === 'none' || t.getBoundingClientRect().width === 0) continue;
  worst[2] += 1;
  // A colour that is not rgb() (a halo of `none`) has no contrast to speak of: 0, not skipped.
  const r = rgb(cs.fill).length === 3 && rgb(cs.stroke).length === 3 ? ratio(cs.fill, cs.stroke) : 0;
  if (r < worst[0]) worst = [r, `${t.textContent} ${t.getAttribute('class')} ${cs.fill} on ${cs.stroke}`, worst[2]];
}
return worst;"#;

#[tokio::test(flavor = "multi_thread")]
async fn map_labels_keep_4_5_to_1_against_their_halo_in_both_themes() {
    for dark in [false, true] {
        let options = Options {
            dark,
            ..Options::default()
        };
        with_browser(options, |client| async move {
            for n in 1..=5u8 {
                open(&client, &format!("/map/{n}/")).await;
                let worst = crate::support::run(&client, LABEL_CONTRAST).await;
                let ratio = worst[0].as_f64().unwrap_or(0.0);
                assert!(
                    worst[2].as_u64().unwrap_or(0) > 0,
                    "map {n}, dark {dark}: labels were measured"
                );
                assert!(ratio >= 4.5, "map {n}, dark {dark}: {worst}");
            }
        })
        .await;
    }
}
