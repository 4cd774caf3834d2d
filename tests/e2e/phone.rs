//! On a phone (390×844, touch): map labels readable at every zoom, a tap on a county opens a
//! sheet rather than leaving the map, pinch zooms; and on every route no sideways scrolling,
//! no table cell too narrow for two characters, no control smaller than 24×24 px.

use crate::support::{open, run, sitemap_paths, wait_for, with_browser, Options};
use fantoccini::Client;

const PHONE: Options = Options {
    size: (390, 844),
    javascript: true,
    dark: false,
    phone: true,
};

/// On-screen font sizes (CSS px) of the map's shown labels.
async fn label_sizes(client: &Client) -> Vec<f64> {
    let sizes = run(
        client,
        "const svg = document.querySelector('svg.plan-map');
         const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
         return [...svg.querySelectorAll('text')]
           .filter(t => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0)
           .map(t => parseFloat(getComputedStyle(t).fontSize) * k);",
    )
    .await;
    let mut sizes: Vec<f64> = serde_json::from_value(sizes).unwrap_or_default();
    sizes.sort_by(f64::total_cmp);
    sizes
}

#[tokio::test(flavor = "multi_thread")]
async fn map_labels_are_at_least_12_px_on_a_phone_before_and_after_zooming_out() {
    with_browser(PHONE, |client| async move {
        let mut report = Vec::new();
        for n in [1, 3, 5] {
            // As opened: no app code yet, the labels sized for the phone by the stylesheet.
            open(&client, &format!("/map/{n}/")).await;
            for step in ["default", "zoomed out"] {
                if step == "zoomed out" {
                    wait_for(&client, "#map-zoom-out")
                        .await
                        .click()
                        .await
                        .unwrap_or_else(|e| panic!("{e}"));
                    wait_for(&client, "svg.plan-map[data-ready]").await;
                }
                let sizes = label_sizes(&client).await;
                assert!(
                    sizes.len() >= 3,
                    "/map/{n}/ {step}: labels shown: {sizes:?}"
                );
                // The zoom-out button may be inert at the whole map; the check is the same.
                let (min, median) = (sizes[0], sizes[sizes.len() / 2]);
                report.push((
                    format!(
                        "/map/{n}/ {step}: {} labels, min {min:.1} px, median {median:.1} px",
                        sizes.len()
                    ),
                    median >= 12.0 && min >= 11.0,
                ));
            }
        }
        let lines: Vec<&str> = report.iter().map(|(line, _)| line.as_str()).collect();
        println!("{}", lines.join("\n"));
        assert!(report.iter().all(|(_, ok)| *ok), "{}", lines.join("\n"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tap_on_a_county_opens_a_sheet_and_a_pinch_zooms() {
    with_browser(PHONE, |client| async move {
        // The first tap on a freshly opened map opens the sheet (not the county's page) at
        // once, from what the page holds: before the app, which the tap starts, has loaded.
        open(&client, "/map/1/").await;
        let before = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        let first = run(&client, "const path = document.querySelector(\"a.county-link[data-adcode='620102'] .county\");
            const r = path.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const o = { bubbles: true, cancelable: true, pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y };
            const t0 = performance.now();
            path.dispatchEvent(new PointerEvent('pointerdown', o));
            path.dispatchEvent(new PointerEvent('pointerup', o));
            path.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y }));
            return [document.getElementById('map-sheet').hidden, document.documentElement.dataset.app, performance.now() - t0];").await;
        println!("first tap on a county: sheet shown {:?} (hidden, app, ms)", first);
        assert_eq!(first[0], serde_json::json!(false), "the sheet is open as the tap ends: {first}");
        assert_ne!(first[1], serde_json::json!("ready"), "…before the app has loaded: {first}");
        let sheet = wait_for(&client, "#map-sheet:not([hidden])").await;
        let text = sheet.text().await.unwrap_or_default();
        assert!(text.contains("城关区") && text.contains("项目"), "{text}");
        let link = wait_for(&client, "#map-sheet a[href$='/place/620102/']").await;
        assert!(link.is_displayed().await.unwrap_or(false));
        let after = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        assert_eq!(before, after, "the tap stays on the map");
        // For a person to look at: the sheet on a phone (target/phone-map-sheet.png).
        if let Ok(png) = client.screenshot().await {
            let _ = std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/target/phone-map-sheet.png"), png);
        }

        let width = |v: serde_json::Value| v.as_str().and_then(|s| s.split(' ').nth(2)).and_then(|w| w.parse::<f64>().ok()).unwrap_or(0.0);
        let w0 = width(run(&client, "return document.querySelector('svg.plan-map').getAttribute('viewBox')").await);
        run(&client, "const svg = document.querySelector('svg.plan-map'); const r = svg.getBoundingClientRect();
            const y = r.top + r.height / 2, x = r.left + r.width / 2;
            const ev = (type, id, cx) => svg.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: id, pointerType: 'touch', clientX: cx, clientY: y }));
            ev('pointerdown', 1, x - 40); ev('pointerdown', 2, x + 40); ev('pointermove', 2, x + 120); ev('pointerup', 1, x - 40); ev('pointerup', 2, x + 120);").await;
        let w1 = width(run(&client, "return document.querySelector('svg.plan-map').getAttribute('viewBox')").await);
        assert!(w1 < w0 * 0.8, "pinching out zooms in: {w0} -> {w1}");
        let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        assert!(url.contains("?v="), "the view stays in the URL: {url}");
        let sizes = label_sizes(&client).await;
        assert!(sizes.first().is_some_and(|s| *s >= 11.0), "labels stay readable when zoomed: {sizes:?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_route_scrolls_sideways_squeezes_a_cell_or_has_a_tiny_control_on_a_phone() {
    with_browser(PHONE, |client| async move {
        let mut problems = Vec::new();
        let (mut wide, mut narrow, mut tiny) = (0, 0, 0);
        let paths = sitemap_paths();
        assert!(paths.len() > 100, "the sitemap lists every page: {}", paths.len());
        for path in paths {
            open(&client, &path).await;
            let found = run(&client, "
                const out = { wide: document.documentElement.scrollWidth > window.innerWidth + 1 ? [document.documentElement.scrollWidth] : [], narrow: [], tiny: [] };
                const clipped = el => { for (let a = el; a; a = a.parentElement) if (getComputedStyle(a).clipPath !== 'none') return true; return false; };
                const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !clipped(el); };
                for (const cell of document.querySelectorAll('td, th')) {
                  if (!shown(cell) || !cell.textContent.trim()) continue;
                  const cs = getComputedStyle(cell);
                  const inner = cell.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                  if (inner < 2 * parseFloat(cs.fontSize) - 0.5) out.narrow.push(cell.textContent.trim().slice(0, 12));
                }
                const controls = [...document.querySelectorAll('button, select, input:not([type=hidden]), textarea, summary, [role=button], a')];
                for (const el of controls) {
                  if (!shown(el)) continue;
                  if (el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, li, td, dd, blockquote, figcaption')) continue;
                  if (el.closest('svg')) continue;
                  const target = el.tagName === 'INPUT' && el.closest('label') ? el.closest('label') : el;
                  const r = target.getBoundingClientRect();
                  if (r.width < 24 - 0.5 || r.height < 24 - 0.5) out.tiny.push(`${target.tagName.toLowerCase()}.${target.className} ${Math.round(r.width)}x${Math.round(r.height)} ${target.textContent.trim().slice(0, 8)}`);
                }
                return out;").await;
            for (key, count) in [("wide", &mut wide), ("narrow", &mut narrow), ("tiny", &mut tiny)] {
                let list: Vec<serde_json::Value> = found[key].as_array().cloned().unwrap_or_default();
                *count += list.len();
                if !list.is_empty() {
                    problems.push(format!("{path} {key}: {} e.g. {}", list.len(), list[0]));
                }
            }
        }
        println!("phone audit: {wide} pages scroll sideways, {narrow} narrow cells, {tiny} small controls");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}
