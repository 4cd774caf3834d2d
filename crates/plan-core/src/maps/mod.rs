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

pub use crate::content::sources::MAP_SOURCE;
