//! The content pack's files as embedded in this build, every one of them: the only module
//! that embeds (`include_str!`), so the engine elsewhere takes what it reads as data. The pack
//! is found by `build.rs` (`LANXI_CONTENT`, else the repository's `content/`), and each file
//! keeps the name errors give for it.

include!(concat!(env!("OUT_DIR"), "/plan_sources.rs"));

/// `content/meta.txt`.
pub const META_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/meta.txt"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/meta.txt")),
);
/// `content/scope.tsv`.
pub const SCOPE_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/scope.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/scope.tsv")),
);
/// `content/headline-figures.tsv`.
pub const HEADLINE_FIGURES_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/headline-figures.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/headline-figures.tsv")),
);

/// `content/figures.tsv`.
pub const FIGURE_ELEMENTS_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/figures.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/figures.tsv")),
);

/// `content/goals.tsv`.
pub const GOALS_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/goals.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/goals.tsv")),
);
/// `content/goal-scan.tsv`.
pub const GOAL_SCAN_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/goal-scan.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/goal-scan.tsv")),
);

/// `content/places.tsv`.
#[cfg(not(target_arch = "wasm32"))]
pub const PLACES_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/places.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/places.tsv")),
);
/// The browser's copy of `content/places.tsv`: the notes (long, with their sources) are shown
/// only on pre-rendered pages, so `build.rs` leaves them out of the wasm.
#[cfg(target_arch = "wasm32")]
pub const PLACES_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/places.tsv"),
    include_str!(concat!(env!("OUT_DIR"), "/places-browser.tsv")),
);
/// `content/projects.tsv`.
pub const PROJECTS_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/projects.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/projects.tsv")),
);
/// `content/roles.tsv`.
pub const ROLES_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/roles.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/roles.tsv")),
);
/// `content/search-terms.tsv`.
#[cfg(not(target_arch = "wasm32"))]
pub const TERMS_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/search-terms.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/search-terms.tsv")),
);
/// The browser's copy of `content/search-terms.tsv`, without the reasons (`build.rs`).
#[cfg(target_arch = "wasm32")]
pub const TERMS_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/search-terms.tsv"),
    include_str!(concat!(env!("OUT_DIR"), "/search-terms-browser.tsv")),
);
/// `content/progress.tsv` (a header alone when the pack has none, written by `build.rs`).
pub const PROGRESS_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/progress.tsv"),
    include_str!(concat!(env!("OUT_DIR"), "/progress.tsv")),
);

/// Every content source, by role: (path shown in errors, text).
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    /// `content/plan/*.txt` in reading order.
    pub plan: &'a [(&'a str, &'a str)],
    /// `meta.txt`.
    pub meta: (&'a str, &'a str),
    /// `scope.tsv`.
    pub scope: (&'a str, &'a str),
    /// `headline-figures.tsv`.
    pub headline_figures: (&'a str, &'a str),
    /// `goals.tsv`.
    pub goals: (&'a str, &'a str),
    /// `goal-scan.tsv`.
    pub goal_scan: (&'a str, &'a str),
    /// `figures.tsv`.
    pub figure_elements: (&'a str, &'a str),
}

/// The sources embedded in this build.
pub const EMBEDDED: Sources<'static> = Sources {
    plan: &PLAN_SOURCES,
    meta: META_SOURCE,
    scope: SCOPE_SOURCE,
    headline_figures: HEADLINE_FIGURES_SOURCE,
    goals: GOALS_SOURCE,
    goal_scan: GOAL_SCAN_SOURCE,
    figure_elements: FIGURE_ELEMENTS_SOURCE,
};

/// How errors name the content pack (`content`, or the path of another pack).
pub const PACK: &str = env!("LANXI_CONTENT_LABEL");

/// The pack's map data (`region.txt`), embedded for the pre-renderer.
pub const MAP_SOURCE: &str = include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/region.txt"));

/// The pack's `map-names.tsv` (what the data step names on the map), with its name in errors.
pub const MAP_NAMES_SOURCE: (&str, &str) = (
    concat!(env!("LANXI_CONTENT_LABEL"), "/map-names.tsv"),
    include_str!(concat!(env!("LANXI_CONTENT_DIR"), "/map-names.tsv")),
);
