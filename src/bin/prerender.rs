//! Writes the static site's pages: `dist/<route>/index.html` for every route, `404.html` and
//! `sitemap.xml`, from trunk's `dist/index.html`. Run by `make dist` after `trunk build`.
//!
//! Usage: `prerender [DIST] [SITE_URL]` (defaults `dist`, `$LANXI_SITE_URL` or
//! `https://lanxi-plan.example`).

use lanxi_explorer::core::{
    content::plan,
    routes::{Route, BASE},
};
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
    let index = lanxi_explorer::core::search::embedded_index_file()
        .map_err(|e| e.to_string())?
        .to_bytes()
        .map_err(|e| e.to_string())?;
    let search = SearchFiles::publish(&dist, &index)?;
    let template = with_app_in_boot_script(&dist, &template, &search)?;
    let template = deferred_template(&template).map_err(|e| e.to_string())?;
    let plan = plan().map_err(|e| e.to_string())?;
    let routes = Route::all(plan);
    let write = |path: &Path, text: &str| -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    for route in &routes {
        let mut page =
            render_page(&template, plan, *route, &site_url).map_err(|e| e.to_string())?;
        if *route == Route::Search {
            page = search.preloaded(&page);
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
    let not_found =
        render_page(&template, plan, Route::NotFound, &site_url).map_err(|e| e.to_string())?;
    write(&dist.join("404.html"), &not_found)?;
    write_data_and_figures(&dist, plan, &site_url, &write)?;
    write(&dist.join("sitemap.xml"), &sitemap(&routes, &site_url))?;
    write_manifest(&dist, plan)?;
    write_service_worker(&dist)?;
    Ok(routes.len())
}

/// The app manifest with the plan's names (the template in `public/` has the rest).
fn write_manifest(dist: &Path, plan: &lanxi_explorer::core::content::Plan) -> Result<(), String> {
    let path = dist.join("manifest.webmanifest");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let meta = &plan.meta;
    manifest["name"] = meta.site_name.clone().into();
    manifest["short_name"] = meta.short_title.clone().into();
    manifest["description"] = format!(
        "阅读、搜索、查看《{}》：全文、地方、地图、目标。",
        meta.title
    )
    .into();
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

/// The open data files (`data/`), the shared geometry and base image, and the figures' own
/// elements as images over that base (`map/<n>/figure.svg`).
fn write_data_and_figures(
    dist: &Path,
    plan: &'static lanxi_explorer::core::content::Plan,
    site_url: &str,
    write: &dyn Fn(&Path, &str) -> Result<(), String>,
) -> Result<(), String> {
    use lanxi_explorer::core::published::columns::{goals_csv, places_csv, projects_csv};
    use lanxi_explorer::core::published::{plan_file::PlanFile, projects_by_county};
    use lanxi_explorer::core::{maps, pack, place_report, places, progress, projects, version};
    use lanxi_explorer::open_data::PLAN_SCHEMA;
    let all = places::places().map_err(|e| e.to_string())?;
    let catalogue = projects::projects().map_err(|e| e.to_string())?;
    let evidence = progress::progress().map_err(|e| e.to_string())?;
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
    let stylesheet = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "css"))
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_default();
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
            &lanxi_explorer::prerender::geometry_image(&region, geometry, &stylesheet),
        )?;
    }
    let counts = place_report::county_counts(plan, all, catalogue);
    let mut sizes: Vec<u32> = Vec::new();
    for figure in plan.figures() {
        let drawn = maps::figures::render(figure.number, plan, map, &counts, all, catalogue)
            .map_err(|e| format!("figure {}: {e}", figure.number))?;
        let image = lanxi_explorer::prerender::figure_image(&drawn.overlay, &coarse, &stylesheet);
        write(
            &dist.join(format!("map/{}/figure.svg", figure.number)),
            &image,
        )?;
        let used = drawn.svg.split(" data-px=\"").skip(1);
        for px in used.filter_map(|v| v.split('"').next()?.parse::<f64>().ok()) {
            let px = px.round() as u32;
            if !sizes.contains(&px) {
                sizes.push(px);
            }
        }
    }
    sizes.sort_unstable();
    let css = maps::labels::bands_css(maps::svg::WIDTH, &sizes);
    write(&dist.join("map/labels.css"), &css)?;
    Ok(())
}

