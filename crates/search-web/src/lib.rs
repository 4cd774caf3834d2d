//! The search's own wasm, apart from the app: the core's search engine over the index the
//! build wrote, which the search page carries (`IndexFile::to_page_text`), and nothing else.
//! The search page asks for it as its head is read and carries its glue and `boot.js` itself,
//! so a shared search link's first result needs the page and this file (52 KB brotli in all)
//! instead of the app's wasm, its JS and three data files in a chain (141 KB). Measured
//! with a phone's network and CPU (`make bench-latency`, the shared script, medians of 7):
//! 595–608 ms against Pagefind's 993–1,044 ms, 0.58–0.60×, where it was 1.40–1.54× with the
//! app. What is left is bytes and the first call's work: the text is 19 KB of the index, and
//! every result needs it, since a run of Chinese characters is matched as it stands rather
//! than as words; each KB in the wave with this wasm costs ~5 ms, which is why the core finds
//! and orders without std's string searcher and sort (`plan_core::search::find`).
//!
//! The allocator is `talc` (`disable-realloc-in-place`): 2.2 KB brotli smaller than the
//! default dlmalloc (27.7 → 25.5 KB), 11 ms of the first answer at 1.6 Mbit/s.
//!
//! Every word and rule stays the core's: the cleaner, the tokenizer, the ranking, the results'
//! HTML and the link to a query.

use plan_core::search::results_html::results_html;
use plan_core::search::{IndexFile, SearchIndex};
use std::sync::OnceLock;
use wasm_bindgen::prelude::*;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The index, once read.
static INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// Reads the index the search page carries (its text, as [`IndexFile::to_page_text`] wrote
/// it); returns how many units it holds.
#[wasm_bindgen]
pub fn load(text: &str) -> Result<usize, JsError> {
    if let Some(index) = INDEX.get() {
        return Ok(index.len());
    }
    let file = IndexFile::from_page_text(text).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(INDEX.get_or_init(|| SearchIndex::read(file)).len())
}

/// What the box holds, as the search and the address take it (the one cleaner).
#[wasm_bindgen]
pub fn clean(typed: &str) -> String {
    plan_core::input::clean(typed)
}

/// The results of a cleaned query as HTML (empty for an empty query or before [`load`]).
#[wasm_bindgen]
pub fn answer(query: &str) -> String {
    INDEX.get().map_or_else(String::new, |index| {
        results_html(index, &index.search(query), query)
    })
}

/// The query of a search page's address (`location.search`), decoded and cleaned.
#[wasm_bindgen]
pub fn query_of(search: &str) -> String {
    plan_core::url::search_query(search, "q")
}

/// Whether the address carries a `?q=` that cannot be decoded (said as ignored).
#[wasm_bindgen]
pub fn malformed_query(search: &str) -> bool {
    plan_core::url::malformed(search, "q")
}

/// The search page's address for a cleaned query (the query percent-encoded; none if empty).
#[wasm_bindgen]
pub fn href(query: &str) -> String {
    plan_core::routes::Route::search_href(query)
}
