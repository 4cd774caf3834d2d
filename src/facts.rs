//! Facts of the content pack that the browser's islands need (how many boxes), written as
//! constants by `build.rs` from the checked pack: the islands do not carry the plan's text to
//! compute them.

include!(concat!(env!("OUT_DIR"), "/facts.rs"));
