//! The service worker's lists, filled in at build time: which files it saves at install (the
//! shell, and the text pages unless the reader asked to save data) and which a minute later,
//! and its version, a hash of the lists (in which the content-hashed file names stand), so a
//! new build replaces the old cache.

use crate::core::routes::BASE;
use std::path::Path;

/// When the worker saves a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheList {
    /// At install, always: what every page needs to open offline.
    Shell,
    /// At install, unless Save-Data: the chapters and sections.
    Text,
    /// A minute into a visit: everything else.
    Rest,
}

impl CacheList {
    /// The list a file goes in, by its URL path.
    pub fn of(url: &str) -> CacheList {
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
            CacheList::Shell
        } else if text {
            CacheList::Text
        } else {
            CacheList::Rest
        }
    }
}

/// Every file of the site under `dir` as a URL path (a directory's `index.html` as the
/// directory), leaving out the worker itself, hidden files and precompressed copies (`.br`,
/// `.gz`: the host's business, not pages to save).
pub fn site_urls(dist: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            site_urls(dist, &path, out)?;
            continue;
        }
        let relative = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let copy = relative.ends_with(".br") || relative.ends_with(".gz");
        if relative == "sw.js" || relative.starts_with('.') || copy {
            continue;
        }
        out.push(match relative.strip_suffix("index.html") {
            Some(dir) => format!("{BASE}/{dir}"),
            None => format!("{BASE}/{relative}"),
        });
    }
    Ok(())
}

/// The worker's script from its template and the site's URLs: (script, files per list as
/// shell, text, rest, version).
pub fn worker_script(template: &str, urls: &[String]) -> (String, [usize; 3], String) {
    let mut urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    urls.sort_unstable();
    let mut lists: [Vec<&str>; 3] = Default::default();
    for url in urls {
        let at = match CacheList::of(url) {
            CacheList::Shell => 0,
            CacheList::Text => 1,
            CacheList::Rest => 2,
        };
        lists[at].push(url);
    }
    let json = |list: &[&str]| {
        let quoted: Vec<String> = list.iter().map(|f| format!("\"{f}\"")).collect();
        format!("[{}]", quoted.join(","))
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
    let counts = [lists[0].len(), lists[1].len(), lists[2].len()];
    (script, counts, version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_is_saved_when_a_reader_needs_it() {
        // (URL path, list, why)
        let table = [
            ("/", CacheList::Shell, "the home page opens offline"),
            (
                "/404.html",
                CacheList::Shell,
                "the offline page for what is not saved",
            ),
            ("/main-0123.css", CacheList::Shell, "every page's look"),
            ("/boot-0123.js", CacheList::Shell, "every page's script"),
            (
                "/icon-192.png",
                CacheList::Shell,
                "the installed app's icon",
            ),
            ("/c6/", CacheList::Text, "a chapter"),
            ("/c6/s1/", CacheList::Text, "a section"),
            ("/c6/qr.png", CacheList::Rest, "a QR code is not the text"),
            ("/cx/", CacheList::Rest, "not a numbered chapter"),
            ("/map/5/", CacheList::Rest, "a map page, later"),
            (
                "/search/",
                CacheList::Rest,
                "the search page, which carries the index, later",
            ),
            (
                "/search-0123.wasm",
                CacheList::Rest,
                "the search's engine, later",
            ),
        ];
        for (url, list, why) in table {
            assert_eq!(CacheList::of(&format!("{BASE}{url}")), list, "{url}: {why}");
        }
    }

    #[test]
    fn the_lists_fill_the_template_and_a_new_file_gives_a_new_version() {
        let template = "const VERSION=\"__VERSION__\",SHELL=__SHELL__,TEXT=__TEXT__,REST=__REST__;";
        let urls: Vec<String> = ["/c1/", "/", "/map/1/"]
            .iter()
            .map(|u| format!("{BASE}{u}"))
            .collect();
        let (script, counts, version) = worker_script(template, &urls);
        assert_eq!(counts, [1, 1, 1]);
        assert!(script.contains(&format!("SHELL=[\"{BASE}/\"]")), "{script}");
        assert!(
            script.contains(&format!("TEXT=[\"{BASE}/c1/\"]")),
            "{script}"
        );
        assert!(script.contains(&format!("VERSION=\"{version}\"")));
        assert!(!script.contains("__"), "every placeholder filled: {script}");
        let more: Vec<String> = urls
            .iter()
            .cloned()
            .chain([format!("{BASE}/c2/")])
            .collect();
        assert_ne!(worker_script(template, &more).2, version);
    }
}
