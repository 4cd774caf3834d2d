//! The search's own files in `dist/`: its wasm (built by `make dist` into `search_bg.wasm`),
//! renamed by its content so a browser may keep it for good, and the tag by which the search
//! page asks for it as its head is read; and what the search page carries itself: the
//! build-time index, its rules of the stylesheet, the wasm's glue (`search.js`, wasm-bindgen's
//! `no-modules` output, which defines `wasm_bindgen`) and `boot.js`.
//!
//! Why in the page: a shared link's page arrives, then the files its head names, a round
//! trip later. On a phone's network (150 ms, 1.6 Mbit/s) the line is idle for that round
//! trip, about 40 KB of it; the index (25.9 KB brotli) now fills it instead of sharing the
//! second wave with the wasm. Measured with `bench/first_result.py` (DOM, medians of 3): the
//! first result 744–771 ms → 645–668 ms. Only the search page reads the index, so the site
//! holds it once, as before (596.9 KB either way). The wasm stays a file: carried in the page
//! too (as text, 1.8 KB more brotli), it gained 10–20 ms, inside the runs' spread.
//!
//! Why `boot.js` in the page too: it was the third file of that second wave, 3.4 KB shared
//! evenly with the wasm, and a blocking script, so the body was laid out (40–60 ms with the
//! CPU slowed 4×, the first use of the Chinese font) only once it came, just when the wasm
//! did. Carried in the page it runs as the head is read, the body is drawn while the line
//! still waits for the wasm, and the wasm comes alone with the glue. Measured on the bench's
//! profile, runs of the two pages interleaved (medians of 15, 高铁, Pagefind 913 ms beside):
//! 628 → 584 ms. It costs the site 3.3 KB (every other page still shares the one file).
//!
//! And the glue, for the same reason: 1.7 KB of that wave, asked for as a module and read
//! before the engine could start. As a classic script in the page it runs before `boot.js`,
//! and the wasm alone is left to fetch: 587 → 564 ms, the same way. The site loses a file and
//! gains nothing: only the search page ever used the glue.

use crate::core::routes::BASE;
use std::path::Path;

/// The search's files as the site names them (with the base).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchFiles {
    /// The engine, as the site names it.
    pub wasm: String,
    /// Its glue: a classic script that defines `wasm_bindgen`, which the search page carries.
    pub glue: String,
    /// The index as the search page carries it ([`IndexFile::to_page_text`]).
    ///
    /// [`IndexFile::to_page_text`]: crate::core::search::IndexFile::to_page_text
    pub index_text: String,
}

/// The id of the search page's `<template>` that holds the index (`boot.js` is told it as
/// `__SEARCH_INDEX__`).
pub const INDEX_ID: &str = "search-index";

/// `stem-<16 hex digits of the SHA-256 of bytes>.ext`.
pub fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{ext}")
}

impl SearchFiles {
    /// Renames the built engine in `dist` by its content and takes the glue out of `dist`
    /// (the search page carries it); keeps the index's text for the search page.
    pub fn publish(dist: &Path, index_text: String) -> Result<SearchFiles, String> {
        let (glue_path, wasm_path) = (dist.join("search.js"), dist.join("search_bg.wasm"));
        let read = |path: &Path| {
            std::fs::read(path).map_err(|e| {
                format!(
                    "{}: {e} (`make dist` builds the search's wasm)",
                    path.display()
                )
            })
        };
        let (glue, wasm) = (read(&glue_path)?, read(&wasm_path)?);
        let glue = String::from_utf8(glue).map_err(|e| format!("{}: {e}", glue_path.display()))?;
        let named = hashed_name("search", "wasm", &wasm);
        std::fs::rename(&wasm_path, dist.join(&named))
            .map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        std::fs::remove_file(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
        Ok(SearchFiles {
            wasm: format!("{BASE}/{named}"),
            glue: glue.trim().to_string(),
            index_text,
        })
    }

    /// `boot.js` naming the engine and the index's element (its `__SEARCH_WASM__` and
    /// `__SEARCH_INDEX__`).
    pub fn named_in(&self, boot: &str) -> String {
        boot.replace("__SEARCH_WASM__", &self.wasm)
            .replace("__SEARCH_INDEX__", INDEX_ID)
    }

    /// The search page's request for the engine, made as its head is read (`crossorigin`
    /// makes the preload match the glue's `fetch`).
    pub fn preloads(&self) -> String {
        format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n",
            self.wasm
        )
    }

    /// The template as the search page uses it, carrying in itself what its first answer
    /// would otherwise fetch beside the glue and the wasm: the page's own rules of
    /// `stylesheet` ([`page_css`](super::page_css)), those that can apply to what the page as
    /// rendered, `boot` and the search's wasm in `dist` write, in place of the link to it; and
    /// the glue, then `boot` itself, in place of the tag that names boot's file. All three are
    /// listed by their SHA-256 in the page's policy (`content_security_policy` reads them from
    /// the template).
    pub fn inlined(
        &self,
        template: &str,
        stylesheet: &str,
        page: &str,
        boot: &str,
        dist: &Path,
    ) -> Result<String, String> {
        let file = dist.join(self.wasm.trim_start_matches(BASE).trim_start_matches('/'));
        let wasm = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let (start, end) = super::tag_span(template, super::template::STYLESHEET_LINK, ">")
            .map_err(|e| e.to_string())?;
        let rules =
            super::page_css::rules_for(stylesheet, &[page.as_bytes(), boot.as_bytes(), &wasm]);
        let styled = format!(
            "{}<style>{rules}</style>{}",
            &template[..start],
            &template[end..]
        );
        with_scripts_inline(&styled, &[&self.glue, boot])
    }

