//! The search's own files in `dist/`: its wasm and glue (built by `make dist` into
//! `search_bg.wasm` and `search.js`), each renamed by its content so a browser may keep them
//! for good; the tags by which the search page asks for both at once; and the build-time
//! index, its rules of the stylesheet and `boot.js`, which the search page carries itself.
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

use crate::core::routes::BASE;
use std::path::Path;

/// The search's files as the site names them (with the base).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchFiles {
    /// The glue, an ES module.
    pub js: String,
    /// The engine.
    pub wasm: String,
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
    /// Renames the built engine and glue in `dist` by their content; keeps the index's text
    /// for the search page.
    pub fn publish(dist: &Path, index_text: String) -> Result<SearchFiles, String> {
        let read = |name: &str| {
            std::fs::read(dist.join(name)).map_err(|e| {
                format!(
                    "{}: {e} (`make dist` builds the search's wasm)",
                    dist.join(name).display()
                )
            })
        };
        let (js, wasm) = (read("search.js")?, read("search_bg.wasm")?);
        let names = [
            ("search.js", hashed_name("search", "js", &js)),
            ("search_bg.wasm", hashed_name("search", "wasm", &wasm)),
        ];
        for (built, named) in &names {
            std::fs::rename(dist.join(built), dist.join(named))
                .map_err(|e| format!("{built}: {e}"))?;
        }
        let [(_, js), (_, wasm)] = names;
        Ok(SearchFiles {
            js: format!("{BASE}/{js}"),
            wasm: format!("{BASE}/{wasm}"),
            index_text,
        })
    }

    /// `boot.js` naming the files and the index's element (its `__SEARCH_JS__`,
    /// `__SEARCH_WASM__`, `__SEARCH_INDEX__`).
    pub fn named_in(&self, boot: &str) -> String {
        boot.replace("__SEARCH_JS__", &self.js)
            .replace("__SEARCH_WASM__", &self.wasm)
            .replace("__SEARCH_INDEX__", INDEX_ID)
    }

    /// The search page's requests for both, made as its head is read: neither waits for the
    /// other (`crossorigin` makes the wasm's preload match the glue's `fetch`).
    pub fn preloads(&self) -> String {
        format!(
            "<link rel=\"modulepreload\" href=\"{}\">\n\
             <link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n",
            self.js, self.wasm
        )
    }

    /// The template as the search page uses it, carrying in itself what its first answer
    /// would otherwise fetch beside the glue and the wasm: the page's own rules of
    /// `stylesheet` ([`page_css`](super::page_css)), those that can apply to what the page as
    /// rendered, `boot` and the search's wasm in `dist` write, in place of the link to it; and
    /// `boot` itself in place of the tag that names its file. Both are listed by their SHA-256
    /// in the page's policy (`content_security_policy` reads them from the template).
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
        with_boot_inline(&styled, boot)
    }

    /// The search page: asking for the files in its head, before its script (which blocks the
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

/// `template` with its `<script src="…/boot-….js"></script>` replaced by `<script>boot</script>`.
/// An HTML parser ends a script at `</script` and reads `<!--` in one as markup, so a `boot`
/// holding either cannot be carried and fails the build.
fn with_boot_inline(template: &str, boot: &str) -> Result<String, String> {
    let (start, end) =
        super::tag_span(template, "<script src=", "</script>").map_err(|e| e.to_string())?;
    if !template[start..end].contains("/boot-") {
        return Err(format!(
            "the template's first script is not boot.js: {}",
            &template[start..end]
        ));
    }
    let lower = boot.to_ascii_lowercase();
    if let Some(bad) = ["</script", "<!--"].into_iter().find(|b| lower.contains(b)) {
        return Err(format!(
            "boot.js holds `{bad}`, so the search page cannot carry it in a <script>"
        ));
    }
    Ok(format!(
        "{}<script>{boot}</script>{}",
        &template[..start],
        &template[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_files_are_named_by_content_asked_for_at_once_and_the_index_is_in_the_page() {
        let dist = std::env::temp_dir().join(format!("search-files-{}", std::process::id()));
        std::fs::create_dir_all(&dist).expect("a scratch dist");
        std::fs::write(dist.join("search.js"), "export default 1").expect("glue");
        std::fs::write(dist.join("search_bg.wasm"), b"\0asm").expect("engine");
        let files = SearchFiles::publish(&dist, "兰州\u{E001}".into()).expect("published");
        for href in [&files.js, &files.wasm] {
            let name = href.rsplit('/').next().unwrap_or_default();
            assert!(dist.join(name).is_file(), "{href} is in dist");
            assert_eq!(
                name.len(),
                "search-".len() + 16 + 1 + name.rsplit('.').next().unwrap_or_default().len(),
                "{name}"
            );
        }
        assert!(!dist.join("search.js").exists(), "the built name is gone");
        // Another engine, another name: a browser never keeps a stale one under the same name.
        assert_ne!(
            hashed_name("search", "wasm", b"engine"),
            hashed_name("search", "wasm", b"engine2")
        );
        let boot = files.named_in(
            "var A = \"__SEARCH_JS__\", B = \"__SEARCH_WASM__\", C = \"__SEARCH_INDEX__\";",
        );
        assert!(
            !boot.contains("__SEARCH") && boot.contains(&format!("\"{INDEX_ID}\"")),
            "{boot}"
        );
        let page = files
            .preloaded("<head><title>t</title><script src=b></script></head><body><p>p</p></body>");
        assert_eq!(
            page.matches("rel=\"preload\"").count() + page.matches("rel=\"modulepreload\"").count(),
            2,
            "{page}"
        );
        let at = |needle: &str| page.find(needle).unwrap_or(usize::MAX);
        assert!(
            at("modulepreload") < at("<script"),
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
    fn the_search_page_carries_boot_js_in_itself_and_its_policy_names_it() {
        let template = "<head><script src=\"/boot-0123.js\"></script></head><body></body>";
        let boot = "var a = 1;";
        let page = with_boot_inline(template, boot).expect("carried");
        assert!(page.contains("<script>var a = 1;</script>"), "{page}");
        assert!(
            !page.contains("boot-0123.js"),
            "no request for the file: {page}"
        );
        let policy = super::super::content_security_policy(&page);
        use base64::Engine;
        use sha2::Digest;
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(boot));
        assert!(
            policy.contains(&format!("'sha256-{hash}'")),
            "allowed by its hash: {policy}"
        );
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
            assert!(with_boot_inline(template, boot).is_err(), "{why}");
        }
    }
}
