//! Places and projects in the browser: any name form finds the place's page; a filtered
//! project list is a URL; the CSV holds exactly the rows shown.

use crate::support::{open, text_of, wait_for, with_browser, Options};
use fantoccini::{key::Key, Client, Locator};
use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::projects;
use lanxi_explorer::core::places::is_within;
use lanxi_explorer::core::places::place;
use lanxi_explorer::core::projects::{resolve, ProjectKind};

async fn pick(client: &Client, typed: &str) -> String {
    open(client, "/places/").await;
    let field = wait_for(client, "#place-q").await;
    field
        .send_keys(typed)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    wait_for(client, ".place-suggestions a").await;
    field
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    for _ in 0..50 {
        let url = client.current_url().await.unwrap_or_else(|e| panic!("{e}"));
        if url.path().starts_with("/place/") {
            return url.path().to_string();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("`{typed}` did not open a place page");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_old_name_todays_name_and_pinyin_all_lead_to_the_same_place_page() {
    with_browser(Options::default(), |client| async move {
        for typed in ["同仁县", "同仁市", "tongren"] {
            assert_eq!(pick(&client, typed).await, "/place/632301/", "{typed}");
        }
        assert_eq!(text_of(&client, "article h1").await, "同仁市");
        assert!(text_of(&client, ".place-projects")
            .await
            .contains("G0611 同仁—塞尔龙"));
    })
    .await;
}

/// Ids of railway projects within 兰州市, from the catalogue itself.
fn expected_railways_in_lanzhou() -> Vec<String> {
    let (Ok(plan), Ok(all), Ok(catalogue)) = (plan(), places(), projects()) else {
        panic!("content")
    };
    let lanzhou = place(all, "620100").unwrap_or_else(|| panic!("兰州市"));
    let mut ids: Vec<String> = catalogue
        .iter()
        .filter(|p| p.kind == ProjectKind::Railway)
        .filter(|p| {
            resolve(p, plan, all)
                .places
                .iter()
                .any(|(q, _)| is_within(all, q, lanzhou))
        })
        .map(|p| p.id.clone())
        .collect();
    ids.sort();
    ids
}

async fn visible_rows(client: &Client) -> Vec<String> {
    let ids = client
        .execute("return [...document.querySelectorAll('#projects tbody tr:not([hidden])')].map(r => r.id)", vec![])
        .await
        .unwrap_or_default();
    let mut ids: Vec<String> = serde_json::from_value(ids).unwrap_or_default();
    ids.sort();
    ids
}

#[tokio::test(flavor = "multi_thread")]
async fn a_filtered_list_url_restores_the_same_list_and_the_csv_has_the_rows_shown() {
    with_browser(Options::default(), |client| async move {
        let expected = expected_railways_in_lanzhou();
        assert!(expected.len() >= 4, "兰州 has several railways: {expected:?}");
        open(&client, "/projects/?kind=railway&place=620100").await;
        wait_for(&client, "#csv-link[data-rows]").await;
        assert_eq!(visible_rows(&client).await, expected);
        assert_eq!(text_of(&client, "#project-count").await, format!("显示 {} 项", expected.len()));
        let kind = wait_for(&client, "select[name='kind']").await.prop("value").await.unwrap_or_default().unwrap_or_default();
        assert_eq!(kind, "railway", "the controls show the filter from the URL");
        let csv = client
            .execute_async(
                "const done = arguments[0]; fetch(document.getElementById('csv-link').href).then(r => r.arrayBuffer())\
                 .then(b => done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)))",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let csv = csv.as_str().unwrap_or_default().to_string();
        assert!(csv.starts_with('\u{feff}'), "UTF-8 with BOM for spreadsheet programs");
        let mut ids: Vec<String> = csv.lines().skip(1).filter(|l| !l.is_empty()).map(|l| l.split(',').next().unwrap_or_default().to_string()).collect();
        ids.sort();
        assert_eq!(ids, expected, "the CSV holds exactly the rows shown");
        // The GeoJSON: the counties of the rows shown, with their projects as properties.
        wait_for(&client, "#geojson-link[data-rows]").await;
        let geojson = client
            .execute_async("const done = arguments[0]; fetch(document.getElementById('geojson-link').href).then(r => r.json()).then(done)", vec![])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(geojson["type"], "FeatureCollection");
        let features = geojson["features"].as_array().cloned().unwrap_or_default();
        assert!(!features.is_empty(), "counties with railways in 兰州");
        for f in &features {
            let code = f["properties"]["adcode"].as_str().unwrap_or_default();
            assert!(code.starts_with("6201"), "only 兰州's counties: {code}");
            assert_eq!(f["geometry"]["type"], "MultiPolygon");
            assert!(f["properties"]["project_count"].as_u64().unwrap_or(0) >= 1);
        }
        // Changing a filter changes the URL, so the new list can be shared too.
        let select = client.find(Locator::Css("select[name='kind']")).await.unwrap_or_else(|e| panic!("{e}"));
        select.select_by_value("road").await.unwrap_or_else(|e| panic!("{e}"));
        for _ in 0..30 {
            if client.current_url().await.map(|u| u.query().unwrap_or_default().contains("kind=road")).unwrap_or(false) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let query = client.current_url().await.map(|u| u.query().unwrap_or_default().to_string()).unwrap_or_default();
        assert_eq!(query, "kind=road&place=620100");
    })
    .await;
}
