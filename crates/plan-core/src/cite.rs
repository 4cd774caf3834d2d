//! Citing the plan: a GB/T 7714-2015 reference to the document with the permalink of the
//! paragraph, box item or goal cited, and the source line that goes with a quoted passage.
//! Shown as a `<details>` under each citable element, so it works without JavaScript; the
//! page's script only adds copy buttons and today's date.

use super::content::{Meta, Plan};
use super::html::escape;
use super::reference::reference;
use std::fmt::Write;

/// Where the page being rendered lives and when it is cited, for permalinks and references.
#[derive(Debug, Clone, Default)]
pub struct CitePage {
    /// The page's absolute URL (`https://…/c6/s1/`).
    pub url: String,
    /// The date of citing, `YYYY-MM-DD` (the build date; the page's script puts today's).
    pub cited_on: String,
}

/// `2018年2月` → `2018-02`; any other form as written.
fn issued(meta: &Meta) -> String {
    let digits: Vec<String> = meta
        .date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    match digits.as_slice() {
        [year, month] => format!("{year}-{month:0>2}"),
        [year, month, day] => format!("{year}-{month:0>2}-{day:0>2}"),
        _ => meta.date.clone(),
    }
}

/// The GB/T 7714-2015 reference of the plan, an online official document (`[Z/OL]`), with
/// `url` as its access path.
pub fn gbt7714(meta: &Meta, url: &str, cited_on: &str) -> String {
    format!(
        "{}. {}[Z/OL]. ({})[{cited_on}]. {url}.",
        meta.issuers.join(", "),
        meta.title,
        issued(meta)
    )
}

/// The line that follows a quoted passage: `——《…》第六章 第一节 第2段，<url>`.
pub fn source_line(plan: &Plan, id: &str, url: &str) -> String {
    let words = reference(plan, id).unwrap_or_default();
    format!("——《{}》{words}，{url}", plan.meta.title)
}

/// The `<details>` with the reference and source line of element `id` on `page`.
pub fn cite_html(out: &mut String, plan: &Plan, page: &CitePage, id: &str) {
    let url = format!("{}#{id}", page.url);
    let reference = escape(&gbt7714(&plan.meta, &url, &page.cited_on)).replacen(
        &format!("[{}]", page.cited_on),
        &format!("[<span class=\"cite-date\">{}</span>]", page.cited_on),
        1,
    );
    let _ = write!(
        out,
        "<details class=\"cite\"><summary>引用</summary><p class=\"cite-ref\">{reference}</p>\
         <p class=\"cite-source\">{}</p><p class=\"cite-actions\">\
         <button type=\"button\" data-copy=\"ref\">复制引用</button>\
         <button type=\"button\" data-copy=\"quote\" data-of=\"{id}\">复制本段</button></p></details>",
        escape(&source_line(plan, id, &url))
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::plan;

    #[test]
    fn a_reference_names_the_issuers_title_type_date_and_permalink() {
        let Ok(plan) = plan() else {
            panic!("the plan loads")
        };
        let reference = gbt7714(&plan.meta, "https://example.org/c6/s1/#p", "2026-11-29");
        let issuers = plan.meta.issuers.join(", ");
        assert!(reference.starts_with(&format!("{issuers}. {}[Z/OL]. (", plan.meta.title)));
        assert!(reference.ends_with(")[2026-11-29]. https://example.org/c6/s1/#p."));
        let mut html = String::new();
        let page = CitePage {
            url: "https://example.org/c6/s1/".into(),
            cited_on: "2026-11-29".into(),
        };
        // The first section of the pack, whichever pack is built.
        let Some(section) = plan.chapters.iter().find_map(|c| c.sections.first()) else {
            panic!("the pack has a section")
        };
        let id = section.id.clone() + "p1";
        cite_html(&mut html, plan, &page, &id);
        assert!(html.contains(&format!("https://example.org/c6/s1/#{id}")));
        assert!(html.contains("<span class=\"cite-date\">2026-11-29</span>"));
    }
}
