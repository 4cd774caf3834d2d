//! The plan's text as HTML: paragraphs with their bold leads and anchors, boxes as panels
//! (box 5 as a table), figure captions, and the contents. Pure string building, used by the
//! views through `inner_html`, so the static text costs no view code in the browser and
//! hydrates without being re-drawn.

use super::cite::{cite_html, CitePage};
use super::content::{
    Block, BoxContent, BoxItem, Chapter, Figure, Paragraph, Plan, PlanBox, RowCell, Section,
};
use super::html::{escape, heading};
use super::routes::{Route, BASE};
use std::fmt::Write;

/// What the text's HTML needs beside its blocks: the plan (for references), the page it
/// stands on (for each element's citation and permalink), and how figures load.
pub struct TextPage<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The page's URL and the date of citing.
    pub cite: CitePage,
    /// Figures load at once (the print page) rather than when scrolled near.
    pub eager_figures: bool,
    /// The figures' height when 1000 wide (all share the map's projection).
    pub figure_height: u32,
}

fn lead_and_body(out: &mut String, lead: Option<&str>, body: &str) {
    if let Some(lead) = lead {
        let _ = write!(out, "<strong class=\"lead\">{}</strong>", escape(lead));
    }
    out.push_str(&escape(body));
}

/// A paragraph: `<p id>` with its lead in bold and a link to itself, then how to cite it.
pub fn paragraph(out: &mut String, page: &TextPage, p: &Paragraph) {
    let _ = write!(out, "<p id=\"{id}\" class=\"para\">", id = p.id);
    lead_and_body(out, p.lead.as_deref(), &p.body);
    let _ = write!(
        out,
        "<a class=\"anchor\" href=\"#{id}\" aria-label=\"本段链接\">¶</a></p>",
        id = p.id
    );
    cite_html(out, page.plan, &page.cite, &p.id);
}

fn box_item(out: &mut String, page: &TextPage, item: &BoxItem) {
    let _ = write!(out, "<p id=\"{}\" class=\"box-item\">", item.id);
    lead_and_body(out, item.lead.as_deref(), &item.body);
    out.push_str("</p>");
    cite_html(out, page.plan, &page.cite, &item.id);
}

/// A box as an `<aside>` panel; box 1 as a list of groups, box 5 as a table. `level` is its
/// heading's (one below the heading it stands under).
pub fn plan_box(out: &mut String, page: &TextPage, b: &PlanBox, level: u8) {
    let _ = write!(
        out,
        "<aside id=\"{id}\" class=\"plan-box\" aria-labelledby=\"{id}-title\"><h{level} id=\"{id}-title\"><span class=\"num\">{label}</span> {title}<a class=\"anchor\" href=\"#{id}\" aria-label=\"本专栏链接\">¶</a></h{level}>",
        id = b.id,
        label = b.label(),
        title = escape(&b.title)
    );
    match &b.content {
        BoxContent::Items(items) => items.iter().for_each(|item| box_item(out, page, item)),
        BoxContent::Groups(groups) => {
            out.push_str("<dl class=\"box-groups\">");
            for g in groups {
                let _ = write!(
                    out,
                    "<div id=\"{}\"><dt>{}</dt><dd>{}</dd></div>",
                    g.id,
                    escape(&g.name),
                    escape(&g.text)
                );
            }
            out.push_str("</dl>");
        }
        BoxContent::Table(rows) => {
            out.push_str("<table class=\"box-table\"><tbody>");
            for row in rows {
                let _ = write!(
                    out,
                    "<tr id=\"{}\"><th scope=\"row\">{}</th><td>",
                    row.id,
                    escape(&row.label)
                );
                match &row.cell {
                    RowCell::Text(text) => out.push_str(&escape(text)),
                    RowCell::Items(items) => {
                        items.iter().for_each(|item| box_item(out, page, item))
                    }
                }
                out.push_str("</td></tr>");
            }
            out.push_str("</tbody></table>");
        }
    }
    out.push_str("</aside>");
}

/// A figure where its caption stands: the redrawn map as static images (its size set, so
/// nothing shifts when they load), linked to the interactive map: the region's base image at
/// a figure's detail, shared by the five and cached once, and the figure's own elements over it.
pub fn figure(out: &mut String, page: &TextPage, f: &Figure) {
    let map = Route::Map(f.number).href();
    let height = page.figure_height;
    let loading = if page.eager_figures { "eager" } else { "lazy" };
    let base_image = super::maps::shared::FIGURE_BASE;
    let _ = write!(
        out,
        "<figure id=\"{id}\" class=\"plan-figure\"><a class=\"figure-image\" href=\"{map}\">\
         <img src=\"{BASE}/{base_image}\" width=\"1000\" height=\"{height}\" loading=\"{loading}\" decoding=\"async\" alt=\"\">\
         <img class=\"figure-overlay\" src=\"{BASE}/map/{n}/figure.svg\" width=\"1000\" height=\"{height}\" loading=\"{loading}\" decoding=\"async\" \
         alt=\"{label} {caption}：依规划原文在真实边界上重绘的示意图，点击打开可缩放的地图\"></a>\
         <figcaption><span class=\"num\">{label}</span> {caption}<span class=\"note\">（原图未随文本提供，此为依原文重绘；<a href=\"{map}\">打开可缩放的地图</a>）</span><a class=\"anchor\" href=\"#{id}\" aria-label=\"本图链接\">¶</a></figcaption></figure>",
        n = f.number,
        id = f.id,
        label = f.label(),
        caption = escape(&f.caption)
    );
}

