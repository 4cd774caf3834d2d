//! Reusable views over the core: the site frame, the contents, the head, and the way on.
//!
//! The `reader` feature builds the small wasm of the reading pages: their islands only (theme,
//! share, highlighter, goal sorting), without search, the maps, the picker and the filters.

pub mod contents;
pub mod goal_table;
pub mod highlighter;
#[cfg(not(feature = "reader"))]
mod map_labels;
#[cfg(not(feature = "reader"))]
mod map_sheet;
#[cfg(not(feature = "reader"))]
mod map_state;
#[cfg(not(feature = "reader"))]
pub mod map_view;
#[cfg(not(feature = "reader"))]
pub mod place_picker;
pub mod plan_guard;
#[cfg(not(feature = "reader"))]
pub mod project_filter;
pub mod reader_frame;
#[cfg(not(feature = "reader"))]
pub mod search;
pub mod share;
pub mod site_frame;
pub mod theme;
pub mod trail;
