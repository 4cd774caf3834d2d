//! One component per page of the site; each reads its route and hands the core's data to
//! components.

pub mod chapter;
pub mod data;
pub mod goal;
pub mod goals;
pub mod home;
pub mod map;
pub mod not_found;
pub mod place;
pub mod places;
pub mod print;
pub mod progress;
pub mod projects;
pub mod search;
pub mod section;

use crate::components::share::{CitedOn, SiteUrl};
use crate::core::cite::CitePage;
use crate::core::render::TextPage;
use crate::core::{content::Plan, routes::Route};
use leptos::prelude::*;

/// Where a page at `href` (below the base) is, for citations: its absolute URL and the date
/// of citing, both from the pre-renderer.
pub fn cite_page(href: &str) -> CitePage {
    let site = use_context::<SiteUrl>().map(|s| s.0).unwrap_or_default();
    let cited_on = use_context::<CitedOn>().map(|d| d.0).unwrap_or_default();
    CitePage {
        url: format!("{site}{href}"),
        cited_on,
    }
}

/// What the plan's text on `route` needs to be rendered: where it is cited from, and the
/// figures' size.
pub fn text_page(plan: &'static Plan, route: Route) -> TextPage<'static> {
    TextPage {
        plan,
        cite: cite_page(&route.href()),
        eager_figures: route == Route::Print,
        figure_height: crate::core::pack::figure_height(),
    }
}
