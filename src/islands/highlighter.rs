//! Marks a search match on a reader page: a result link carries the query (`?hl=`) and the
//! paragraph (`#id`); this island wraps each occurrence in that paragraph in `<mark>`, using
//! the search's own folding so that what matched there is what is marked here.

use crate::core::search::highlight::highlight_ranges;
use crate::core::url::search_query;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Text nodes under `node`, in order, leaving out the paragraph's own `¶` link.
fn text_nodes(node: &web_sys::Node, out: &mut Vec<web_sys::Text>) {
    if let Some(el) = node.dyn_ref::<web_sys::Element>() {
        if el.class_list().contains("anchor") {
            return;
        }
    }
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.dyn_into::<web_sys::Text>() {
            Ok(text) => out.push(text),
            Err(other) => text_nodes(&other, out),
        }
    }
}

fn utf16_len(s: &str) -> u32 {
    u32::try_from(s.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// Wraps every occurrence of the query's terms under `root` in `<mark class="hl">`.
fn mark(document: &web_sys::Document, root: &web_sys::Element, query: &str) -> usize {
    let mut nodes = Vec::new();
    text_nodes(root, &mut nodes);
    let texts: Vec<String> = nodes.iter().map(|n| n.data()).collect();
    let mut starts = Vec::with_capacity(texts.len());
    let mut joined = String::new();
    for t in &texts {
        starts.push(joined.len());
        joined.push_str(t);
    }
    let ranges = highlight_ranges(&joined, query);
    // From the last match back, so earlier offsets stay valid while nodes are split.
    for &(start, end) in ranges.iter().rev() {
        for (k, node) in nodes.iter().enumerate().rev() {
            let (node_start, node_end) = (starts[k], starts[k] + texts[k].len());
            let (s, e) = (start.max(node_start), end.min(node_end));
            if s >= e {
                continue;
            }
            let text = &texts[k];
            let (ls, le) = (s - node_start, e - node_start);
            let Ok(middle) = node.split_text(utf16_len(&text[..ls])) else {
                continue;
            };
            let _ = middle.split_text(utf16_len(&text[ls..le]));
            if let (Ok(mark), Some(parent)) =
                (document.create_element("mark"), middle.parent_node())
            {
                mark.set_class_name("hl");
                let _ = parent.replace_child(&mark, &middle);
                let _ = mark.append_child(&middle);
            }
        }
    }
    ranges.len()
}

/// Renders nothing; after hydration marks `?hl=` in the `#paragraph` (or the whole text).
#[island]
pub fn Highlighter() -> impl IntoView {
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let query = search_query(&location.search().unwrap_or_default(), "hl");
        let Some(document) = window.document() else {
            return;
        };
        if query.is_empty() {
            return;
        }
        let id = location
            .hash()
            .unwrap_or_default()
            .trim_start_matches('#')
            .to_string();
        let target = (!id.is_empty())
            .then(|| document.get_element_by_id(&id))
            .flatten()
            .or_else(|| document.query_selector("article").ok().flatten());
        if let Some(target) = target {
            let found = mark(&document, &target, &query);
            let _ = target.set_attribute("data-highlighted", &found.to_string());
        }
    });
    view! { <span class="highlighter" hidden></span> }
}
