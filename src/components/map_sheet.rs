//! The sheet a tap on a county opens on a touch screen: its name, its own projects and those
//! of its city, and a link to its page — instead of leaving the map at the first touch.

/// Shows the sheet for the county link `county`.
pub(super) fn open(county: &web_sys::Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let attr = |name: &str| county.get_attribute(name).unwrap_or_default();
    let Some(sheet) = document.get_element_by_id("map-sheet") else {
        return;
    };
    let set = |id: &str, text: &str| {
        if let Some(el) = document.get_element_by_id(id) {
            el.set_text_content(Some(text));
        }
    };
    set("map-sheet-title", &attr("data-name"));
    set(
        "map-sheet-counts",
        &format!(
            "本地项目 {} 个 · 所属市州的项目 {} 个",
            attr("data-count"),
            attr("data-inherited")
        ),
    );
    if let Some(link) = document.get_element_by_id("map-sheet-link") {
        let _ = link.set_attribute("href", &attr("href"));
    }
    let _ = sheet.remove_attribute("hidden");
}

/// Hides the sheet.
pub(super) fn close() {
    if let Some(sheet) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("map-sheet"))
    {
        let _ = sheet.set_attribute("hidden", "");
    }
}
