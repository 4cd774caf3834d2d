//! 兰西规划 Explorer: read, search and map the 2018 《兰州—西宁城市群发展规划》.
//!
//! `core` is the pure model; `app`, `pages` and `components` are thin Leptos views over it,
//! rendered to HTML at build time (`ssr`) and hydrated in the browser (`hydrate`).

pub mod core;
