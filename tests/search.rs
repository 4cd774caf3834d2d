//! Search: a table of queries and what they must find.

use lanxi_explorer::core::pack::embedded_index_file;
use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::search_terms;
use lanxi_explorer::core::search::{IndexFile, SearchIndex};
use lanxi_explorer::core::units::DocKind;
use std::sync::OnceLock;

/// The index as the browser reads it: the file the build publishes, written and read back.
fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let bytes = embedded_index_file()
            .expect("the pack loads")
            .to_bytes()
            .expect("written");
        SearchIndex::read(IndexFile::from_bytes(&bytes).expect("read back"))
    })
}

fn anchors(query: &str) -> Vec<String> {
    index()
        .search(query)
        .hits
        .iter()
        .map(|h| h.doc.anchor.clone())
        .collect()
}

/// (query, units it must find, what the case is about)
const CASES: &[(&str, &[&str], &str)] = &[
    (
        "湟",
        &["c4s1p1", "c4s2p1", "box1-qinghai"],
        "a single character",
    ),
    (
        "枢纽",
        &["c6s1p3", "box5-hub1", "box5-hub2", "box5-hub3"],
        "two characters",
    ),
    (
        "连通我国和中亚",
        &["c6s1p1"],
        "any run of characters inside a sentence",
    ),
    (
        "过渡带，北仗",
        &["c1s1p4"],
        "across punctuation and a repaired page break",
    ),
    (
        "过渡带北仗",
        &["c1s1p4"],
        "the same run typed without the comma",
    ),
    (
        "兰州西宁",
        &["c0p1", "c6s1p3"],
        "across a dash or an enumeration comma",
    ),
    ("G6", &["box5-road"], "Latin and digits"),
    ("g6", &["box5-road"], "case-insensitive"),
    ("Ｇ６", &["box5-road"], "full-width Latin and digits"),
    ("ipv6", &["c6s3p1"], "IPv6"),
    ("4G", &["box7-1"], "4G"),
    ("lng", &["c6s2p3"], "LNG"),
    (
        "9.75万",
        &["c0p2"],
        "a figure with a decimal point, across a space",
    ),
    ("76%", &["c1s2p1"], "a percentage"),
    ("2035年", &["c0p3", "c2s4p1"], "a year, across a space"),
    ("xining", &["c0p2", "box1-qinghai"], "pinyin of a city"),
    (
        "huangzhong",
        &["box1-qinghai"],
        "pinyin of a renamed county",
    ),
    (
        "湟中区",
        &["box1-qinghai"],
        "today's name finds the plan's 湟中县",
    ),
    (
        "同仁市",
        &["box1-qinghai", "box7-4"],
        "today's name finds the plan's 同仁县 and 同仁",
    ),
    (
        "tongren",
        &["box1-qinghai", "box7-4"],
        "pinyin of a renamed county",
    ),
    (
        "临夏州",
        &["c3s3p6", "box1-gansu"],
        "a short form finds the full name and 临夏",
    ),
    (
        "兰州 机场",
        &["c6s1p1", "box5-hub1"],
        "two terms, both required",
    ),
    ("交通运输网络", &["c6s1"], "a section title"),
    (
        "优良天数",
        &["c2s4p2", "main"],
        "a target, as a paragraph and as a goal record",
    ),
];

