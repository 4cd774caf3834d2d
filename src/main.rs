//! The browser binary: hydrates the pre-rendered page. Built to wasm by trunk.

fn main() {
    #[cfg(feature = "hydrate")]
    lanxi_explorer::hydrate();
}
