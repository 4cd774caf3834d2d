//! Beyond reading: figures shown where the text puts them, citing a paragraph, the print page
//! as a PDF, search that knows 高铁 and never leaves a reader empty-handed, ← / → through the
//! sections, and 继续阅读 on the home page.

use crate::support::{
    dist, expect_text, open, run, site, text_of, wait_for, with_browser, Options,
};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn every_figure_shows_its_redrawn_map_where_its_caption_stands_in_the_space_kept_for_it() {
    with_browser(Options::default(), |client| async move {
        let mut pages = Vec::new();
        for path in crate::support::sitemap_paths().into_iter().filter(|p| p == "/" || (p.matches('/').count() == 3 && p.contains("/s"))) {
            let html = std::fs::read_to_string(dist().join(path.trim_start_matches('/')).join("index.html")).unwrap_or_default();
            if html.contains("class=\"plan-figure\"") {
                pages.push(path);
            }
        }
        let mut shown = 0;
        for path in &pages {
            open(&client, path).await;
            let figures = run(&client, "return [...document.querySelectorAll('figure.plan-figure')].map(f => f.id)").await;
            for id in figures.as_array().cloned().unwrap_or_default() {
                let id = id.as_str().unwrap_or_default().to_string();
                // The space the figure takes before its image arrives is the space it keeps.
                let before = run(&client, &format!("return document.getElementById('{id}').getBoundingClientRect().height")).await.as_f64().unwrap_or(0.0);
                run(&client, &format!("document.getElementById('{id}').scrollIntoView()")).await;
                let loaded = client
                    .wait()
                    .at_most(std::time::Duration::from_secs(10))
                    .for_element(Locator::Css(&format!("#{id} img[alt]")))
                    .await
                    .is_ok();
                assert!(loaded, "{path}#{id} has an image");
                for _ in 0..50 {
                    let ok = run(&client, &format!("const all = [...document.querySelectorAll('#{id} img')]; return all.length > 0 && all.every(i => i.complete && i.naturalWidth > 0)")).await;
                    if ok == serde_json::json!(true) {
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                let ok = run(&client, &format!("const all = [...document.querySelectorAll('#{id} img')]; return all.length > 0 && all.every(i => i.complete && i.naturalWidth > 0 && !!i.closest('a[href*=\"/map/\"]'))")).await;
                assert_eq!(ok, serde_json::json!(true), "{path}#{id}: the images load and link to its map");
                // The figure's own elements lie exactly over the shared base map.
                let boxes = run(&client, &format!("return [...document.querySelectorAll('#{id} img')].map(i => {{ const r = i.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]; }})")).await;
                let boxes = boxes.as_array().cloned().unwrap_or_default();
                assert!(boxes.windows(2).all(|w| w[0] == w[1]), "{path}#{id}: base and figure drawn in one frame: {boxes:?}");
                let after = run(&client, &format!("return document.getElementById('{id}').getBoundingClientRect().height")).await.as_f64().unwrap_or(0.0);
                assert!(before > 100.0 && (after - before).abs() < 0.5, "{path}#{id}: {before} px before the image, {after} px after");
                shown += 1;
            }
        }
        assert_eq!(shown, 5, "the five figures, each where its caption stands");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn citing_a_paragraph_gives_a_gbt7714_reference_with_its_permalink() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s1/").await;
        let summary = wait_for(&client, "#c6s1p2 + details.cite summary").await;
        summary.click().await.unwrap_or_else(|e| panic!("{e}"));
        let reference = text_of(&client, "#c6s1p2 + details.cite .cite-ref").await;
        assert!(
            reference.contains("[Z/OL]") && reference.contains("兰州—西宁城市群发展规划"),
            "{reference}"
        );
        assert!(reference.contains("/c6/s1/#c6s1p2"), "{reference}");
        let button = wait_for(&client, "#c6s1p2 + details.cite button[data-copy='ref']").await;
        button.click().await.unwrap_or_else(|e| panic!("{e}"));
        let copied = button
            .attr("data-text")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        assert_eq!(copied, reference.trim());
        let quote = wait_for(&client, "#c6s1p2 + details.cite button[data-copy='quote']").await;
        quote.click().await.unwrap_or_else(|e| panic!("{e}"));
        let copied = quote
            .attr("data-text")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        assert!(
            copied.contains("——《兰州—西宁城市群发展规划》第六章 第一节 第2段")
                && !copied.contains('¶'),
            "{copied}"
        );
    })
    .await;
}

#[test]
fn the_print_page_prints_the_whole_plan_to_a_pdf() {
    let profile = std::env::temp_dir().join(format!("lanxi-print-{}", std::process::id()));
    let pdf = std::env::temp_dir().join(format!("lanxi-plan-{}.pdf", std::process::id()));
    let status = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("{}/print/", site()))
        .output()
        .unwrap_or_else(|e| panic!("chromium: {e}"));
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap_or_else(|e| panic!("pdfinfo (poppler-utils): {e}"));
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    assert!(pages > 20, "{pages} pages");
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    let text: String = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect();
    let plan = lanxi_explorer::core::pack::plan().unwrap_or_else(|e| panic!("{e}"));
    let last = plan
        .chapters
        .last()
        .and_then(|c| c.sections.last())
        .unwrap_or_else(|| panic!("a last section"));
    assert!(
        text.contains(&last.title),
        "the last section's title is printed"
    );
    let last_words: String = last
        .blocks
        .iter()
        .rev()
        .find_map(|b| match b {
            lanxi_explorer::core::content::Block::Paragraph(p) => Some(
                p.body
                    .chars()
                    .rev()
                    .take(12)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<String>(),
            ),
            _ => None,
        })
        .unwrap_or_default();
    assert!(
        text.contains(&last_words),
        "the last paragraph's last words ({last_words}) are printed"
    );
    println!("print: {pages} A4 pages");
    let _ = std::fs::remove_dir_all(&profile);
    let _ = std::fs::remove_file(&pdf);
}

#[tokio::test(flavor = "multi_thread")]
async fn gaotie_finds_the_high_speed_railway_and_a_miss_offers_suggestions() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/search/?q=%E9%AB%98%E9%93%81").await;
        expect_text(&client, ".search-also", "也搜索了 高速铁路").await;
        let marks = run(
            &client,
            "return [...document.querySelectorAll('#search-results mark')].map(m => m.textContent)",
        )
        .await;
        assert!(
            marks
                .as_array()
                .is_some_and(|m| m.iter().any(|t| t == "高速铁路")),
            "{marks}"
        );
        open(&client, "/search/?q=%E9%87%8F%E5%AD%90%E8%AE%A1%E7%AE%97").await;
        let suggest = wait_for(&client, ".search-suggest a").await;
        let href = suggest
            .attr("href")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        assert!(href.contains("/search/?q="), "{href}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn arrow_keys_step_through_sections_and_home_offers_the_last_one_read() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/c6/s1/").await;
        // The keys are listed where they work.
        let help = wait_for(&client, ".site-nav details.shortcuts dl").await;
        let keys = help.html(true).await.unwrap_or_default();
        assert!(keys.contains("下一节") && keys.contains("上一节"), "{keys}");
        wait_for(&client, "body")
            .await
            .send_keys("\u{E014}")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        expect_text(&client, "article h1", "第二节").await;
        let url = client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert!(url.ends_with("/c6/s2/"), "→ opens the next section: {url}");
        open(&client, "/").await;
        let link = wait_for(&client, "#continue-reading:not([hidden]) a").await;
        assert_eq!(
            link.attr("href").await.ok().flatten().as_deref(),
            Some("/c6/s2/")
        );
    })
    .await;
}
