//! End-to-end tests: a real headless Chromium against the release build, served by a plain
//! static file server with no single-page fallback. Run by `make test` after `make dist`.
#![cfg(not(target_arch = "wasm32"))]

mod beyond;
mod goals;
mod hardening;
mod host;
mod inputs;
mod maps;
mod page_css;
mod phone;
mod places;
mod progress;
mod reader;
mod search;
mod smoke;
mod support;
mod taps;