/// Every file of the site as a URL path (a directory's `index.html` as the directory).
fn site_files(dist: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            site_files(dist, &path, out)?;
            continue;
        }
        let relative = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        // Precompressed copies (`.br`, `.gz`) are the host's business, not pages to cache.
        let copy = relative.ends_with(".br") || relative.ends_with(".gz");
        if relative == "sw.js" || relative.starts_with('.') || copy {
            continue;
        }
        let url = match relative.strip_suffix("index.html") {
            Some(dir) => format!("{BASE}/{dir}"),
            None => format!("{BASE}/{relative}"),
        };
        out.push(url);
    }
    Ok(())
}

/// Which of the service worker's lists a file goes in: the shell, the text pages, the rest.
fn cache_list(url: &str) -> usize {
    let path = url.strip_prefix(BASE).unwrap_or(url);
    let file = path.rsplit('/').next().unwrap_or("");
    let shell = path == "/"
        || path == "/404.html"
        || file.ends_with(".css")
        || file.ends_with(".webmanifest")
        || file.starts_with("icon")
        || (file.starts_with("boot-") && file.ends_with(".js"));
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let numbered = |s: &str, p: char| {
        s.strip_prefix(p)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let text = path.ends_with('/')
        && match segments.as_slice() {
            [c] => numbered(c, 'c'),
            [c, s] => numbered(c, 'c') && numbered(s, 's'),
            _ => false,
        };
    if shell {
        0
    } else if text {
        1
    } else {
        2
    }
}

/// Writes the app's and the search's file names into trunk's `boot-*.js`, renamed by its new
/// content; returns the template naming it so.
fn with_app_in_boot_script(
    dist: &Path,
    template: &str,
    search: &SearchFiles,
) -> Result<String, String> {
    let old = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("boot-") && n.ends_with(".js"))
        .ok_or_else(|| format!("{}: no boot-*.js (run `trunk build` first)", dist.display()))?;
    let boot = std::fs::read_to_string(dist.join(&old)).map_err(|e| format!("{old}: {e}"))?;
    let (name, script) =
        boot_script(&search.named_in(&boot), template).map_err(|e| e.to_string())?;
    std::fs::write(dist.join(&name), script).map_err(|e| format!("{name}: {e}"))?;
    if name != old {
        std::fs::remove_file(dist.join(&old)).map_err(|e| format!("{old}: {e}"))?;
    }
    Ok(template.replace(&format!("/{old}\""), &format!("/{name}\"")))
}

/// Fills in the service worker's lists (shell, text pages, the rest) and its version (a hash
/// of the lists, in which trunk's content-hashed file names stand).
fn write_service_worker(dist: &Path) -> Result<(), String> {
    let path = dist.join("sw.js");
    let template =
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut files = Vec::new();
    site_files(dist, dist, &mut files)?;
    files.sort();
    let mut lists: [Vec<&str>; 3] = Default::default();
    for file in &files {
        lists[cache_list(file)].push(file);
    }
    let json = |list: &[&str]| {
        format!(
            "[{}]",
            list.iter()
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(",")
        )
    };
    let (shell, text, rest) = (json(&lists[0]), json(&lists[1]), json(&lists[2]));
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in shell.bytes().chain(text.bytes()).chain(rest.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    let version = format!("{hash:016x}");
    let script = template
        .replace("\"__VERSION__\"", &format!("\"{version}\""))
        .replace("__SHELL__", &shell)
        .replace("__TEXT__", &text)
        .replace("__REST__", &rest);
    std::fs::write(&path, script).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "service worker: {} shell, {} text pages at install; {} more after a minute; version {version}",
        lists[0].len(),
        lists[1].len(),
        lists[2].len()
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
