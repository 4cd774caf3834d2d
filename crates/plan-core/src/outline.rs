//! A chapter page's sections as an outline: each section's heading, then what it holds in
//! order (a paragraph by its bold lead or first sentence, a box, a figure), each linked to
//! its place on the section's page. The chapter's own text stands in full above it; the
//! whole chapter in one run is on the print page. Pure string building, like `render`.

use super::content::{Block, Chapter, Paragraph};
use super::html::{escape, heading};
use super::page_meta::excerpt;
use super::routes::Route;
use std::fmt::Write;

/// Characters of a paragraph without a lead shown in the outline.
const SENTENCE: usize = 40;

/// A paragraph's lead, or its first sentence (cut to `SENTENCE` characters).
fn gist(p: &Paragraph) -> String {
    if let Some(lead) = &p.lead {
        return lead.clone();
    }
    excerpt(p.body.split_inclusive('。').next().unwrap_or(""), SENTENCE)
}

/// The outline entry of a block: (anchor, words).
fn entry(block: &Block) -> (String, String) {
    match block {
        Block::Paragraph(p) => (p.id.clone(), gist(p)),
        Block::Box(b) => (b.id.clone(), format!("{} {}", b.label(), b.title)),
        Block::Figure(f) => (f.id.clone(), format!("{} {}", f.label(), f.caption)),
    }
}

/// Each section of `ch`: its heading linked to its page, and its outline.
pub fn sections_outline(ch: &Chapter) -> String {
    let mut out = String::with_capacity(4 * 1024);
    for sec in &ch.sections {
        let route = Route::Section(ch.number, sec.number);
        let _ = write!(
            out,
            "<section class=\"section\" aria-labelledby=\"{}\">",
            sec.id
        );
        heading(
            &mut out,
            "h2",
            &sec.id,
            &sec.heading,
            &sec.title,
            Some(route),
        );
        out.push_str("<ul class=\"outline\">");
        for (anchor, words) in sec.blocks.iter().map(entry) {
            let _ = write!(
                out,
                "<li><a href=\"{}#{anchor}\">{}</a></li>",
                route.href(),
                escape(&words)
            );
        }
        out.push_str("</ul></section>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_paragraph_box_and_figure_of_each_section_is_linked_in_order() {
        let Ok(plan) = crate::pack::plan() else {
            panic!("the plan loads")
        };
        for ch in &plan.chapters {
            let html = sections_outline(ch);
            for sec in &ch.sections {
                let href = Route::Section(ch.number, sec.number).href();
                let mut from = 0;
                for (anchor, _) in sec.blocks.iter().map(entry) {
                    let link = format!("href=\"{href}#{anchor}\"");
                    let at = html[from..].find(&link);
                    assert!(at.is_some(), "{link} in order");
                    from += at.unwrap_or(0);
                }
            }
        }
    }

    #[test]
    fn a_paragraph_without_a_lead_is_shown_by_its_first_sentence() {
        let p = Paragraph {
            id: "x".into(),
            lead: None,
            body: "第一句。第二句。".into(),
        };
        assert_eq!(gist(&p), "第一句。");
        let long = Paragraph {
            body: "长".repeat(60),
            ..p
        };
        assert_eq!(gist(&long).chars().count(), SENTENCE + 1);
    }
}
