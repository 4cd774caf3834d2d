//! The base layers every map draws under its own elements: context provinces, the counties
//! (each in the plan's scope a link to its page, with its name and project count), prefecture
//! borders, rivers and lakes, each shape by reference to the shared geometry file.

use super::shared::{county_id, href, lakes, named_rivers};
use super::svg::Counts;
use crate::geo::mapdata::{County, MapData};
use crate::html::escape;
use std::fmt::Write;

/// The base layers: context, counties (linked, with name and project count), prefecture
/// borders, rivers and lakes, each shape drawn by reference to the shared geometry file
/// ([`super::shared`]). `fill` gives each county's class.
pub fn base_layers(data: &MapData, counts: &Counts, fill: &dyn Fn(&County) -> String) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<g class=\"layer layer-context\" data-layer=\"context\"><use class=\"province\" href=\"{}\"/></g>",
        href("provinces")
    );
    out.push_str("<g class=\"layer layer-counties\" data-layer=\"counties\">");
    for c in &data.counties {
        let (count, inherited) = counts.get(&c.adcode).copied().unwrap_or((0, 0));
        let title = if c.in_scope {
            format!("{}：本地 {count} 个项目，所属市州 {inherited} 个", c.name)
        } else {
            format!("{}（规划范围外）", c.name)
        };
        // Only counties in the plan's scope have a page; the others are drawn for context.
        let (open, close) = if c.in_scope {
            (
                format!(
                    "<a href=\"{}/place/{}/\" class=\"county-link\" data-adcode=\"{}\" data-name=\"{}\" data-count=\"{count}\" data-inherited=\"{inherited}\">",
                    super::super::routes::BASE,
                    c.adcode,
                    c.adcode,
                    escape(&c.name)
                ),
                "</a>",
            )
        } else {
            ("<g class=\"county-context\">".to_string(), "</g>")
        };
        let _ = write!(
            out,
            "{open}<title>{title}</title><use class=\"county {cls}\" href=\"{shape}\"/>{close}",
            title = escape(&title),
            cls = fill(c),
            shape = href(&county_id(&c.adcode)),
        );
    }
    let _ = write!(
        out,
        "</g><g class=\"layer layer-prefectures\" data-layer=\"prefectures\"><use class=\"prefecture-border\" href=\"{}\"/></g>",
        href("prefectures")
    );
    out.push_str("<g class=\"layer layer-water\" data-layer=\"water\">");
    for (id, name) in lakes(data) {
        let _ = write!(
            out,
            "<use class=\"lake\" href=\"{}\"><title>{}</title></use>",
            href(&id),
            escape(&name)
        );
    }
    let _ = write!(out, "<use class=\"river\" href=\"{}\"/>", href("rivers"));
    for (id, name) in named_rivers(data) {
        let _ = write!(
            out,
            "<use class=\"river named\" href=\"{}\"><title>{}</title></use>",
            href(&id),
            escape(&name)
        );
    }
    out.push_str("</g>");
    out
}
