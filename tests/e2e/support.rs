//! The end-to-end harness: the release build in `dist/` served by the plain static host (no
//! fallback), chromedriver driving headless Chromium, one browser session per test.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use site_tools::static_host::StaticHost;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The built site; the tests fail, rather than skip, when it is missing.
pub fn dist() -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file() && dist.join("c1").join("index.html").is_file(),
        "dist/ has no pre-rendered build: run `make dist` (or `make test`) first"
    );
    dist
}

/// The host under test when it is not ours: `LANXI_E2E_HOST` (its origin, serving `dist/`),
/// with `LANXI_E2E_HOST_OFF` and `LANXI_E2E_HOST_ON` (shell commands that stop and start it).
/// `make host-tests` runs a few of these tests so against nginx with the README's lines.
fn outside_host() -> Option<String> {
    std::env::var("LANXI_E2E_HOST")
        .ok()
        .filter(|h| !h.is_empty())
}

/// The site's origin, shared by all tests of this binary.
pub fn site() -> &'static str {
    static SITE: OnceLock<String> = OnceLock::new();
    SITE.get_or_init(|| {
        outside_host().unwrap_or_else(|| match StaticHost::start(dist(), "127.0.0.1:0") {
            Ok(host) => host.url(),
            Err(error) => panic!("cannot start the static host: {error}"),
        })
    })
}

/// A host the test may switch off and on (offline tests): ours, started for the test, or the
/// outside host by its commands. Its origin, and the switch.
pub fn switchable_host() -> (String, Box<dyn Fn(bool) + Send + Sync>) {
    if let Some(origin) = outside_host() {
        let switch = |online: bool| {
            let key = if online {
                "LANXI_E2E_HOST_ON"
            } else {
                "LANXI_E2E_HOST_OFF"
            };
            let command = std::env::var(key).unwrap_or_else(|_| panic!("{key} is not set"));
            let done = Command::new("sh").args(["-c", &command]).status();
            assert!(done.is_ok_and(|s| s.success()), "{key}: `{command}` failed");
        };
        return (origin, Box::new(switch));
    }
    let host = StaticHost::start(dist(), "127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let origin = host.url();
    (origin, Box::new(move |online| host.set_online(online)))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// chromedriver for one test; killed when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Options for a browser session.
#[derive(Clone, Copy)]
pub struct Options {
    /// Window width and height in CSS pixels.
    pub size: (u32, u32),
    /// Whether JavaScript runs.
    pub javascript: bool,
    /// Dark colour scheme.
    pub dark: bool,
    /// A phone: 390×844 CSS pixels at device pixel ratio 3, with touch (Chromium's mobile
    /// emulation); `size` is then ignored.
    pub phone: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            size: (1280, 800),
            javascript: true,
            dark: false,
            phone: false,
        }
    }
}

