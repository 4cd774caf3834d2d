//! Build-side tools: [`static_host`] serves `dist/` exactly as a plain static host would (no
//! single-page fallback), for `make serve` and the end-to-end tests; [`sizes`] measures it.

pub mod sizes;
pub mod static_host;