/// Blocks in order; boxes get headings of `box_level`.
pub fn blocks(out: &mut String, page: &TextPage, blocks: &[Block], box_level: u8) {
    for block in blocks {
        match block {
            Block::Paragraph(p) => paragraph(out, page, p),
            Block::Box(b) => plan_box(out, page, b, box_level),
            Block::Figure(f) => figure(out, page, f),
        }
    }
}

/// A chapter page: heading, the chapter's own text, and its sections as an outline linked
/// to their pages.
pub fn chapter_html(page: &TextPage, ch: &Chapter) -> String {
    let mut out = String::with_capacity(8 * 1024);
    heading(&mut out, "h1", &ch.id, &ch.heading, &ch.title, None);
    blocks(&mut out, page, &ch.intro, 2);
    out.push_str(&super::outline::sections_outline(ch));
    out
}

/// One section under the name of its chapter.
pub fn section_html(page: &TextPage, ch: &Chapter, sec: &Section) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let _ = write!(
        out,
        "<p class=\"chapter-name\"><a href=\"{}\">{} {}</a></p>",
        Route::Chapter(ch.number).href(),
        ch.heading,
        escape(&ch.title)
    );
    heading(&mut out, "h1", &sec.id, &sec.heading, &sec.title, None);
    blocks(&mut out, page, &sec.blocks, 2);
    out
}

/// The contents as nested lists: every chapter with its sections, or, beside a chapter's text
/// (`current`, marked with `aria-current`), every chapter and that chapter's sections only,
/// so the nine chapters' thirty-odd links are not repeated on every page.
pub fn contents_html(plan: &Plan, current: Option<Route>) -> String {
    let open = match current {
        Some(Route::Chapter(n) | Route::Section(n, _)) => Some(n),
        _ => None,
    };
    let mut out = String::with_capacity(8 * 1024);
    let link = |out: &mut String, route: Route, num: &str, title: &str| {
        let mark = if current == Some(route) {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<a href=\"{}\"{mark}><span class=\"num\">{num}</span> {}</a>",
            route.href(),
            escape(title)
        );
    };
    for ch in &plan.chapters {
        out.push_str("<li>");
        link(&mut out, Route::Chapter(ch.number), &ch.heading, &ch.title);
        if current.is_some() && open != Some(ch.number) {
            out.push_str("</li>");
            continue;
        }
        out.push_str("<ol>");
        for sec in &ch.sections {
            out.push_str("<li>");
            link(
                &mut out,
                Route::Section(ch.number, sec.number),
                &sec.heading,
                &sec.title,
            );
            out.push_str("</li>");
        }
        out.push_str("</ol></li>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contents_beside_a_section_lists_every_chapter_and_only_its_own_sections() {
        let Ok(plan) = crate::pack::plan() else {
            panic!("the plan loads")
        };
        // A chapter with sections, and another chapter beside it, in whichever pack is built.
        let Some((ch, sec)) = plan
            .chapters
            .iter()
            .rev()
            .find_map(|c| c.sections.first().map(|s| (c, s)))
        else {
            panic!("the pack has a section")
        };
        assert!(plan.chapters.len() > 1, "another chapter to leave out");
        let beside = contents_html(plan, Some(Route::Section(ch.number, sec.number)));
        let whole = contents_html(plan, None);
        for c in &plan.chapters {
            assert!(beside.contains(&format!("href=\"{}\"", Route::Chapter(c.number).href())));
            for s in &c.sections {
                let href = format!("href=\"{}\"", Route::Section(c.number, s.number).href());
                assert!(whole.contains(&href));
                assert_eq!(beside.contains(&href), c.number == ch.number, "{href}");
            }
        }
        assert!(beside.contains("aria-current=\"page\""));
    }

    #[test]
    fn text_is_escaped_so_markup_in_content_cannot_inject_html() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        let mut out = String::new();
        let Ok(plan) = crate::pack::plan() else {
            panic!("the plan loads")
        };
        let page = TextPage {
            plan,
            cite: CitePage::default(),
            eager_figures: false,
            figure_height: 800,
        };
        paragraph(
            &mut out,
            &page,
            &Paragraph {
                id: "x".into(),
                lead: Some("<b>".into()),
                body: "a<i>".into(),
            },
        );
        assert!(
            out.contains("<strong class=\"lead\">&lt;b&gt;</strong>a&lt;i&gt;"),
            "{out}"
        );
    }
}