    /// The search page: asking for the wasm in its head, before its script (which blocks the
    /// parser and so would hold back any request written after it), and carrying the index
    /// last in its body, in an inert `<template>` (nothing drawn, nothing run).
    pub fn preloaded(&self, page: &str) -> String {
        let head_end = page.find("</head>").unwrap_or(page.len());
        let at = page[..head_end].find("<script").unwrap_or(head_end);
        let body_end = page
            .rfind("</body>")
            .filter(|&end| end > at)
            .unwrap_or(page.len());
        format!(
            "{}{}{}<template id=\"{INDEX_ID}\">{}</template>\n{}",
            &page[..at],
            self.preloads(),
            &page[at..body_end],
            self.index_text,
            &page[body_end..]
        )
    }
}

/// `template` with its `<script src="…/boot-….js"></script>` replaced by each of `scripts` in
/// its own `<script>`, in order. An HTML parser ends a script at `</script` and reads `<!--`
/// in one as markup, so a script holding either cannot be carried and fails the build.
fn with_scripts_inline(template: &str, scripts: &[&str]) -> Result<String, String> {
    let (start, end) =
        super::tag_span(template, "<script src=", "</script>").map_err(|e| e.to_string())?;
    if !template[start..end].contains("/boot-") {
        return Err(format!(
            "the template's first script is not boot.js: {}",
            &template[start..end]
        ));
    }
    let mut carried = String::new();
    for script in scripts {
        let lower = script.to_ascii_lowercase();
        if let Some(bad) = ["</script", "<!--"].into_iter().find(|b| lower.contains(b)) {
            let opening: String = script.chars().take(40).collect();
            return Err(format!(
                "a script the search page carries holds `{bad}`, so it cannot stand in a <script>: {opening}…"
            ));
        }
        carried.push_str(&format!("<script>{script}</script>"));
    }
    Ok(format!(
        "{}{carried}{}",
        &template[..start],
        &template[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_wasm_is_named_by_content_asked_for_at_once_and_the_index_is_in_the_page() {
        let dist = std::env::temp_dir().join(format!("search-files-{}", std::process::id()));
        std::fs::create_dir_all(&dist).expect("a scratch dist");
        std::fs::write(dist.join("search.js"), "let wasm_bindgen = 1;\n").expect("glue");
        std::fs::write(dist.join("search_bg.wasm"), b"\0asm").expect("engine");
        let files = SearchFiles::publish(&dist, "兰州\u{E001}".into()).expect("published");
        let name = files.wasm.rsplit('/').next().unwrap_or_default();
        assert!(dist.join(name).is_file(), "{} is in dist", files.wasm);
        assert_eq!(name.len(), "search-".len() + 16 + ".wasm".len(), "{name}");
        assert!(
            !dist.join("search_bg.wasm").exists(),
            "the built name is gone"
        );
        assert!(
            !dist.join("search.js").exists(),
            "the glue is not a file of the site"
        );
        assert_eq!(
            files.glue, "let wasm_bindgen = 1;",
            "the glue is kept for the page"
        );
        // Another engine, another name: a browser never keeps a stale one under the same name.
        assert_ne!(
            hashed_name("search", "wasm", b"engine"),
            hashed_name("search", "wasm", b"engine2")
        );
        let boot = files.named_in("var B = \"__SEARCH_WASM__\", C = \"__SEARCH_INDEX__\";");
        assert!(
            !boot.contains("__SEARCH") && boot.contains(&format!("\"{INDEX_ID}\"")),
            "{boot}"
        );
        let page = files
            .preloaded("<head><title>t</title><script src=b></script></head><body><p>p</p></body>");
        assert_eq!(page.matches("rel=\"preload\"").count(), 1, "{page}");
        let at = |needle: &str| page.find(needle).unwrap_or(usize::MAX);
        assert!(
            at("rel=\"preload\"") < at("<script"),
            "asked for before the script: {page}"
        );
        let template = format!("<template id=\"{INDEX_ID}\">兰州\u{E001}</template>");
        assert!(
            at("<p>p</p>") < at(&template) && at(&template) < at("</body>"),
            "last in the body: {page}"
        );
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_search_page_carries_the_glue_and_boot_js_in_itself_and_its_policy_names_them() {
        let template = "<head><script src=\"/boot-0123.js\"></script></head><body></body>";
        let (glue, boot) = ("let wasm_bindgen = 1;", "var a = 1;");
        let page = with_scripts_inline(template, &[glue, boot]).expect("carried");
        assert!(
            page.contains("<script>let wasm_bindgen = 1;</script><script>var a = 1;</script>"),
            "the glue first, which boot.js calls as it runs: {page}"
        );
        assert!(
            !page.contains("boot-0123.js"),
            "no request for the file: {page}"
        );
        let policy = super::super::content_security_policy(&page);
        use base64::Engine;
        use sha2::Digest;
        for script in [glue, boot] {
            let hash =
                base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script));
            assert!(
                policy.contains(&format!("'sha256-{hash}'")),
                "{script} allowed by its hash: {policy}"
            );
        }
        let refused: [(&str, &str, &str); 3] = [
            (
                template,
                "a = \"</SCRIPT>\";",
                "the parser would end the script there",
            ),
            (
                template,
                "if (a <!-- b) {}",
                "the parser would read markup there",
            ),
            (
                "<head><script src=\"/other.js\"></script></head>",
                boot,
                "the first script is not boot.js, so the page would lose it",
            ),
        ];
        for (template, boot, why) in refused {
            assert!(
                with_scripts_inline(template, &[glue, boot]).is_err(),
                "{why}"
            );
        }
    }
}
