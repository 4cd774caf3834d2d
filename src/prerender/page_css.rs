//! A page's own rules of the site's stylesheet, carried in its `<style>`: the search page's.
//!
//! Why: a shared search link's first result waits for the search's wasm, the last of the files
//! the page's head asks for, and those files share the line. The stylesheet was one of them
//! (5.9 KB brotli), and `boot.js`, a blocking script, waited for it before the page's body was
//! read. Carried in the page, the search page's rules (2.2 KB brotli) arrive with it. Measured
//! on the bench's phone profile (`bench/first_result.py`'s observer, medians of 9 interleaved
//! runs per query, with `boot.js` starting the engine from the head): the first result
//! 656–693 ms → 610–622 ms over the four queries of issue 25, 429–444 → 385–394 ms counted
//! from the first request. The site holds these rules once more (599.3 KB of its 600).
//!
//! Which rules: one is kept when, for one of its selectors, every class and id that selector
//! requires is given to an element by what can be on the page (its HTML, the script that adds
//! classes, the search's wasm that writes the results), so nothing is listed by hand here.

use std::collections::BTreeSet;

/// The rules of `stylesheet` that can apply to a page made of `sources`, comments dropped and
/// runs of white space made one space.
pub fn rules_for(stylesheet: &str, sources: &[&[u8]]) -> String {
    let mut names = BTreeSet::new();
    for source in sources {
        names_in(&String::from_utf8_lossy(source), &mut names);
    }
    let css = without_comments(stylesheet);
    kept(&css, &|name: &str| names.contains(name))
}

/// The classes and ids `source` gives elements: in `class="…"` and `id="…"` (as HTML, or
/// written inside a string, `class=\"…\"`), and what a script sets with `className = "…"`
/// or `classList.add("…")`. A name met elsewhere (a link's `/projects/`, a selector a script
/// looks for) gives nothing.
fn names_in(source: &str, names: &mut BTreeSet<String>) {
    let attributes = [
        "class=",
        "id=",
        "className=",
        "className =",
        "classList.add(",
    ];
    for attribute in attributes {
        for (at, _) in source.match_indices(attribute) {
            let before = source[..at].chars().next_back();
            if before.is_some_and(is_name_char) {
                continue; // `data-id=`, `grid=`: another attribute
            }
            let rest = source[at + attribute.len()..].trim_start_matches(['\\', ' ']);
            let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
                continue;
            };
            let value = rest[1..].split([quote, '\\']).next().unwrap_or("");
            names.extend(value.split_whitespace().map(str::to_string));
        }
    }
}

/// `css` with its `/* … */` comments taken out.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The rules and at-rules of a list of them that can apply; `@media` and `@supports` blocks
/// are filtered in turn and dropped when nothing in them is left, other at-rules are kept.
fn kept(css: &str, used: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut rest = css.trim_start();
    while !rest.is_empty() {
        let head_end = rest.find(['{', ';']).unwrap_or(rest.len());
        let head = squeezed(&rest[..head_end]);
        if rest[head_end..].starts_with(';') || head_end == rest.len() {
            // A statement (`@import …;`) or a stray end: kept as it is.
            out.push_str(&head);
            out.push(';');
            rest = rest.get(head_end + 1..).unwrap_or("").trim_start();
            continue;
        }
        let body_end = block_end(rest, head_end);
        let body = &rest[head_end + 1..body_end.min(rest.len())];
        rest = rest.get(body_end + 1..).unwrap_or("").trim_start();
        if head.starts_with("@media") || head.starts_with("@supports") {
            let inner = kept(body, used);
            if !inner.is_empty() {
                out.push_str(&format!("{head}{{{inner}}}"));
            }
        } else if head.starts_with('@') || head.split(',').any(|s| applies(s, used)) {
            out.push_str(&format!("{head}{{{}}}", squeezed(body)));
        }
    }
    out
}

