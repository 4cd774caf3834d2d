//! Writes the static site's pages: `dist/<route>/index.html` for every route, `404.html` and
//! `sitemap.xml`, from trunk's `dist/index.html`. Run by `make dist` after `trunk build`.
//!
//! Usage: `prerender [DIST] [SITE_URL]` (defaults `dist`, `$LANXI_SITE_URL` or
//! `https://lanxi-plan.example`).

use lanxi_explorer::core::routes::Route;
use lanxi_explorer::prerender::{
    boot_script, deferred_template, qr_png, render_page, sitemap, SearchFiles,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run() -> Result<usize, String> {
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let site_url = args
        .next()
        .or_else(|| std::env::var("LANXI_SITE_URL").ok())
        .unwrap_or_else(|| "https://lanxi-plan.example".into());
    let site_url = site_url.trim_end_matches('/').to_string();
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: {e} (run `trunk build` first)", template_path.display()))?;
    // Trunk's template has no policy of its own; a page written by this program does.
    if template.contains("http-equiv=\"Content-Security-Policy\"") {
        return Err(format!(
            "{} is already pre-rendered: run `trunk build` again",
            template_path.display()
        ));
    }
    let index = lanxi_explorer::core::pack::embedded_index_file()
        .map_err(|e| e.to_string())?
        .to_page_text()
        .map_err(|e| e.to_string())?;
    let search = SearchFiles::publish(&dist, index)?;
    let (template, boot) = with_app_in_boot_script(&dist, &template, &search)?;
    let stylesheet = linked_stylesheet(&dist, &template)?;
    let template = deferred_template(&template).map_err(|e| e.to_string())?;
    let site = lanxi_explorer::core::pack::site().map_err(|e| e.to_string())?;
    let (plan, places) = (site.plan, site.places);
    let routes = Route::all(plan, places);
    let write = |path: &Path, text: &str| -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    for route in &routes {
        let mut page =
            render_page(&template, plan, places, *route, &site_url).map_err(|e| e.to_string())?;
        if *route == Route::Search {
            let styled = search.inlined(&template, &stylesheet, &page, &boot, &dist)?;
            let styled =
                render_page(&styled, plan, places, *route, &site_url).map_err(|e| e.to_string())?;
            page = search.preloaded(&styled);
        }
        let file = dist
            .join(route.path().trim_start_matches('/'))
            .join("index.html");
        write(&file, &page)?;
        if matches!(route, Route::Chapter(_) | Route::Section(..)) {
            let png = qr_png(&format!("{site_url}{}", route.href()))
                .map_err(|e| format!("{}: {e}", route.href()))?;
            std::fs::write(file.with_file_name("qr.png"), png)
                .map_err(|e| format!("{}: {e}", file.display()))?;
        }
    }
    let not_found = render_page(&template, plan, places, Route::NotFound, &site_url)
        .map_err(|e| e.to_string())?;
    write(&dist.join("404.html"), &not_found)?;
    write_data_and_figures(&dist, plan, &site_url, &stylesheet, &write)?;
    write(&dist.join("sitemap.xml"), &sitemap(&routes, &site_url))?;
    write_manifest(&dist, plan)?;
    write_service_worker(&dist)?;
    Ok(routes.len())
}

/// The app manifest with the plan's names.
fn write_manifest(dist: &Path, plan: &lanxi_explorer::core::content::Plan) -> Result<(), String> {
    let path = dist.join("manifest.webmanifest");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = lanxi_explorer::prerender::manifest::manifest(&text, &plan.meta)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The open data files (`data/`), the shared geometry and base image, and the figures' own
/// elements as images over that base (`map/<n>/figure.svg`).
fn write_data_and_figures(
    dist: &Path,
    plan: &'static lanxi_explorer::core::content::Plan,
    site_url: &str,
    stylesheet: &str,
    write: &dyn Fn(&Path, &str) -> Result<(), String>,
) -> Result<(), String> {
    use lanxi_explorer::core::published::columns::{goals_csv, places_csv, projects_csv};
    use lanxi_explorer::core::published::{plan_file::PlanFile, projects_by_county};
    use lanxi_explorer::core::{maps, pack, place_report, version};
    use lanxi_explorer::open_data::PLAN_SCHEMA;
    let all = pack::places().map_err(|e| e.to_string())?;
    let catalogue = pack::projects().map_err(|e| e.to_string())?;
    let evidence = pack::progress().map_err(|e| e.to_string())?;
    let data = dist.join("data");
    let built = lanxi_explorer::prerender::today();
    let json = PlanFile::of(plan, &version::content_version(), &built)
        .write()
        .map_err(|e| e.to_string())?;
    write(&data.join("plan.json"), &json)?;
    write(&data.join("plan.schema.json"), PLAN_SCHEMA)?;
    let csv = |written: Result<String, _>| {
        written.map_err(|e: lanxi_explorer::core::published::PublishedError| e.to_string())
    };
    write(
        &data.join("projects.csv"),
        &csv(projects_csv(plan, all, evidence, catalogue, site_url))?,
    )?;
    write(&data.join("places.csv"), &csv(places_csv(all))?)?;
    write(&data.join("goals.csv"), &csv(goals_csv(plan, site_url))?)?;
    let map = pack::map_data().ok_or("the map data does not parse")?;
    let by_county = projects_by_county(plan, all, catalogue);
    let geojson = lanxi_explorer::open_data::projects_geojson(map, &by_county);
    write(&data.join("projects.geojson"), &geojson)?;
    // The region at two levels of detail: the maps' and place pages' (every point), and the
    // figures' base in the text (simplified).
    let region = maps::small::base_map(map);
    let coarse = maps::shared::geometry(map, maps::shared::Detail::Coarse);
    for (file, geometry) in [
        (
            maps::shared::FILE,
            &maps::shared::geometry(map, maps::shared::Detail::Fine),
        ),
        (maps::shared::FIGURE_BASE, &coarse),
    ] {
        write(
            &dist.join(file),
            &lanxi_explorer::prerender::geometry_image(&region, geometry, stylesheet),
        )?;
    }
    let counts = place_report::county_counts(plan, all, catalogue);
    let table = pack::figure_elements().map_err(|e| e.to_string())?;
    let mut sizes: Vec<u32> = Vec::new();
    for figure in plan.figures() {
        let sources = maps::figures::Sources {
            plan,
            table,
            data: map,
            counts: &counts,
            places: all,
            projects: catalogue,
        };
        let drawn = maps::figures::render_from(figure.number, &sources)
            .map_err(|e| format!("figure {}: {e}", figure.number))?;
        let image = lanxi_explorer::prerender::figure_image(&drawn.overlay, &coarse, stylesheet);
        write(
            &dist.join(format!("map/{}/figure.svg", figure.number)),
            &image,
        )?;
        sizes.extend(&drawn.label_px);
    }
    sizes.sort_unstable();
    sizes.dedup();
    let css = maps::labels::bands_css(maps::svg::WIDTH, &sizes);
    write(&dist.join("map/labels.css"), &css)?;
    Ok(())
}

/// Writes the app's and the search's file names into trunk's `boot-*.js`, renamed by its new
/// content; returns the template naming it so, and the script (the search page's rules are
/// chosen by the classes it adds).
fn with_app_in_boot_script(
    dist: &Path,
    template: &str,
    search: &SearchFiles,
) -> Result<(String, String), String> {
    let old = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("boot-") && n.ends_with(".js"))
        .ok_or_else(|| format!("{}: no boot-*.js (run `trunk build` first)", dist.display()))?;
    let boot = std::fs::read_to_string(dist.join(&old)).map_err(|e| format!("{old}: {e}"))?;
    let (name, script) =
        boot_script(&search.named_in(&boot), template).map_err(|e| e.to_string())?;
    std::fs::write(dist.join(&name), &script).map_err(|e| format!("{name}: {e}"))?;
    if name != old {
        std::fs::remove_file(dist.join(&old)).map_err(|e| format!("{old}: {e}"))?;
    }
    Ok((
        template.replace(&format!("/{old}\""), &format!("/{name}\"")),
        script,
    ))
}

/// The site's stylesheet, the one file the template links (`dist/main-*.css`).
fn linked_stylesheet(dist: &Path, template: &str) -> Result<String, String> {
    use lanxi_explorer::core::routes::BASE;
    let href = lanxi_explorer::prerender::stylesheet_href(template).map_err(|e| e.to_string())?;
    let path = dist.join(href.trim_start_matches(BASE).trim_start_matches('/'));
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Fills in the service worker's lists and its version (`prerender::worker`).
fn write_service_worker(dist: &Path) -> Result<(), String> {
    use lanxi_explorer::prerender::worker::{site_urls, worker_script};
    let path = dist.join("sw.js");
    let template =
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut urls = Vec::new();
    site_urls(dist, dist, &mut urls)?;
    let (script, [shell, text, rest], version) = worker_script(&template, &urls);
    std::fs::write(&path, script).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "service worker: {shell} shell, {text} text pages at install; {rest} more after a minute; version {version}"
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(count) => {
            println!("pre-rendered {count} routes, 404.html and sitemap.xml");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
