//! Since 2018 in the browser: the progress page reads without JavaScript (its chart drawn at
//! build time), each project's sources name their outlet and date, the project list filters
//! by status from the URL, and a county page counts its projects by status.

use crate::support::{open, text_of, wait_for, with_browser, Options};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn the_progress_page_reads_without_javascript_with_its_chart_and_sources() {
    let options = Options {
        javascript: false,
        ..Options::default()
    };
    with_browser(options, |client| async move {
        client
            .goto(&format!("{}/progress/", crate::support::site()))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        wait_for(&client, "svg.milestones").await;
        let dots = client
            .find_all(Locator::Css("svg.milestones circle"))
            .await
            .unwrap_or_default();
        assert!(
            dots.len() >= 15,
            "the timeline draws the milestones: {}",
            dots.len()
        );
        let counts = text_of(&client, ".status-counts").await;
        for status in ["已建成投用", "在建", "未见公开报道"] {
            assert!(counts.contains(status), "{status}: {counts}");
        }
        // 中川 T3 opened in 2025 (a fabricated page says 2020): its entry says so, with an outlet.
        let entry = crate::support::run(
            &client,
            "const ul = document.getElementById('air-zhongchuan-3');
             return [ul.closest('details').querySelector('summary').textContent, ul.textContent];",
        )
        .await;
        let (summary, sources) = (
            entry[0].as_str().unwrap_or_default(),
            entry[1].as_str().unwrap_or_default(),
        );
        assert!(
            summary.contains("已建成投用") && summary.contains("2025-03-20"),
            "{summary}"
        );
        assert!(
            sources.contains("人民日报") && sources.contains("http"),
            "an outlet and its address: {sources}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_project_list_filters_by_status_from_the_url_and_a_county_counts_by_status() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/projects/?status=building").await;
        wait_for(&client, "#csv-link[data-rows]").await;
        let shown = client
            .execute("return [...document.querySelectorAll('#projects tbody tr:not([hidden])')].map(r => r.dataset.status)", vec![])
            .await
            .unwrap_or_default();
        let shown: Vec<String> = serde_json::from_value(shown).unwrap_or_default();
        assert!(!shown.is_empty() && shown.iter().all(|s| s == "building"), "{shown:?}");
        open(&client, "/place/630222/").await;
        let counted = text_of(&client, "section[aria-labelledby='projects-title']").await;
        assert!(counted.contains("规划以来："), "{counted}");
        assert!(counted.contains("持续推进"), "{counted}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_projects_readers_ask_about_show_a_dated_status_on_their_county_pages_and_in_the_list()
{
    with_browser(Options::default(), |client| async move {
        // (county page, project, the status and year its badge shows)
        let cases = [
            ("620121", "兰州中川国际机场三期改扩建工程", "已建成投用 2025"),
            ("630223", "西宁机场三期扩建工程", "已建成投用 2025"),
            ("620102", "兰州—中卫铁路", "已建成投用 2022"),
            ("630103", "西宁—成都铁路", "在建 2020"),
            ("620102", "兰州—合作铁路", "在建 2021"),
            ("621102", "引洮二期", "已建成投用 2023"),
            ("630106", "引大济湟西干渠", "已建成投用 2023"),
        ];
        for (county, project, badge) in cases {
            open(&client, &format!("/place/{county}/")).await;
            let shown = crate::support::run(
                &client,
                &format!(
                    "const li = [...document.querySelectorAll('.place-projects li')].find(l => l.querySelector('a').textContent === {project:?});
                     return li ? li.querySelector('[class^=\"s-\"]').textContent : '';"
                ),
            )
            .await;
            let shown = shown.as_str().unwrap_or_default();
            assert!(shown.starts_with(badge), "{county} {project}: `{shown}`");
        }
        open(&client, "/projects/").await;
        let cell = text_of(&client, "#air-zhongchuan-3 td.status").await;
        assert!(cell.contains("已建成投用") && cell.contains("2025-03-20"), "{cell}");
    })
    .await;
}
