//! What ships to the browser: the islands (each a `#[island]` the app's wasm exports a
//! hydrate function for) and the map's helpers they use. `boot.js` starts the app at the first
//! touch of an island, or at once on a page whose island is marked `data-start="now"` (the
//! place picker, the project list: they draw the page's content from its URL).

pub mod goal_table;
pub mod highlighter;
mod map_labels;
mod map_sheet;
mod map_state;
pub mod map_view;
pub mod place_picker;
pub mod project_filter;
