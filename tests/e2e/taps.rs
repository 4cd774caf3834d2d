//! Every county on every map takes a tap on a phone and opens its sheet: the tap lands where
//! the browser's own hit-testing puts it (the topmost element under the finger), so a
//! metropolitan circle, a zone, a corridor, a border or a river drawn over a county must let
//! it through. As opened, and zoomed ×4 on urban 兰州 and 西宁, where the circles lie.

use crate::support::{open, run, wake_map, with_browser, Options};
use fantoccini::Client;

const PHONE: Options = Options {
    size: (390, 844),
    javascript: true,
    dark: false,
    phone: true,
};

/// Finds, for each county shown (every one, or those whose middle is on screen), a point where
/// the county is the topmost element, and taps it there; returns the counties tapped and the
/// failures (covered: drawn there but never topmost; no sheet: tapped but no sheet named it).
const TAP_ALL: &str = r#"
const [mode, done] = arguments;
const svg = document.querySelector('svg.plan-map');
const sheet = document.getElementById('map-sheet');
const sleep = ms => new Promise(r => setTimeout(r, ms));
const inMap = e => e && svg.contains(e);
const pointOf = a => {
  const frame = svg.getBoundingClientRect();
  const r = a.querySelector('.county').getBoundingClientRect();
  const x0 = Math.max(r.left, frame.left, 0), x1 = Math.min(r.right, frame.right, innerWidth);
  const y0 = Math.max(r.top, frame.top, 0), y1 = Math.min(r.bottom, frame.bottom, innerHeight);
  if (mode === 'middle') {
    const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
    if (cx < frame.left || cx > frame.right || cy < frame.top || cy > frame.bottom) return null;
  }
  if (x1 - x0 < 1 || y1 - y0 < 1) return mode === 'all' ? 'off screen' : null;
  let seen = false;
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
    const x = x0 + (x1 - x0) * i / 12, y = y0 + (y1 - y0) * j / 12;
    const stack = document.elementsFromPoint(x, y);
    if (!inMap(stack[0])) continue;
    if (!stack.some(e => e.closest && e.closest('a.county-link') === a)) continue;
    seen = true;
    if (stack[0].closest && stack[0].closest('a.county-link') === a) return { x, y, top: stack[0] };
  }
  return seen ? 'covered' : (mode === 'all' ? 'not found' : null);
};
(async () => {
  const failures = [], tapped = [], found = [];
  for (const a of svg.querySelectorAll('a.county-link')) {
    const p = pointOf(a);
    if (p === null) continue;
    if (typeof p === 'string') failures.push(`${a.dataset.name}: ${p}`);
    else found.push([a, p]);
  }
  // West to east, alternating between the two halves, so that two taps in a row lie far apart
  // (two taps close together zoom in); wait out the double tap only where they do not.
  found.sort((u, v) => u[1].x - v[1].x);
  const half = Math.ceil(found.length / 2), order = [];
  for (let i = 0; i < half; i++) order.push(found[i], found[i + half]);
  let last = { x: -999, y: -999 };
  for (const [a, p] of order.filter(Boolean)) {
    if (Math.hypot(p.x - last.x, p.y - last.y) < 40) await sleep(400);
    tap(p);
    last = p;
    const title = document.getElementById('map-sheet-title').textContent;
    if (sheet.hidden || title !== a.dataset.name) failures.push(`${a.dataset.name}: no sheet (${title})`);
    else tapped.push(a.dataset.adcode);
    sheet.setAttribute('hidden', '');
  }
  done({ tapped, failures });
})();
"#;

/// A finger's tap where the browser's hit-testing puts it: `p.top` at `p.x, p.y`.
const TAP: &str = r#"
const tap = p => {
  const o = { bubbles: true, cancelable: true, pointerId: 9, pointerType: 'touch', isPrimary: true, clientX: p.x, clientY: p.y };
  p.top.dispatchEvent(new PointerEvent('pointerdown', o));
  p.top.dispatchEvent(new PointerEvent('pointerup', o));
  p.top.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: p.x, clientY: p.y }));
};
"#;

/// Zooms ×4 on a county by two double taps in its middle.
const ZOOM_ON: &str = r#"
const [adcode, done] = arguments;
const svg = document.querySelector('svg.plan-map');
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  for (let k = 0; k < 2; k++) {
    const r = svg.querySelector(`a.county-link[data-adcode='${adcode}'] .county`).getBoundingClientRect();
    const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    const top = document.elementFromPoint(x, y) || svg;
    for (let t = 0; t < 2; t++) {
      tap({ x, y, top });
      await sleep(60);
    }
    await sleep(450);
  }
  done(svg.getAttribute('viewBox'));
})();
"#;

/// Opens map `n` with its controls live, the map in the middle of the screen.
async fn open_map(client: &Client, n: u8) {
    open(client, &format!("/map/{n}/")).await;
    wake_map(client).await;
    run(
        client,
        "document.querySelector('svg.plan-map').scrollIntoView({ block: 'center' })",
    )
    .await;
}

async fn tap_all(client: &Client, mode: &str) -> (Vec<String>, Vec<String>) {
    let out = client
        .execute_async(&format!("{TAP}{TAP_ALL}"), vec![mode.into()])
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let list =
        |key: &str| -> Vec<String> { serde_json::from_value(out[key].clone()).unwrap_or_default() };
    (list("tapped"), list("failures"))
}

#[tokio::test(flavor = "multi_thread")]
async fn every_county_on_every_map_opens_its_sheet_when_tapped_as_opened_and_zoomed_in() {
    with_browser(PHONE, |client| async move {
        let mut failures = Vec::new();
        for n in 1..=5u8 {
            open_map(&client, n).await;
            let (tapped, failed) = tap_all(&client, "all").await;
            assert!(
                tapped.len() + failed.len() >= 39,
                "map {n}: every county in scope was tried"
            );
            failures.extend(
                failed
                    .into_iter()
                    .map(|f| format!("map {n}, as opened: {f}")),
            );
            for (city, adcode) in [("兰州", "620102"), ("西宁", "630103")] {
                open_map(&client, n).await;
                let before = run(
                    &client,
                    "return document.querySelector('svg.plan-map').getAttribute('viewBox')",
                )
                .await;
                let after = client
                    .execute_async(&format!("{TAP}{ZOOM_ON}"), vec![adcode.into()])
                    .await
                    .unwrap_or_else(|e| panic!("{e}"));
                assert_ne!(before, after, "map {n}: double taps zoom in on {city}");
                let (tapped, failed) = tap_all(&client, "middle").await;
                assert!(
                    tapped.len() + failed.len() >= 3,
                    "map {n} ×4 on {city}: several counties shown"
                );
                failures.extend(
                    failed
                        .into_iter()
                        .map(|f| format!("map {n}, ×4 on {city}: {f}")),
                );
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    })
    .await;
}
