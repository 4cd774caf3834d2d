//! Whatever a URL carries, the parsers return a bounded, valid value or a sensible default,
//! and never panic: arbitrary strings fed to every URL parser and to search.

#![cfg(not(target_arch = "wasm32"))]

use lanxi_explorer::core::geo::mapdata::parse as parse_map;
use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::{embedded_index, embedded_index_file};
use lanxi_explorer::core::places::lookup;
use lanxi_explorer::core::routes::Route;
use lanxi_explorer::core::search::IndexFile;
use lanxi_explorer::core::url::{decode_component, query_value, search_query, MAX_QUERY_CHARS};
use proptest::prelude::*;

/// Strings like the ones links carry: ASCII, percent escapes, CJK, markup, control characters.
fn url_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z0-9/%?&=.#+<>\"' -]{0,80}",
        "(/[a-z0-9]{0,6}){0,5}/?",
        "[兰州西宁湟中同仁县市区新区<>%]{0,20}",
        "(%[0-9A-Fa-f]{2}|%[0-9A-Z]?|[a-z]){0,30}",
    ]
}

/// The fuzzed paths below mostly parse to the home page or to nothing; here every route the
/// site publishes (each chapter, section, place, goal, map) goes through its link and back.
#[test]
fn every_published_route_s_link_parses_back_to_the_same_route() {
    let plan = plan().expect("plan");
    let places = places().expect("places");
    let all = Route::all(plan, places);
    assert!(all.len() > 100, "the site's routes: {}", all.len());
    for route in all {
        assert_eq!(
            Route::parse(plan, places, &route.href()),
            route,
            "{}",
            route.href()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_path_parses_to_a_route_whose_link_parses_back_to_it(path in url_like()) {
        let plan = plan().expect("plan");
        let places = lanxi_explorer::core::pack::places().expect("places");
        let route = Route::parse(plan, places, &path);
        if route != Route::NotFound {
            prop_assert_eq!(Route::parse(plan, places, &route.href()), route);
        }
    }

    #[test]
    fn any_query_string_gives_a_short_clean_search_query(search in url_like()) {
        let q = search_query(&search, "q");
        prop_assert!(q.chars().count() <= MAX_QUERY_CHARS);
        prop_assert!(!q.chars().any(char::is_control));
        let _ = query_value(&search, "kind");
        let _ = decode_component(&search);
    }

    #[test]
    fn any_typed_text_finds_each_place_at_most_once(typed in url_like()) {
        let all = places().expect("places");
        let found = lookup(all, &typed);
        let mut ids: Vec<&str> = found.iter().map(|p| p.adcode.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), found.len(), "no place twice for {:?}", typed);
    }

    #[test]
    fn any_name_of_a_place_as_a_reader_types_it_finds_that_place(
        pick in any::<prop::sample::Index>(),
        form in any::<prop::sample::Index>(),
        upper in any::<bool>(),
    ) {
        let all = places().expect("places");
        let place = &all[pick.index(all.len())];
        let mut names: Vec<String> = place.chinese_names().iter().map(|n| n.to_string()).collect();
        if !place.pinyin.is_empty() {
            // Pinyin as typed: spaces kept or dropped, any case.
            let pinyin = if upper { place.pinyin.to_uppercase() } else { place.pinyin.replace(' ', "") };
            names.push(pinyin);
        }
        let typed = &names[form.index(names.len())];
        let found = lookup(all, typed);
        let exact = found.iter().take_while(|p| lanxi_explorer::core::places::named_by(all, typed).iter().any(|q| q.adcode == p.adcode));
        prop_assert!(exact.clone().any(|p| p.adcode == place.adcode), "{:?} finds {} among the exact matches, first", typed, place.name);
    }

    #[test]
    fn malformed_map_data_is_an_error_not_a_panic(text in any::<String>()) {
        let _ = parse_map(&text);
    }
}

/// The published index, built once for every case (building it takes about a second).
static INDEX_FILE: std::sync::LazyLock<Result<IndexFile, String>> =
    std::sync::LazyLock::new(|| embedded_index_file().map_err(|e| e.to_string()));

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_run_of_the_plan_s_own_words_is_found_and_marked(
        pick in any::<prop::sample::Index>(),
        start in any::<prop::sample::Index>(),
        len in 1usize..8,
    ) {
        // Random strings rarely occur in the plan, so the test below mostly sees no hits:
        // here the query is a run of letters, digits or characters taken from the index itself.
        let file = INDEX_FILE.as_ref().expect("index file");
        let entry = &file.entries[pick.index(file.entries.len())];
        // From a letter, digit or character of the text, as long as they run (up to `len`).
        let chars: Vec<char> = entry.text.chars().collect();
        let starts: Vec<usize> = (0..chars.len()).filter(|&i| chars[i].is_alphanumeric()).collect();
        prop_assume!(!starts.is_empty());
        let from = starts[start.index(starts.len())];
        let run: String = chars[from..].iter().take(len).take_while(|c| c.is_alphanumeric()).collect();
        let index = embedded_index().expect("index");
        let results = index.search(&run);
        prop_assert!(!results.hits.is_empty(), "{:?} (from {}) is found", run, entry.anchor);
        for hit in &results.hits {
            prop_assert!(hit.snippet.segments.iter().any(|s| s.mark), "{:?}: every hit marks its match", run);
        }
    }

    #[test]
    fn any_search_query_returns_results_that_contain_a_match(query in url_like()) {
        let index = embedded_index().expect("index");
        let q = search_query(&format!("q={}", query.replace('&', "")), "q");
        let results = index.search(&q);
        for hit in &results.hits {
            prop_assert!(hit.snippet.segments.iter().any(|s| s.mark), "every hit marks its match");
        }
    }
}

