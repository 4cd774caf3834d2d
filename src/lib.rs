#![recursion_limit = "512"]
//! 兰西规划 Explorer: read, search and map an urban-agglomeration plan, whose text and facts
//! come from its content pack (`content/`).
//!
//! `core` is the pure model, the `plan-core` crate (content, routes, rendering of the plan's
//! text, search, places, geometry and maps: no leptos, no web-sys, kept so by the compiler).
//! `app`, `pages` and `components` are thin Leptos views over it. Every
//! route is rendered to HTML at build time by the `prerender` binary (`ssr` feature); in the
//! browser only the interactive parts, Leptos *islands*, load code and hydrate (`hydrate`
//! feature). The rest of each page is plain HTML and needs no wasm.

// The page tree is only rendered at build time; the browser hydrates islands alone.
#[cfg(feature = "ssr")]
pub mod app;
#[cfg(feature = "ssr")]
pub mod components;
pub use plan_core as core;
pub mod facts;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod open_data;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;

/// Browser entry: prepares the reactive owner that the islands hydrate under. `boot.js` then
/// finds each `<leptos-island>` and calls its exported hydrate function.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    // Readable panics in the console for `make dev`; the release wasm goes without (1 KB).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
