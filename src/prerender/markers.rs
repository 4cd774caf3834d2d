//! Leptos marks where the dynamic parts of a view begin and end with empty comments (`<!>`),
//! for hydration to find them. With islands only an island's own markup hydrates, so the
//! markers outside every island are dead weight on each page; they are taken out.

const ISLAND_OPEN: &str = "<leptos-island";
const ISLAND_CLOSE: &str = "</leptos-island>";
const MARKER: &str = "<!>";

/// `html` without the hydration markers outside islands (those inside are kept).
pub fn without_static_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with(MARKER) && depth == 0 {
            rest = &rest[MARKER.len()..];
            continue;
        }
        if rest.starts_with(ISLAND_OPEN) {
            depth += 1;
        } else if rest.starts_with(ISLAND_CLOSE) {
            depth = depth.saturating_sub(1);
        }
        out.push('<');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_outside_islands_go_and_those_inside_stay() {
        let html = "<p>a<!>b</p><leptos-island data-component=\"X\"><b><!>c</b></leptos-island><!><i>d</i>";
        assert_eq!(
            without_static_markers(html),
            "<p>ab</p><leptos-island data-component=\"X\"><b><!>c</b></leptos-island><i>d</i>"
        );
        assert_eq!(
            without_static_markers("a < b <!-- c -->"),
            "a < b <!-- c -->"
        );
    }
}