#[test]
fn every_query_of_the_table_finds_what_it_must() {
    let mut failures = Vec::new();
    for (query, expected, why) in CASES {
        let found = anchors(query);
        for anchor in *expected {
            if !found.iter().any(|a| a == anchor) {
                failures.push(format!("{query} ({why}): {anchor} missing from {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_hit_contains_what_was_searched_for() {
    // (query, what every hit's marks must hold: the query itself; empty where the query also
    // stands for other names, which may be what is marked)
    for (query, mark) in [
        ("枢纽", "枢纽"),
        ("湟水", "湟水"),
        ("g6", "g6"),
        ("兰州新区", ""),
    ] {
        let hits = index().search(query).hits;
        assert!(!hits.is_empty(), "{query} is in the plan");
        for hit in hits {
            let marked: String = hit
                .snippet
                .segments
                .iter()
                .filter(|s| s.mark)
                .map(|s| s.text.to_lowercase())
                .collect();
            assert!(
                !marked.is_empty() && marked.contains(mark),
                "{query}: {} marks {marked:?}",
                hit.doc.anchor
            );
        }
    }
    let two_terms = index().search("兰州 机场");
    assert!(
        !two_terms.hits.is_empty(),
        "兰州 and 机场 stand together somewhere"
    );
    assert!(two_terms
        .hits
        .iter()
        .all(|h| h.doc.text.contains("兰州") && h.doc.text.contains("机场")));
}

#[test]
fn snippets_mark_the_match_in_the_original_text() {
    let results = index().search("过渡带北仗");
    let hit = results.hits.first().expect("a hit");
    let marked: Vec<&str> = hit
        .snippet
        .segments
        .iter()
        .filter(|s| s.mark)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        marked,
        ["过渡带，北仗"],
        "the mark spans the comma in the original"
    );
    let results = index().search("9.75万");
    let marked: Vec<&str> = results.hits[0]
        .snippet
        .segments
        .iter()
        .filter(|s| s.mark)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["9.75 万"]);
}

#[test]
fn headings_and_bold_leads_rank_before_mentions_in_running_text() {
    let hits = index().search("综合交通枢纽").hits;
    let first = hits.first().expect("hits");
    assert!(
        first.doc.kind == DocKind::Heading || first.doc.lead_len > 0,
        "first: {}",
        first.doc.anchor
    );
    assert_eq!(
        index().search("畅通综合交通运输网络").hits[0].doc.anchor,
        "c6s1"
    );
}

#[test]
fn an_empty_or_punctuation_only_query_finds_nothing() {
    assert!(index().search("").hits.is_empty());
    assert!(index().search("  ，。— ").hits.is_empty());
}

#[test]
fn a_query_with_no_results_suggests_shorter_ones_that_have_some() {
    assert!(index().search("兰州地铁").hits.is_empty());
    let suggestions = index().suggestions("兰州地铁");
    assert!(
        suggestions.iter().any(|(s, n)| s == "兰州" && *n > 10),
        "{suggestions:?}"
    );
}

#[test]
fn goals_are_searchable_and_open_their_own_page() {
    let results = index().search("湟水河出省断面");
    let goal = results
        .hits
        .iter()
        .find(|h| h.doc.kind == DocKind::Goal)
        .expect("the target is found");
    assert_eq!(goal.doc.href, "/goals/huangshui-water-2020/");
}

#[test]
fn projects_are_searchable_and_open_their_row_in_the_catalogue() {
    let results = index().search("引洮二期");
    let project = results
        .hits
        .iter()
        .find(|h| h.doc.kind == DocKind::Project)
        .expect("the project is found");
    assert_eq!(
        (project.doc.href.as_str(), project.doc.anchor.as_str()),
        ("/projects/", "water-yintao-2")
    );
    assert!(
        index()
            .search("huangzhong")
            .hits
            .iter()
            .any(|h| h.doc.kind == DocKind::Project),
        "a renamed county's project by pinyin"
    );
}

#[test]
fn every_word_people_type_leads_to_words_that_occur_in_the_plan() {
    let terms = search_terms().expect("terms");
    assert!(terms.len() >= 10);
    for term in terms {
        assert!(!term.reason.is_empty(), "{} says why", term.typed);
        for word in &term.also {
            assert!(
                !index().search(word).hits.is_empty(),
                "{} → {word}: the plan's word occurs",
                term.typed
            );
        }
    }
}

#[test]
fn gaotie_finds_the_high_speed_railway_passages_and_says_so() {
    let results = index().search("高铁");
    assert!(!results.hits.is_empty());
    assert!(results.hits.iter().all(|h| h.doc.text.contains("高速铁路")));
    assert!(results.terms[0].iter().any(|t| t == "高速铁路"));
    let html = lanxi_explorer::core::search::results_html::results_html(index(), &results, "高铁");
    assert!(html.contains("也搜索了 高速铁路"), "{html}");
}

#[test]
fn a_query_with_no_hit_gets_suggestions_that_do_occur() {
    for query in ["高铁站台", "兰州地铁", "量子计算", "zzz", "鳄"] {
        assert!(
            index().search(query).hits.is_empty(),
            "{query} finds nothing"
        );
        let suggestions = index().suggestions(query);
        assert!(!suggestions.is_empty(), "{query}: never an empty page");
        for (word, count) in suggestions {
            assert!(
                count > 0 && !index().search(&word).hits.is_empty(),
                "{query} → {word}"
            );
        }
    }
}

#[test]
fn a_malformed_search_terms_row_is_reported_with_its_line() {
    use lanxi_explorer::core::search::terms::parse_terms;
    let error = parse_terms(
        "content/search-terms.tsv",
        "typed\talso\treason\n高铁\t高速铁路\n",
    )
    .err();
    assert_eq!(
        error.map(|e| e.to_string().starts_with("content/search-terms.tsv:2:")),
        Some(true)
    );
}

/// (typed, the place page the results lead with; what kind of name it is)
const PLACE_QUERIES: &[(&str, &str, &str)] = &[
    (
        "城关区",
        "620102",
        "today's full name, never written in the plan",
    ),
    ("chengguan", "620102", "pinyin"),
    ("Chengguan", "620102", "pinyin with a capital"),
    ("乐都县", "630202", "a former name"),
    ("乐都", "630202", "a short name"),
    ("湟中县", "630106", "the plan's 2018 name"),
    ("定西地区", "621100", "a prefecture's former name"),
    ("兰白", "620100", "a group: its first member"),
    ("青海湖", "632223", "a site: the county it lies in"),
];

#[test]
fn a_query_naming_a_place_leads_with_that_places_page_and_its_counts() {
    use lanxi_explorer::core::pack::projects;
    use lanxi_explorer::core::pack::roles;
    use lanxi_explorer::core::search::place_cards::{page_counts, place_cards};
    let all = places().expect("places");
    let counts = page_counts(
        plan().expect("plan"),
        all,
        projects().expect("projects"),
        roles().expect("roles"),
    );
    for &(typed, id, why) in PLACE_QUERIES {
        let cards = place_cards(all, typed);
        let first = cards.first().map(|c| c.place.adcode.as_str());
        assert_eq!(first, Some(id), "{typed}: {why}");
        let html = lanxi_explorer::core::search::results_html::results_html(
            index(),
            &index().search(typed),
            typed,
        );
        let link = format!("href=\"/place/{id}/\"");
        let card = html
            .find(&link)
            .unwrap_or_else(|| panic!("{typed}: {html}"));
        let passage = html.find("?hl=").unwrap_or(usize::MAX);
        assert!(
            card < passage,
            "{typed}: the place comes before the passages"
        );
        assert!(!html.contains("没有找到"), "{typed}: never 「没有找到」");
    }
    let lanbai: Vec<&str> = place_cards(all, "兰白")
        .iter()
        .map(|c| c.place.adcode.as_str())
        .collect();
    assert_eq!(lanbai, ["620100", "620400"], "兰白 is 兰州 and 白银");
    assert!(place_cards(all, "城").is_empty(), "a prefix names no place");
    assert!(
        place_cards(all, "黄河").is_empty(),
        "a river is left to the passages"
    );
    let chengguan = counts
        .iter()
        .find(|c| c.id == "620102")
        .expect("城关区 counted");
    let html = index().place_cards_html("城关区");
    assert!(
        html.contains(&format!("项目 {}", chengguan.own + chengguan.city)),
        "the card counts what the page lists: {html}"
    );
}

#[test]
fn a_query_naming_a_project_finds_the_project_first() {
    use lanxi_explorer::core::pack::projects;
    for project in projects().expect("projects") {
        let hits = index().search(&project.name).hits;
        let first = hits.first().map(|h| (h.doc.kind, h.doc.anchor.as_str()));
        assert_eq!(
            first,
            Some((DocKind::Project, project.id.as_str())),
            "{}: the catalogue entry leads",
            project.name
        );
    }
}

#[test]
fn a_status_typed_finds_the_projects_that_stand_there() {
    for (typed, status) in [("已建成", "已建成投用"), ("在建", "在建")] {
        let hits = index().search(typed).hits;
        let projects: Vec<_> = hits
            .iter()
            .filter(|h| h.doc.kind == DocKind::Project)
            .collect();
        assert!(projects.len() >= 4, "{typed}: {} projects", projects.len());
        assert!(
            projects.iter().all(|h| h.doc.text.contains(status)),
            "{typed}"
        );
    }
}
