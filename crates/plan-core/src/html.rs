//! The one HTML escape, for text and attribute values alike, and the heading every text
//! page, outline and printout writes.

use super::routes::Route;
use std::fmt::Write;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A chapter or section heading, linked to its own page when `link` is given.
pub fn heading(out: &mut String, tag: &str, id: &str, num: &str, title: &str, link: Option<Route>) {
    let inner = format!("<span class=\"num\">{num}</span> {}", escape(title));
    match link {
        Some(route) => {
            let _ = write!(
                out,
                "<{tag} id=\"{id}\"><a href=\"{}\">{inner}</a></{tag}>",
                route.href()
            );
        }
        None => {
            let _ = write!(out, "<{tag} id=\"{id}\">{inner}</{tag}>");
        }
    }
}
