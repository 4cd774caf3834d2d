//! trunk's page template and loader, made to load no app code with a page: the loader comes
//! out of every page, and `boot.js` names the app's files instead.

use super::PrerenderError;

/// trunk's template made to load no app code on open: its loader script and the preloads of
/// the app's JS and wasm come out; `boot.js` names the two files (see [`boot_script`]) and
/// starts the app when a page needs it — at once on the pages whose content it draws, on the
/// first touch of an interactive part elsewhere.
pub fn deferred_template(template: &str) -> Result<String, PrerenderError> {
    let (start, end) = loader_span(template)?;
    let mut page = format!("{}{}", &template[..start], &template[end..]);
    for preload in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(at) = page.find(preload) {
            let close = page[at..].find('>').map_or(page.len(), |i| at + i + 1);
            page.replace_range(at..close, "");
        }
    }
    // Trunk's markers of files without integrity hashes, and the blank lines left where its
    // tags were, are not needed by a browser: some 3 KB over the site.
    let page = page.replace(" data-integrity=\"none\"", "");
    let page: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
    Ok(page.join("\n"))
}

/// `boot.js` with the app's files (as trunk's loader in `template` names them) in place of its
/// `__APP_JS__` and `__APP_WASM__`, and the name it then goes by: `boot-<hash of the
/// text>.js`, like trunk's own, so that a browser never keeps a copy naming an older app.
/// Once in this script, the two names need not stand on every page.
pub fn boot_script(boot: &str, template: &str) -> Result<(String, String), PrerenderError> {
    let (js, wasm) = app_files(template)?;
    let script = boot
        .replace("__APP_JS__", &js)
        .replace("__APP_WASM__", &wasm);
    Ok((super::hashed_name("boot", "js", script.as_bytes()), script))
}

/// The start of the tag by which every page links the site's stylesheet.
pub(super) const STYLESHEET_LINK: &str = "<link rel=\"stylesheet\"";

/// The site's stylesheet as the template links it (with the base): the one file every page's
/// rules come from, and the figures' and the search page's own rules too.
pub fn stylesheet_href(template: &str) -> Result<String, PrerenderError> {
    let (start, end) = super::tag_span(template, STYLESHEET_LINK, ">")?;
    template[start..end]
        .split(" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
        .ok_or(PrerenderError::Template("<link rel=\"stylesheet\" href=…>"))
}

/// Where trunk's loader script stands in its template.
fn loader_span(template: &str) -> Result<(usize, usize), PrerenderError> {
    super::tag_span(template, "<script type=\"module\">", "</script>")
}

/// The app's JS and wasm as trunk's loader names them.
fn app_files(template: &str) -> Result<(String, String), PrerenderError> {
    let (start, end) = loader_span(template)?;
    let loader = &template[start..end];
    let quoted = |after: &str| {
        loader
            .split(after)
            .nth(1)
            .and_then(|rest| rest.split('\'').nth(1))
            .map(str::to_string)
    };
    let js = quoted(" from ").ok_or(PrerenderError::Template("import … from '…js'"))?;
    let wasm = quoted("module_or_path:").ok_or(PrerenderError::Template("module_or_path"))?;
    Ok((js, wasm))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<html>\n<head>\n<link rel=\"modulepreload\" href=\"/app-1.js\">\n\n\
        <script src=\"/boot-0.js\" data-integrity=\"none\" defer></script>\n\
        <script type=\"module\">import init, * as bindings from '/app-1.js';\n\
        init({ module_or_path: '/app-1_bg.wasm' });</script>\n</head><body></body></html>";

    #[test]
    fn a_page_loads_no_app_code_and_boot_js_names_the_app() {
        let page = deferred_template(TEMPLATE).expect("a template");
        assert!(
            !page.contains("import init") && !page.contains("modulepreload"),
            "{page}"
        );
        assert!(
            !page.contains("data-integrity") && !page.contains("\n\n"),
            "{page}"
        );
        assert!(page.contains("<script src=\"/boot-0.js\" defer>"), "{page}");
        let boot = "var APP_JS = \"__APP_JS__\";\nvar APP_WASM = \"__APP_WASM__\";";
        let (name, script) = boot_script(boot, TEMPLATE).expect("the app's files");
        assert_eq!(
            script,
            "var APP_JS = \"/app-1.js\";\nvar APP_WASM = \"/app-1_bg.wasm\";"
        );
        // Named by its content, as trunk names its files: another app, another name.
        let other = TEMPLATE.replace("app-1", "app-2");
        let (renamed, _) = boot_script(boot, &other).expect("the app's files");
        assert!(
            name.starts_with("boot-") && name.ends_with(".js") && name.len() == 24,
            "{name}"
        );
        assert_ne!(name, renamed);
    }

    #[test]
    fn the_stylesheet_is_the_file_the_template_links_and_its_absence_is_an_error() {
        let linked = "<head><link rel=\"stylesheet\" href=\"/main-1a2b.css\"/></head>";
        assert_eq!(
            stylesheet_href(linked).ok().as_deref(),
            Some("/main-1a2b.css")
        );
        assert!(
            stylesheet_href(TEMPLATE).is_err(),
            "trunk's output without the sheet"
        );
    }

    #[test]
    fn a_template_without_trunks_loader_is_an_error() {
        assert!(deferred_template("<html><head></head></html>").is_err());
    }
}