/// Where the block opened at `open` closes (nested blocks counted).
fn block_end(css: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (at, c) in css.char_indices().skip_while(|(at, _)| *at < open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    css.len()
}

/// Whether a selector can match: every class and id it requires is used. Names inside
/// `[…]` or `(…)` (`:not(.x)`, attribute values) require nothing.
fn applies(selector: &str, used: &dyn Fn(&str) -> bool) -> bool {
    let mut depth = 0i32;
    for (at, c) in selector.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            '.' | '#' if depth == 0 => {
                let name: String = selector[at + 1..]
                    .chars()
                    .take_while(|c| is_name_char(*c))
                    .collect();
                if !name.is_empty() && !used(&name) {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// A character of a CSS class or id as this site writes them.
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Runs of white space as one space, none at the ends.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = "/* The site. */\n:root { --ink: #222; }\nbody { margin: 0; }\n\
        .search-page h1 { font-size: 2rem; }\n.map-frame, .search-group li { padding: 1px; }\n\
        .map-frame { fill: none; }\n#search-q { width: 100%; }\n.has-script .js-only { display: block; }\n\
        .site-nav a:not(.current) { color: red; }\n[data-theme=\"dark\"] .site-name { color: white; }\n\
        @media (max-width: 40rem) {\n  .map-frame { height: 1px; }\n}\n\
        @media (prefers-color-scheme: dark) {\n  :root { --ink: #eee; }\n  .goal-card { color: red; }\n}\n\
        @page { size: A4; }\n";

    #[test]
    fn a_page_keeps_the_rules_that_can_apply_to_it_and_drops_the_rest() {
        let html = b"<main class=\"page search-page\"><input id=\"search-q\"><nav class=\"site-nav\"><a class=\"site-name\">";
        let boot = b"root.classList.add(\"has-script\"); x.className = \"js-only\"";
        let wasm = b"\0\0<section class=\\\"search-group\\\">";
        let css = rules_for(SHEET, &[html, boot, wasm]);
        let table = [
            (":root{--ink: #222;}", true, "no class: for every page"),
            ("body{margin: 0;}", true, "an element"),
            (".search-page h1{", true, "a class in the HTML"),
            (
                ".map-frame, .search-group li{",
                true,
                "one selector of the list can apply",
            ),
            (".map-frame{fill", false, "a class on no part of this page"),
            ("#search-q{", true, "an id in the HTML"),
            (".has-script .js-only{", true, "classes a script adds"),
            (
                ".site-nav a:not(.current){",
                true,
                "a class inside :not() is not required",
            ),
            (
                "[data-theme=\"dark\"] .site-name{",
                true,
                "attributes are not filtered",
            ),
            (
                "@media (max-width: 40rem)",
                false,
                "a block with nothing left",
            ),
            (
                "@media (prefers-color-scheme: dark){:root{--ink: #eee;}}",
                true,
                "a block with part left",
            ),
            (".goal-card", false, "inside a block kept"),
            ("@page{size: A4;}", true, "other at-rules"),
            ("The site.", false, "comments"),
        ];
        for (rule, kept, why) in table {
            assert_eq!(css.contains(rule), kept, "{why}: {rule} in {css}");
        }
    }

    #[test]
    fn a_name_counts_only_where_an_element_is_given_it() {
        let table: [(&str, &[&str], &str); 7] = [
            (
                "<p class=\"search-count hint\">",
                &["search-count", "hint"],
                "an HTML class list",
            ),
            (
                "<input id='search-q'>",
                &["search-q"],
                "an id, single-quoted",
            ),
            (
                "\"<p class=\\\"search-empty\\\">\"",
                &["search-empty"],
                "written inside a string",
            ),
            (
                "root.classList.add(\"has-script\"); keys.className=\"shortcuts\"",
                &["has-script", "shortcuts"],
                "set by a script",
            ),
            ("<a href=\"/projects/\">", &[], "a path is not a class"),
            (
                "querySelector(\".map-frame a.county-link\")",
                &[],
                "what a script looks for",
            ),
            (
                "<g data-id=\"620100\" grid=\"a\">",
                &[],
                "other attributes ending in id",
            ),
        ];
        for (source, expected, why) in table {
            let mut names = BTreeSet::new();
            names_in(source, &mut names);
            let expected: BTreeSet<String> = expected.iter().map(|n| n.to_string()).collect();
            assert_eq!(names, expected, "{why}: {source}");
        }
    }
}
