#![recursion_limit = "512"]
//! 兰西规划 Explorer: read, search and map the 2018 《兰州—西宁城市群发展规划》.
//!
//! `core` is the pure model (content, routes; later search, places, geometry). `app`, `pages`
//! and `components` are thin Leptos views over it, rendered to HTML at build time by the
//! `prerender` binary (`ssr` feature) and hydrated in the browser (`hydrate` feature).

pub mod app;
pub mod components;
pub mod core;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;

/// Browser entry: takes over the pre-rendered page without re-drawing it.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
