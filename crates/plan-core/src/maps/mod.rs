//! The five maps as SVG, rendered at build time from the reduced map data: counties (each a
//! link to its place page), prefecture borders, provinces, rivers and lakes for context, the
//! figure's own elements on top, and labels placed so that they do not collide.

pub mod base;
mod canvas;
pub mod clip;
pub mod figures;
pub mod labels;
mod legend;
pub mod path_data;
pub mod shared;
pub mod small;
pub mod svg;
pub mod view;

use super::geo::mapdata::MapData;

pub use crate::content::sources::MAP_SOURCE;

/// The map data, parsed once (the pages take it from [`crate::pack::site`]).
pub fn map_data() -> Option<&'static MapData> {
    crate::pack::site().ok().map(|site| site.map)
}

/// The height of every map when drawn 1000 wide (they share one projection), for the size
/// of the figure images in the text.
pub fn figure_height() -> u32 {
    map_data().map_or(800, |data| svg::projection(data).1.round() as u32)
}
