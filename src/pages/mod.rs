//! One component per page of the site; each reads its route and hands the core's data to
//! components.

pub mod chapter;
pub mod goal;
pub mod goals;
pub mod home;
pub mod map;
pub mod not_found;
pub mod place;
pub mod places;
pub mod projects;
pub mod search;
pub mod section;

use crate::core::{content::Plan, routes::Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The current route, from the router's parameters, as a typed [`Route`].
pub fn current_route(plan: &'static Plan) -> Memo<Route> {
    let params = use_params_map();
    Memo::new(move |_| {
        let params = params.read();
        Route::from_params(plan, params.get_str("chapter"), params.get_str("section"))
    })
}
