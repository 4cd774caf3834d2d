//! The server-side views over the core, rendered into the pages at build time and never
//! shipped to the browser: the site frame, the contents, the reader's frame, the share panel,
//! the trail, and the guard that turns a content error into a message. What runs in the
//! browser is in `islands`.

pub mod contents;
pub mod plan_guard;
pub mod reader_frame;
pub mod share;
pub mod site_frame;
pub mod trail;
