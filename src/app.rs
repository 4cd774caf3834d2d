//! The site's frame and the page for each route. Routes are declared once, in the core
//! (`core::routes::Route`: parsing and paths); the pre-renderer parses each page's path and
//! hands the route here, so there is no second route table. In the browser only the islands
//! hydrate.

use crate::components::site_frame::{SiteFooter, SiteHeader};
use crate::core::routes::Route;
use crate::pages::{
    chapter::ChapterPage, data::DataPage, goal::GoalPage, goals::GoalsPage, home::HomePage,
    map::MapPage, not_found::NotFoundPage, place::PlacePage, places::PlacesPage, print::PrintPage,
    progress::ProgressPage, projects::ProjectsPage, search::SearchPage, section::SectionPage,
};
use leptos::prelude::*;

/// The page of the route the pre-renderer provides (a missing one is the not-found page).
#[component]
pub fn App() -> impl IntoView {
    let route = use_context::<Route>().unwrap_or(Route::NotFound);
    view! {
        <SiteHeader/>
        {page(route)}
        <SiteFooter/>
    }
}

/// The page component for a route.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Search => view! { <SearchPage/> }.into_any(),
        Route::Goals => view! { <GoalsPage/> }.into_any(),
        Route::Places => view! { <PlacesPage/> }.into_any(),
        Route::Data => view! { <DataPage/> }.into_any(),
        Route::Print => view! { <PrintPage/> }.into_any(),
        Route::Projects => view! { <ProjectsPage/> }.into_any(),
        Route::Progress => view! { <ProgressPage/> }.into_any(),
        Route::Map(n) => view! { <MapPage n/> }.into_any(),
        Route::Place(id) => view! { <PlacePage id/> }.into_any(),
        Route::Goal(id) => view! { <GoalPage id/> }.into_any(),
        Route::Chapter(number) => view! { <ChapterPage number/> }.into_any(),
        Route::Section(chapter, section) => view! { <SectionPage chapter section/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}
