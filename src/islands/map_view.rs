//! The map's interaction, an island beside the pre-rendered SVG: pan and zoom by drag, wheel,
//! pinch, keyboard and buttons; layers switched on and off; the county under the pointer or
//! focus named with its project count; and the view (`?v=x,y,width&hide=layers`) in the URL.

use super::map_sheet;
use super::map_state::{
    full_size, hidden_layers, show_layers, svg, view_from_url, write_url, State, View,
};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn info(text: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("map-info"))
    {
        el.set_text_content(Some(text));
    }
}

fn county_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a.county-link")
        .ok()
        .flatten()
}

/// Adds a listener; one closure type for every event keeps the wasm small (handlers cast).
fn listen(el: &web_sys::EventTarget, name: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = el.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Sets everything up once the page is live.
fn start() {
    let Some(svg) = svg() else { return };
    let full = full_size(&svg);
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let hidden = crate::core::maps::view::hidden_layers(&search);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(boxes) = document.query_selector_all(".map-layers input[type=checkbox]") {
            for i in 0..boxes.length() {
                if let Some(b) = boxes
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    b.set_checked(!hidden.contains(&b.value()));
                }
            }
        }
    }
    show_layers(&hidden);
    let view = match view_from_url(full) {
        Ok(view) => view.unwrap_or(View::whole(full)),
        Err(()) => {
            info("链接中的地图视图参数无效，已显示整幅地图。");
            View::whole(full)
        }
    };
    let state = Rc::new(RefCell::new(State {
        svg: svg.clone(),
        full,
        view,
        pointers: Vec::new(),
        moved: 0.0,
        touch: false,
        last_tap: (f64::NEG_INFINITY, 0.0, 0.0),
    }));
    state.borrow_mut().show();
    let _ = svg.set_attribute("data-ready", "true");
    let target: &web_sys::EventTarget = svg.as_ref();
    let s = state.clone();
    listen(target, "wheel", move |ev: web_sys::Event| {
        let Some(e) = ev.dyn_ref::<web_sys::WheelEvent>() else {
            return;
        };
        e.prevent_default();
        let mut st = s.borrow_mut();
        let rect = st.svg.get_bounding_client_rect();
        let (fx, fy) = (
            (f64::from(e.client_x()) - rect.left()) / rect.width(),
            (f64::from(e.client_y()) - rect.top()) / rect.height(),
        );
        st.zoom(if e.delta_y() < 0.0 { 1.25 } else { 0.8 }, fx, fy);
    });
    let s = state.clone();
    listen(target, "pointerdown", move |ev: web_sys::Event| {
        let Some(e) = ev.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        let mut st = s.borrow_mut();
        st.pointers.push((
            e.pointer_id(),
            f64::from(e.client_x()),
            f64::from(e.client_y()),
        ));
        st.moved = 0.0;
        st.touch = e.pointer_type() == "touch";
        if let Some(county) = county_of(e.target()) {
            let name = county.get_attribute("data-name").unwrap_or_default();
            info(&format!(
                "{name}：{} 个项目",
                county.get_attribute("data-count").unwrap_or_default()
            ));
        }
    });
    let s = state.clone();
    listen(target, "pointermove", move |ev: web_sys::Event| {
        let Some(e) = ev.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        let mut st = s.borrow_mut();
        let (id, x, y) = (
            e.pointer_id(),
            f64::from(e.client_x()),
            f64::from(e.client_y()),
        );
        let Some(i) = st.pointers.iter().position(|p| p.0 == id) else {
            if let Some(county) = county_of(e.target()) {
                info(&format!(
                    "{}：{} 个项目",
                    county.get_attribute("data-name").unwrap_or_default(),
                    county.get_attribute("data-count").unwrap_or_default()
                ));
            }
            return;
        };
        let (_, px, py) = st.pointers[i];
        if st.pointers.len() == 2 {
            // Pinch: zoom by the change in distance between the two fingers.
            let other = st.pointers[1 - i];
            let before = (px - other.1).hypot(py - other.2);
            let after = (x - other.1).hypot(y - other.2);
            if before > 0.0 {
                st.zoom(after / before, 0.5, 0.5);
            }
        } else {
            st.moved += (x - px).abs() + (y - py).abs();
            if st.moved > 4.0 {
                st.pan(x - px, y - py);
            }
        }
        st.pointers[i] = (id, x, y);
    });
    for name in ["pointerup", "pointercancel", "pointerleave"] {
        let s = state.clone();
        listen(target, name, move |ev: web_sys::Event| {
            let Some(e) = ev.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            s.borrow_mut().pointers.retain(|p| p.0 != e.pointer_id())
        });
    }
    // A drag is not a click: do not open a county's page at the end of a pan. On a touch
    // screen a tap opens the county's sheet, and a second tap soon after zooms in there.
    let s = state.clone();
    listen(target, "click", move |ev: web_sys::Event| {
        let Some(e) = ev.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let mut st = s.borrow_mut();
        if st.moved > 4.0 {
            e.prevent_default();
            return;
        }
        if !st.touch {
            return;
        }
        e.prevent_default();
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        let now = web_sys::js_sys::Date::now();
        let (then, tx, ty) = st.last_tap;
        if now - then < 350.0 && (x - tx).hypot(y - ty) < 30.0 {
            st.last_tap = (f64::NEG_INFINITY, 0.0, 0.0);
            map_sheet::close();
            let rect = st.svg.get_bounding_client_rect();
            let (fx, fy) = (
                (x - rect.left()) / rect.width(),
                (y - rect.top()) / rect.height(),
            );
            st.zoom(2.0, fx, fy);
            return;
        }
        st.last_tap = (now, x, y);
        match county_of(e.target()) {
            Some(county) => map_sheet::open(&county),
            None => map_sheet::close(),
        }
    });
    if let Some(window) = web_sys::window() {
        let s = state.clone();
        listen(window.as_ref(), "resize", move |_: web_sys::Event| {
            s.borrow_mut().show()
        });
    }
    listen(target, "focusin", |ev: web_sys::Event| {
        let Some(e) = ev.dyn_ref::<web_sys::FocusEvent>() else {
            return;
        };
        if let Some(county) = county_of(e.target()) {
            info(&format!(
                "{}：{} 个项目",
                county.get_attribute("data-name").unwrap_or_default(),
                county.get_attribute("data-count").unwrap_or_default()
            ));
        }
    });
    let s = state.clone();
    listen(target, "keydown", move |ev: web_sys::Event| {
        let Some(e) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let mut st = s.borrow_mut();
        let step = 60.0;
        match e.key().as_str() {
            "ArrowLeft" => st.pan(step, 0.0),
            "ArrowRight" => st.pan(-step, 0.0),
            "ArrowUp" => st.pan(0.0, step),
            "ArrowDown" => st.pan(0.0, -step),
            "+" | "=" => st.zoom(1.25, 0.5, 0.5),
            "-" | "_" => st.zoom(0.8, 0.5, 0.5),
            _ => return,
        }
        e.prevent_default();
    });
    let document = web_sys::window().and_then(|w| w.document());
    for (id, factor) in [
        ("map-zoom-in", 1.25),
        ("map-zoom-out", 0.8),
        ("map-reset", 0.0),
    ] {
        let Some(button) = document.as_ref().and_then(|d| d.get_element_by_id(id)) else {
            continue;
        };
        let s = state.clone();
        listen(button.as_ref(), "click", move |_: web_sys::Event| {
            let mut st = s.borrow_mut();
            if factor == 0.0 {
                st.view = View::whole(st.full);
                st.apply();
            } else {
                st.zoom(factor, 0.5, 0.5);
            }
        });
    }
    if let Some(layers) = document
        .as_ref()
        .and_then(|d| d.query_selector(".map-layers").ok().flatten())
    {
        listen(layers.as_ref(), "change", |_: web_sys::Event| {
            show_layers(&hidden_layers());
            write_url();
        });
    }
}