/// Runs `test` with a fresh headless Chromium, closing it even when the test fails.
pub async fn with_browser<F, Fut>(options: Options, test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start chromedriver (install chromium-driver, or run `make test`): {e}")
        });
    let _driver = Driver(child);
    let profile = std::env::temp_dir().join(format!("lanxi-e2e-{}-{port}", std::process::id()));
    let mut args = vec![
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        format!("--window-size={},{}", options.size.0, options.size.1),
        format!("--user-data-dir={}", profile.display()),
        "--lang=zh-CN".into(),
    ];
    if options.dark {
        args.push("--blink-settings=preferredColorScheme=0".into());
        args.push("--force-dark-mode".into());
    }
    let mut prefs = json!({});
    if !options.javascript {
        prefs = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut chrome = json!({ "binary": "/usr/bin/chromium", "args": args, "prefs": prefs });
    if options.phone {
        chrome["mobileEmulation"] = json!({
            "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 3.0, "touch": true, "mobile": true },
            "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36",
        });
    }
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": chrome,
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    let capabilities = match caps {
        Value::Object(map) => map,
        _ => unreachable!("capabilities are an object"),
    };
    let started = Instant::now();
    let client = loop {
        match ClientBuilder::native()
            .capabilities(capabilities.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => break client,
            Err(error) if started.elapsed() < Duration::from_secs(20) => {
                let _ = error;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(error) => panic!("cannot open a browser session: {error}"),
        }
    };
    let outcome = tokio::spawn(test(client.clone())).await;
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    if let Err(error) = outcome {
        if let Ok(panic) = error.try_into_panic() {
            std::panic::resume_unwind(panic);
        }
        panic!("test task failed");
    }
}

/// Chromium's console log since the last call (chromedriver's legacy log endpoint).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// Console messages at level SEVERE (errors, failed loads, CSP violations).
pub async fn console_errors(client: &Client) -> Vec<String> {
    console_at(client, &["SEVERE"]).await
}

/// Console messages at level SEVERE or WARNING.
pub async fn console_problems(client: &Client) -> Vec<String> {
    console_at(client, &["SEVERE", "WARNING"]).await
}

/// The sitemap's paths (`/c1/s1/`).
pub fn sitemap_paths() -> Vec<String> {
    let (_, sitemap) = http_get("/sitemap.xml");
    sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .map(|url| {
            url.split_once("://")
                .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
                .unwrap_or_default()
        })
        .collect()
}

/// Console messages at the given levels since the last read.
async fn console_at(client: &Client, levels: &[&str]) -> Vec<String> {
    let log = client
        .issue_cmd(BrowserLog)
        .await
        .unwrap_or_else(|e| panic!("cannot read the console: {e}"));
    log.as_array()
        .map(|entries| {
            entries
                .iter()
                .filter(|e| levels.iter().any(|l| e["level"] == *l))
                .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Opens a path of the site and waits until the page has settled: the app is live where the
/// page starts it at once, or idle where it waits for the reader's first touch.
pub async fn open(client: &Client, path: &str) {
    client
        .goto(&format!("{}{path}", site()))
        .await
        .unwrap_or_else(|e| panic!("cannot open {path}: {e}"));
    wait_for(client, "html[data-app='ready'], html[data-app='idle']").await;
}

/// Waits for an element, failing after 15 s.
pub async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("`{css}` did not appear: {e}"))
}

/// Text of the first element matching `css`.
pub async fn text_of(client: &Client, css: &str) -> String {
    let element = wait_for(client, css).await;
    element
        .text()
        .await
        .unwrap_or_else(|e| panic!("no text for `{css}`: {e}"))
}

/// A raw HTTP GET against the static host: status line and body, as a crawler sees them.
pub fn http_get(path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let site = site();
    let addr = site.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .unwrap_or_else(|e| panic!("send: {e}"));
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .unwrap_or_else(|e| panic!("read: {e}"));
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Waits until the text of `css` contains `words` (after a navigation), up to 5 s; returns it.
pub async fn wait_for_text(client: &Client, css: &str, words: &str) -> String {
    for _ in 0..50 {
        let text = text_of(client, css).await;
        if text.contains(words) {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    text_of(client, css).await
}

/// Waits for `words` to appear in the element and fails the test if they never do.
pub async fn expect_text(client: &Client, css: &str, words: &str) -> String {
    let text = wait_for_text(client, css, words).await;
    assert!(text.contains(words), "{css} never said {words:?}: {text:?}");
    text
}

/// Runs a script in the page and returns its value.
pub async fn run(client: &Client, script: &str) -> serde_json::Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// Starts the map's controls as a reader would, by moving focus onto the map (a map page
/// loads no app code until then), and waits until they are live.
pub async fn wake_map(client: &Client) {
    run(
        client,
        "document.querySelector('svg.plan-map').focus({ preventScroll: true })",
    )
    .await;
    wait_for(client, "svg.plan-map[data-ready]").await;
}
