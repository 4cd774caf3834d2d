//! The goals page lists every target, sorts them, and each target leads to its paragraph.

use crate::support::{open, text_of, wait_for, with_browser, Options};
use fantoccini::Locator;
use lanxi_explorer::core::pack::plan;

#[tokio::test(flavor = "multi_thread")]
async fn the_goals_page_lists_every_dated_target_and_sorts_them() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/goals/").await;
        let rows = client.find_all(Locator::Css("#targets tbody tr")).await.unwrap_or_default();
        let dated = plan().map(|p| p.goals.iter().filter(|g| g.year.is_some()).count()).unwrap_or(0);
        assert_eq!(rows.len(), dated);
        let table = text_of(&client, "#targets").await;
        for words in ["优良天数比例 ≥85%", "III 类水质达标率 50%", "勘界定标全面完成", "稳定达标"] {
            assert!(table.contains(words), "`{words}` in the table");
        }
        // The first click on the page: the app starts then, and the click still sorts.
        wait_for(&client, ".target-sort button[data-key='data-theme']").await.click().await.unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, ".target-sort button[data-key='data-theme'][aria-pressed='true']").await;
        let themes = client
            .execute("return [...document.querySelectorAll('#targets tbody tr')].map(r => r.dataset.theme)", vec![])
            .await
            .unwrap_or_default();
        let themes: Vec<String> = serde_json::from_value(themes).unwrap_or_default();
        let mut sorted = themes.clone();
        sorted.sort();
        // Several rows under more than one theme, or a sort could not be seen.
        assert!(themes.len() > 10 && sorted.first() != sorted.last(), "rows with their themes: {themes:?}");
        assert_eq!(themes, sorted, "rows sorted by theme");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_targets_link_opens_its_paragraph() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/goals/huangshui-water-2020/").await;
        assert_eq!(
            text_of(&client, ".goal-quote mark").await,
            "到 2020 年湟水河出省断面 III 类水质达标率达到 50%"
        );
        wait_for(&client, "a[href='/c4/s2/#c4s2p1']")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "#c4s2p1:target").await;
        let url = client.current_url().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((url.path(), url.fragment()), ("/c4/s2/", Some("c4s2p1")));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_target_the_plan_does_not_set_is_said_plainly_and_its_search_finds_what_it_does_say() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/goals/").await;
        let page = text_of(&client, "main").await;
        assert!(
            page.contains("规划没有设定城镇化率目标"),
            "the goals page says so"
        );
        open(&client, "/search/?q=城镇化率").await;
        let results = crate::support::wait_for_text(&client, "#search-results", "找到").await;
        assert!(
            results.contains("城镇化") && results.contains("也搜索了"),
            "{results}"
        );
    })
    .await;
}