/// The map's controls: zoom buttons, layer switches and the info line.
#[island]
pub fn MapControls() -> impl IntoView {
    Effect::new(move |_| start());
    view! {
        <div class="map-controls js-only">
            <div class="map-zoom" role="group" aria-label="缩放">
                <button type="button" id="map-zoom-in" aria-label="放大">"+"</button>
                <button type="button" id="map-zoom-out" aria-label="缩小">"−"</button>
                <button type="button" id="map-reset" aria-label="复位">"⟲"</button>
            </div>
            <fieldset class="map-layers">
                <legend>"图层"</legend>
                <label><input type="checkbox" value="figure" checked/>"本图要素"</label>
                <label><input type="checkbox" value="labels" checked/>"地名"</label>
                <label><input type="checkbox" value="water" checked/>"河流湖泊"</label>
                <label><input type="checkbox" value="prefectures" checked/>"市州界"</label>
                <label><input type="checkbox" value="context" checked/>"省界底图"</label>
            </fieldset>
            <p id="map-info" class="map-info" aria-live="polite">"指向或点按县区，查看名称和项目数；点击打开该县区页面。"</p>
            <div id="map-sheet" class="map-sheet" role="dialog" aria-labelledby="map-sheet-title" hidden>
                // `boot.js` fills each `data-sheet="x"` with the county link's `data-x`.
                <p id="map-sheet-title" class="map-sheet-title" data-sheet="name"></p>
                <p id="map-sheet-counts">"本地项目 "<span data-sheet="count"></span>" 个 · 所属市州的项目 "<span data-sheet="inherited"></span>" 个"</p>
                <a id="map-sheet-link" class="map-sheet-link" href=crate::core::routes::Route::Places.href()>"打开县区页面 →"</a>
                <button type="button" class="map-sheet-close" aria-label="关闭">"×"</button>
            </div>
        </div>
    }
}
