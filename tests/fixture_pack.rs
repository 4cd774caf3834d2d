//! The second content pack (`tests/fixtures/pack`, a made-up plan) built into a whole site by
//! the same code: its pages, its search, a place page and its figure, and its content errors
//! with file and line. Run by `make fixture-tests`, which builds the site into
//! `target/fixture-dist` and compiles this test with `LANXI_CONTENT=tests/fixtures/pack`.
#![cfg(not(target_arch = "wasm32"))]

use lanxi_explorer::core::content::{self, sources::PACK};
use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::search_terms;
use lanxi_explorer::core::search::SearchIndex;
use lanxi_explorer::core::units::documents;
use std::path::{Path, PathBuf};

/// The fixture site, where `make fixture-tests` builds it (`LANXI_FIXTURE_DIST`, in the
/// cargo target directory).
fn site() -> PathBuf {
    std::env::var_os("LANXI_FIXTURE_DIST").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fixture-dist"),
        PathBuf::from,
    )
}

fn page(path: &str) -> String {
    let file = site().join(path.trim_start_matches('/')).join("index.html");
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Every test first checks that it runs on the fixture pack, not on the plan's own.
fn fixture() {
    assert!(
        PACK.ends_with("tests/fixtures/pack"),
        "built from `{PACK}`: run `make fixture-tests` (LANXI_CONTENT=tests/fixtures/pack)"
    );
}

#[test]
fn the_site_has_every_page_of_the_made_up_plan_and_nothing_of_the_real_one() {
    fixture();
    let plan = plan().expect("the fixture plan loads");
    assert_eq!(plan.meta.title, "示例城市群发展规划");
    assert_eq!(plan.chapters.len(), 2);
    let sitemap = std::fs::read_to_string(site().join("sitemap.xml")).expect("sitemap");
    for chapter in &plan.chapters {
        let html = page(&format!("/c{}/", chapter.number));
        assert!(
            html.contains(&chapter.title),
            "c{} shows its title",
            chapter.number
        );
        for section in &chapter.sections {
            let path = format!("/c{}/s{}/", chapter.number, section.number);
            assert!(
                page(&path).contains(&section.title),
                "{path} shows its title"
            );
            assert!(sitemap.contains(&path), "the sitemap lists {path}");
        }
    }
    let home = page("/");
    assert!(home.contains("示例城市群发展规划") && home.contains("示例规划 Explorer"));
    assert!(
        home.contains("二章三节") && home.contains("一幅地图"),
        "counts from the pack"
    );
    let goals = page("/goals/");
    assert!(
        goals.contains("2029 年（基期）") && goals.contains("2035 年"),
        "its own years"
    );
    assert!(
        !goals.contains("2016") && !goals.contains("2020 年"),
        "none of the real plan's"
    );
    // The code carries no word of the real plan: none reaches any file of this site.
    let mut stack = vec![site()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.extension().is_some_and(|x| x == "br" || x == "gz") {
                // Bytes, so that the wasm's strings are read too.
                let bytes = std::fs::read(&path).expect("file");
                for word in ["兰州", "西宁", "海东", "兰西"] {
                    let found = bytes.windows(word.len()).any(|w| w == word.as_bytes());
                    assert!(!found, "{} names {word}", path.display());
                }
            }
        }
    }
}

#[test]
fn search_finds_the_made_up_plans_words_pinyin_and_abbreviations() {
    fixture();
    let plan = plan().expect("plan");
    let index = SearchIndex::new(
        documents(
            plan,
            lanxi_explorer::core::pack::projects().expect("projects"),
            lanxi_explorer::core::pack::progress().expect("progress"),
        ),
        places().expect("places"),
        search_terms().expect("terms"),
    );
    let anchors = |q: &str| -> Vec<String> {
        index
            .search(q)
            .hits
            .iter()
            .map(|h| h.doc.anchor.clone())
            .collect()
    };
    assert!(anchors("城际铁路").contains(&"c2s1p1".to_string()));
    assert!(anchors("城际铁路").contains(&"box1-1".to_string()));
    assert!(
        anchors("qinghe").contains(&"c1s1p1".to_string()),
        "a place by its pinyin"
    );
    assert!(
        anchors("城铁").contains(&"c2s1p1".to_string()),
        "an abbreviation of the pack"
    );
    assert!(anchors("兰州").is_empty(), "nothing of the real plan");
}

#[test]
fn a_place_page_lists_its_project_with_the_reason_and_its_passages() {
    fixture();
    let html = page("/place/990102/");
    assert!(html.contains("<h1>清河区</h1>"));
    assert!(html.contains("清河机场改扩建工程"), "its project");
    assert!(
        html.contains("清河机场位于本区"),
        "with the reason, from the gazetteer"
    );
    assert!(
        html.contains("href=\"/c1/s1/#c1s1p1\""),
        "a passage naming it"
    );
    assert!(html.contains("区域空中门户"), "its role");
    assert!(html.contains("甲州市"), "its city");
}

#[test]
fn its_figure_is_drawn_from_its_own_table_in_the_text_and_on_its_map_page() {
    fixture();
    let map = page("/map/1/");
    assert!(map.contains("示例城市群交通示意图"));
    assert!(map.contains("安平—石门城际铁路") && map.contains("class=\"rail\""));
    assert!(map.contains("清河机场") && map.contains("class=\"airport\""));
    assert!(
        map.contains("data-adcode=\"990101\""),
        "its counties, linked"
    );
    let section = page("/c2/s1/");
    assert!(
        section.contains("src=\"/map/1/figure.svg\"") && section.contains("src=\"/map/base.svg\"")
    );
    let figure = std::fs::read_to_string(site().join("map/1/figure.svg")).expect("figure image");
    assert!(figure.contains("class=\"rail\""));
    let geometry = std::fs::read_to_string(site().join("map/geo.svg")).expect("geometry");
    assert!(geometry.contains("id=\"k990201\""));
}

#[test]
fn a_bad_row_of_the_made_up_plan_fails_with_its_file_and_line() {
    fixture();
    let (file, text) = content::FIGURE_ELEMENTS_SOURCE;
    let edited = text.replace("box1-1", "box9-1");
    let error = content::build_plan(&content::Sources {
        figure_elements: (file, &edited),
        ..content::EMBEDDED
    })
    .expect_err("an unknown source fails");
    assert_eq!(
        error.to_string(),
        "tests/fixtures/pack/figures.tsv:4: unknown paragraph or box entry reference `box9-1`"
    );
    let (file, text) = content::META_SOURCE;
    let edited = text.replace("@outline 2 1", "@outline 2 2");
    let error = content::build_plan(&content::Sources {
        meta: (file, &edited),
        ..content::EMBEDDED
    })
    .expect_err("a missing section fails");
    assert!(
        error.to_string().starts_with("tests/fixtures/pack/"),
        "{error}"
    );
}
