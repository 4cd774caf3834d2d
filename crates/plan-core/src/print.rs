//! The whole plan as one page for printing (`/print/`): title, contents linking within the
//! page, preamble, and every chapter with its sections, boxes and figures.

use super::html::{escape, heading};
use super::render::{blocks, TextPage};
use std::fmt::Write;

/// The whole plan on one page: title, contents (linking within the page), preamble, and
/// each chapter with its sections, boxes and figures.
pub fn print_html(page: &TextPage) -> String {
    let plan = page.plan;
    let mut out = String::with_capacity(256 * 1024);
    let _ = write!(
        out,
        "<header class=\"print-title\"><h1>{}</h1><p>{}</p><p>{}</p></header><nav class=\"print-toc\" aria-labelledby=\"print-toc-title\"><h2 id=\"print-toc-title\">目录</h2><ol>",
        escape(&plan.meta.title),
        escape(&plan.meta.issuers.join("　")),
        escape(&plan.meta.date)
    );
    for ch in &plan.chapters {
        let _ = write!(
            out,
            "<li><a href=\"#{}\">{} {}</a><ol>",
            ch.id,
            ch.heading,
            escape(&ch.title)
        );
        for sec in &ch.sections {
            let _ = write!(
                out,
                "<li><a href=\"#{}\">{} {}</a></li>",
                sec.id,
                sec.heading,
                escape(&sec.title)
            );
        }
        out.push_str("</ol></li>");
    }
    out.push_str("</ol></nav><section class=\"print-preamble\">");
    blocks(&mut out, page, &plan.preamble, 3);
    out.push_str("</section>");
    for ch in &plan.chapters {
        let _ = write!(
            out,
            "<section class=\"print-chapter\" aria-labelledby=\"{}\">",
            ch.id
        );
        heading(&mut out, "h2", &ch.id, &ch.heading, &ch.title, None);
        blocks(&mut out, page, &ch.intro, 3);
        for sec in &ch.sections {
            let _ = write!(out, "<section aria-labelledby=\"{}\">", sec.id);
            heading(&mut out, "h3", &sec.id, &sec.heading, &sec.title, None);
            blocks(&mut out, page, &sec.blocks, 4);
            out.push_str("</section>");
        }
        out.push_str("</section>");
    }
    out
}
