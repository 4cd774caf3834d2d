//! The search's own files in `dist/`: its wasm and glue (built by `make dist` into
//! `search_bg.wasm` and `search.js`) and the build-time index, each renamed by its content so
//! a browser may keep them for good, and the tags by which the search page asks for all three
//! at once.

use crate::core::routes::BASE;
use std::path::Path;

/// The search's files as the site names them (with the base).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchFiles {
    /// The glue, an ES module.
    pub js: String,
    /// The engine.
    pub wasm: String,
    /// The index (postcard).
    pub index: String,
}

/// `stem-<16 hex digits of the SHA-256 of bytes>.ext`.
pub fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{ext}")
}

impl SearchFiles {
    /// Renames the built engine and glue in `dist` by their content and writes the index
    /// beside them.
    pub fn publish(dist: &Path, index: &[u8]) -> Result<SearchFiles, String> {
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
        let index_name = hashed_name("search", "idx", index);
        std::fs::write(dist.join(&index_name), index).map_err(|e| format!("{index_name}: {e}"))?;
        let [(_, js), (_, wasm)] = names;
        Ok(SearchFiles {
            js: format!("{BASE}/{js}"),
            wasm: format!("{BASE}/{wasm}"),
            index: format!("{BASE}/{index_name}"),
        })
    }

    /// `boot.js` naming the files (its `__SEARCH_JS__`, `__SEARCH_WASM__`, `__SEARCH_INDEX__`).
    pub fn named_in(&self, boot: &str) -> String {
        boot.replace("__SEARCH_JS__", &self.js)
            .replace("__SEARCH_WASM__", &self.wasm)
            .replace("__SEARCH_INDEX__", &self.index)
    }

    /// The search page's requests for all three, made as its head is read: no file waits for
    /// another (`crossorigin` makes the two fetches' preloads match the script's `fetch`).
    pub fn preloads(&self) -> String {
        format!(
            "<link rel=\"modulepreload\" href=\"{}\">\n\
             <link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n\
             <link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n",
            self.js, self.wasm, self.index
        )
    }

    /// `page` asking for the files in its head, before its script (which blocks the parser
    /// and so would hold back any request written after it).
    pub fn preloaded(&self, page: &str) -> String {
        let head_end = page.find("</head>").unwrap_or(page.len());
        let at = page[..head_end].find("<script").unwrap_or(head_end);
        format!("{}{}{}", &page[..at], self.preloads(), &page[at..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_files_are_named_by_content_and_asked_for_at_once_by_the_page() {
        let dist = std::env::temp_dir().join(format!("search-files-{}", std::process::id()));
        std::fs::create_dir_all(&dist).expect("a scratch dist");
        std::fs::write(dist.join("search.js"), "export default 1").expect("glue");
        std::fs::write(dist.join("search_bg.wasm"), b"\0asm").expect("engine");
        let files = SearchFiles::publish(&dist, b"index").expect("published");
        for href in [&files.js, &files.wasm, &files.index] {
            let name = href.rsplit('/').next().unwrap_or_default();
            assert!(dist.join(name).is_file(), "{href} is in dist");
            assert_eq!(
                name.len(),
                "search-".len() + 16 + 1 + name.rsplit('.').next().unwrap_or_default().len(),
                "{name}"
            );
        }
        assert!(!dist.join("search.js").exists(), "the built name is gone");
        // Another index, another name: a browser never keeps a stale one under the same name.
        assert_ne!(
            hashed_name("search", "idx", b"index"),
            hashed_name("search", "idx", b"index2")
        );
        let boot = files.named_in(
            "var A = \"__SEARCH_JS__\", B = \"__SEARCH_WASM__\", C = \"__SEARCH_INDEX__\";",
        );
        assert!(!boot.contains("__SEARCH"), "{boot}");
        let page = files.preloaded("<head><title>t</title></head><body></body>");
        assert_eq!(
            page.matches("rel=\"preload\"").count() + page.matches("rel=\"modulepreload\"").count(),
            3
        );
        assert!(
            page.find("modulepreload").unwrap_or(usize::MAX) < page.find("</head>").unwrap_or(0)
        );
        let _ = std::fs::remove_dir_all(&dist);
    }
}
