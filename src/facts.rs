//! Facts of the content pack that the browser's islands need (how many boxes, the search
//! box's example), written as constants by `build.rs` from the checked pack: the islands do
//! not carry the plan's text to compute them.

include!(concat!(env!("OUT_DIR"), "/facts.rs"));
