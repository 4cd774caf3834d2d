//! Build-side tools: [`static_host`] serves `dist/` exactly as a plain static host would (no
//! single-page fallback), [`precompress`] writes the compressed copies it serves, [`sizes`]
//! measures the build.

pub mod precompress;
pub mod sizes;
pub mod static_host;
