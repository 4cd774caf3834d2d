//! Whatever a URL carries, the parsers return a bounded, valid value or a sensible default,
//! and never panic: arbitrary strings fed to every URL parser and to search.

#![cfg(not(target_arch = "wasm32"))]

use lanxi_explorer::core::content::plan;
use lanxi_explorer::core::geo::mapdata::parse as parse_map;
use lanxi_explorer::core::places::{lookup, places};
use lanxi_explorer::core::routes::Route;
use lanxi_explorer::core::search::embedded_index;
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_path_parses_to_a_route_whose_link_parses_back_to_it(path in url_like()) {
        let plan = plan().expect("plan");
        let route = Route::parse(plan, &path);
        if route != Route::NotFound {
            prop_assert_eq!(Route::parse(plan, &route.href()), route);
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
    fn any_typed_place_name_is_looked_up_without_failing(typed in url_like()) {
        let all = places().expect("places");
        let found = lookup(all, &typed);
        prop_assert!(found.len() <= all.len());
    }

    #[test]
    fn malformed_map_data_is_an_error_not_a_panic(text in any::<String>()) {
        let _ = parse_map(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

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