/// Text as readers and links bring it: any Unicode, bidi and zero-width controls, full-width
/// letters, combining marks and tone marks, mixed with the plan's words.
fn typed_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "[\u{202A}-\u{202E}\u{200B}-\u{200F}\u{2066}-\u{2069}\u{FEFF}\u{00AD}]",
        "[\u{FF01}-\u{FF5E}\u{3000}]",
        "[a-z]?[\u{0300}-\u{036F}]{1,3}",
        "[āáǎàīíǐìūúǔù]",
        "[兰州西宁湟水新区 ]{1,4}",
        "[\u{0}-\u{1F}\u{7F}]",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn cleaned_input_is_short_plain_visible_and_stable(text in typed_like()) {
        use lanxi_explorer::core::input::{clean, MAX_INPUT_CHARS};
        let cleaned = clean(&text);
        prop_assert!(cleaned.chars().count() <= MAX_INPUT_CHARS);
        prop_assert_eq!(cleaned.trim(), cleaned.as_str());
        prop_assert!(!cleaned.contains("  "));
        for c in cleaned.chars() {
            let code = c as u32;
            prop_assert!(!c.is_control(), "control {:?}", c);
            prop_assert!(!(0x202A..=0x202E).contains(&code) && !(0x200B..=0x200F).contains(&code) && !(0x2066..=0x2069).contains(&code) && code != 0xFEFF, "format {:?}", c);
            prop_assert!(!(0xFF01..=0xFF5E).contains(&code) && code != 0x3000, "full width {:?}", c);
            prop_assert!(!(0x0300..=0x036F).contains(&code), "combining {:?}", c);
        }
        prop_assert_eq!(clean(&cleaned), cleaned.clone(), "cleaning twice changes nothing");
    }

    #[test]
    fn highlight_marks_are_disjoint_non_empty_and_on_character_boundaries(
        text in typed_like(),
        query in typed_like(),
    ) {
        use lanxi_explorer::core::search::highlight::highlight_ranges;
        let ranges = highlight_ranges(&text, &query);
        let mut end = 0;
        for &(s, e) in &ranges {
            prop_assert!(s < e, "empty mark");
            prop_assert!(s >= end && (end == 0 || s > end), "overlapping or touching marks");
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            end = e;
        }
        prop_assert!(end <= text.len());
    }
}
