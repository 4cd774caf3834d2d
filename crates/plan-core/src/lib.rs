//! The pure core: content model, routes, search, places and geometry. No `leptos`, no
//! `web_sys`: everything here is plain Rust, tested with `cargo test`.

pub mod cite;
pub mod content;
pub mod export;
pub mod geo;
pub mod goal_text;
pub mod html;
pub mod input;
pub mod maps;
pub mod number;
pub mod outline;
pub mod pack;
pub mod page_meta;
pub mod place_reasons;
pub mod place_report;
pub mod places;
pub mod print;
pub mod progress;
pub mod progress_chart;
pub mod project_filter;
pub mod projects;
#[cfg(not(target_arch = "wasm32"))]
pub mod published;
pub mod reference;
pub mod relevance;
pub mod render;
pub mod roles;
pub mod route_label;
pub mod routes;
pub mod search;
pub mod snippet;
pub mod units;
pub mod url;
pub mod version;
