//! The router and its route table: which page shows for which path. The tree renders to
//! HTML at build time (`prerender`); in the browser only its islands hydrate.

use crate::components::site_frame::{SiteFooter, SiteHeader};
use crate::pages::{
    chapter::ChapterPage, data::DataPage, goal::GoalPage, goals::GoalsPage, home::HomePage,
    map::MapPage, not_found::NotFoundPage, place::PlacePage, places::PlacesPage, print::PrintPage,
    projects::ProjectsPage, search::SearchPage, section::SectionPage,
};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole site.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=crate::core::routes::BASE>
            <Shell/>
        </Router>
    }
}

/// Header, the page for the current route, footer.
#[component]
fn Shell() -> impl IntoView {
    view! {
        <SiteHeader/>
        <Routes fallback=NotFoundPage>
            <Route path=path!("/") view=HomePage/>
            <Route path=path!("/search") view=SearchPage/>
            <Route path=path!("/goals") view=GoalsPage/>
            <Route path=path!("/places") view=PlacesPage/>
            <Route path=path!("/data") view=DataPage/>
            <Route path=path!("/print") view=PrintPage/>
            <Route path=path!("/map/:n") view=MapPage/>
            <Route path=path!("/place/:id") view=PlacePage/>
            <Route path=path!("/projects") view=ProjectsPage/>
            <Route path=path!("/goals/:id") view=GoalPage/>
            <Route path=path!("/:chapter") view=ChapterPage/>
            <Route path=path!("/:chapter/:section") view=SectionPage/>
        </Routes>
        <SiteFooter/>
    }
}
