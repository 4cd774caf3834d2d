//! Reusable views over the core: the site frame, the contents, the head, and the way on.

pub mod contents;
pub mod goal_table;
pub mod highlighter;
mod map_labels;
mod map_sheet;
mod map_state;
pub mod map_view;
pub mod place_picker;
pub mod plan_guard;
pub mod project_filter;
pub mod reader_frame;
pub mod share;
pub mod site_frame;
pub mod trail;
