//! Search results as HTML: grouped by chapter and section (groups ordered by their best hit),
//! each hit a link to its paragraph with the match marked in a snippet.

use super::{Hit, Results, SearchIndex};
use crate::html::escape;
use crate::url::encode_component;
use std::fmt::Write;

/// The link a hit opens: its page, the query to highlight, and its anchor.
pub fn hit_href(hit: &Hit<'_>, query: &str) -> String {
    format!(
        "{}?hl={}#{}",
        hit.doc.href,
        encode_component(query),
        hit.doc.anchor
    )
}

/// A snippet as HTML, matches in `<mark>`.
pub fn snippet_html(out: &mut String, snippet: &crate::snippet::Snippet) {
    if snippet.cut.0 {
        out.push('…');
    }
    for segment in &snippet.segments {
        if segment.mark {
            let _ = write!(out, "<mark>{}</mark>", escape(&segment.text));
        } else {
            out.push_str(&escape(&segment.text));
        }
    }
    if snippet.cut.1 {
        out.push('…');
    }
}

/// The results list, led by the pages of the places the query names; when the text has no
/// match, what to try.
pub fn results_html(index: &SearchIndex, results: &Results<'_>, query: &str) -> String {
    let mut out = String::with_capacity(16 * 1024);
    if query.trim().is_empty() {
        return out;
    }
    let places = &index.place_cards_html(query);
    if results.hits.is_empty() && !places.is_empty() {
        out.push_str(places);
        let _ = write!(
            out,
            "<p class=\"search-empty\">原文里没有“{}”这几个字；上面地方的页面列出规划中与它有关的项目和段落。</p>",
            escape(query.trim())
        );
        return out;
    }
    if results.hits.is_empty() {
        let _ = write!(
            out,
            "<p class=\"search-empty\">没有找到“{}”。</p>",
            escape(query.trim())
        );
        let suggestions = index.suggestions(query);
        if !suggestions.is_empty() {
            out.push_str("<p class=\"search-suggest\">试试：");
            for (text, count) in suggestions {
                let _ = write!(
                    out,
                    "<a href=\"{}\">{}</a><span class=\"count\">（{count}）</span> ",
                    crate::routes::Route::search_href(&text),
                    escape(&text)
                );
            }
            out.push_str("</p>");
        }
        return out;
    }
    let mut groups: Vec<(&str, Vec<&Hit<'_>>)> = Vec::new();
    for hit in &results.hits {
        let group = index.trail(hit.doc.group);
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, hits)) => hits.push(hit),
            None => groups.push((group, vec![hit])),
        }
    }
    let _ = write!(
        out,
        "<p class=\"search-count\">找到 {} 处，分在 {} 个章节。</p>",
        results.hits.len(),
        groups.len()
    );
    let also: Vec<&str> = results
        .terms
        .iter()
        .flat_map(|alternatives| alternatives.iter().skip(1).map(String::as_str))
        .collect();
    if !also.is_empty() {
        let _ = write!(
            out,
            "<p class=\"search-also\">也搜索了 {}</p>",
            escape(&also.join("、"))
        );
    }
    out.push_str(places);
    for (group, hits) in groups {
        let _ = write!(
            out,
            "<section class=\"search-group\"><h2>{}</h2><ol>",
            escape(group)
        );
        for hit in hits {
            let _ = write!(
                out,
                "<li><a href=\"{}\"><span class=\"trail\">{}</span><span class=\"snippet\">",
                hit_href(hit, query),
                escape(index.trail(hit.doc.trail))
            );
            snippet_html(&mut out, &hit.snippet);
            out.push_str("</span></a></li>");
        }
        out.push_str("</ol></section>");
    }
    out
}
