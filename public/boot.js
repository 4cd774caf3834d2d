// The page's one script, last in <head>: a blocking script there is read once every file above
// it is asked for (the stylesheet, a page's preloads), and it waits for the stylesheet anyway,
// so it delays no request and no paint, and sets the theme before the first paint. Then it
// waits for the page. The search page carries it in itself (its SHA-256 in the page's policy;
// see prerender::search_files), so a shared search link has it with its first bytes; every
// other page names this file, fetched once for the whole site.
// 0. The theme the reader chose (section 4 keeps it), before anything is drawn.
try {
  var chosenTheme = localStorage["lanxi-theme"];
  if (chosenTheme) document.documentElement.dataset.theme = chosenTheme;
} catch (e) { /* storage blocked: the system's theme */ }
// 1. The globals Leptos reads while hydrating a page it did not stream. The pages are
//    pre-rendered at build time, so there are no pending resources or errors.
window.__RESOLVED_RESOURCES = [];
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];

// 2. Islands: the page is plain HTML; each <leptos-island data-component="F"> is an interactive
//    part whose hydrate function F the wasm exports. No app code loads with the page: the
//    pre-renderer took trunk's loader out and wrote the app's files here (APP_JS, APP_WASM;
//    under `make dev` they stay unfilled and trunk's loader runs the app). The app starts at
//    once where it draws the page's content (an island marked data-start="now", or any page
//    with islands opened with a query such as ?hl= or ?v=), and elsewhere at the first touch,
//    focus or key on an interactive part, whose click is replayed once the part is live, so
//    that first click is not lost.
var APP_JS = "__APP_JS__";
var APP_WASM = "__APP_WASM__";
var root = document.documentElement;
var appState = "idle";
var pendingClicks = [];
function hydrateIslands() {
  var exports = window.wasmBindings || {};
  document.querySelectorAll("leptos-island").forEach(function (island) {
    var hydrate = exports[island.dataset.component];
    if (typeof hydrate === "function") hydrate(island);
    else console.error("no hydrate function for island " + island.dataset.component);
  });
  appState = "ready";
  root.setAttribute("data-app", "ready");
  var clicks = pendingClicks;
  pendingClicks = [];
  // After the islands' effects have run.
  setTimeout(function () {
    clicks.forEach(function (target) {
      if (target.isConnected) target.click();
    });
  }, 0);
}
function startApp() {
  if (appState !== "idle" || !/\.js$/.test(APP_JS)) return;
  appState = "loading";
  root.setAttribute("data-app", "loading");
  import(APP_JS).then(function (bindings) {
    return bindings.default({ module_or_path: APP_WASM }).then(function () {
      window.wasmBindings = bindings;
      hydrateIslands();
    });
  }).catch(function (error) {
    appState = "failed";
    root.setAttribute("data-app", "failed");
    console.error("the app could not start: " + error);
  });
}
window.lanxiStartApp = startApp;
function needsAppAtOnce() {
  if (!document.querySelector("leptos-island")) return false;
  if (location.search.length > 1) return true;
  // An island that draws the page's content from its URL says so itself (Rust: data-start).
  return !!document.querySelector('leptos-island [data-start="now"]');
}
// The interactive parts: islands, and the map the map's controls drive.
function inIsland(target) {
  return target && target.closest ? target.closest("leptos-island, .map-frame") : null;
}
var lastTouch = false;
["pointerdown", "focusin", "keydown", "touchstart", "wheel"].forEach(function (type) {
  addEventListener(type, function (event) {
    if (type === "pointerdown") lastTouch = event.pointerType === "touch";
    if (inIsland(event.target)) startApp();
  }, { capture: true, passive: true });
});
// The county sheet of the maps: a tap on a county on a touch screen shows its name, counts
// and page link, filled from the county link's own data-* into the sheet's [data-sheet]
// slots. Here, not in the app, so the first tap answers at once; the app's map (which tells a
// tap from a pan or a pinch) asks for the same once it is live.
function openSheet(county) {
  var sheet = document.getElementById("map-sheet");
  if (!sheet) return;
  sheet.querySelectorAll("[data-sheet]").forEach(function (slot) {
    slot.textContent = county.getAttribute("data-" + slot.getAttribute("data-sheet")) || "";
  });
  var link = document.getElementById("map-sheet-link");
  if (link) link.setAttribute("href", county.getAttribute("href"));
  sheet.hidden = false;
}
function closeSheet() {
  var sheet = document.getElementById("map-sheet");
  if (sheet) sheet.hidden = true;
}
window.lanxiOpenSheet = openSheet;
window.lanxiCloseSheet = closeSheet;
addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest(".map-sheet-close")) return closeSheet();
  // Once the app is live (or could not start), clicks go where they go.
  if (appState === "ready" || appState === "failed" || !inIsland(event.target)) return;
  // A tap on a county before the app: its sheet, not its page.
  var county = lastTouch && event.target.closest(".map-frame a.county-link");
  if (county) {
    event.preventDefault();
    event.stopPropagation();
    openSheet(county);
    startApp();
    return;
  }
  // Another part not live yet: hold the click and give it back once it is. Links and
  // <summary> work without the app; only the app's own controls wait for it.
  var target = event.target.closest("button, input, select, [role=button]");
  if (!target) return;
  event.preventDefault();
  event.stopPropagation();
  pendingClicks.push(target);
  startApp();
}, true);
addEventListener("DOMContentLoaded", function () {
  if (needsAppAtOnce()) startApp();
  else if (appState === "idle") root.setAttribute("data-app", "idle");
});

// 2b. Search: not the app, but the search's own small wasm (crates/search-web) over the index
//    the build wrote, which the search page carries last in its body (a <template>, so it
//    arrives while the line would otherwise wait for the wasm). The page's head asks for the
//    wasm and carries its glue (wasm-bindgen's, which defines `wasm_bindgen`) and this script,
//    which starts it; the engine cleans what is typed, searches and writes the results (its
//    HTML, the core's), and names the page's address; this only wires it to the box.
var SEARCH_WASM = "__SEARCH_WASM__";
var SEARCH_INDEX = "__SEARCH_INDEX__";
function searchStatus(name) {
  document.querySelectorAll("[data-search-status]").forEach(function (notice) {
    notice.hidden = notice.getAttribute("data-search-status") !== name;
  });
}
// The wasm compiles as it streams in: measured with the bench's phone profile, the engine
// is ready 5-10 ms after the last byte, not 30-40. It is started here, as the head is read,
// while the body with the index is still coming, not once the whole page is in. Only the
// search page carries the glue; elsewhere, and unbuilt (`make dev`), there is no engine.
var searchGlue = typeof wasm_bindgen === "function" ? wasm_bindgen : null;
var earlyEngine = searchGlue && searchGlue({ module_or_path: SEARCH_WASM }).then(function () { return searchGlue; });
// Its failure is told by startSearch, which takes it up once the page is in.
if (earlyEngine) earlyEngine.catch(function () {});
function startSearch() {
  var box = document.getElementById("search-q");
  var panel = document.getElementById("search-results");
  if (!box || !panel || !earlyEngine) return;
  var slow = setTimeout(function () { if (location.search.length > 1) searchStatus("loading"); }, 400);
  earlyEngine.then(function (engine) {
    var held = document.getElementById(SEARCH_INDEX);
    if (!held || !held.content) throw new Error("the page holds no #" + SEARCH_INDEX);
    engine.load(held.content.textContent);
    var show = function () {
      var query = engine.clean(box.value);
      var href = engine.href(query) + location.hash;
      if (href !== location.pathname + location.search + location.hash) history.replaceState(null, "", href);
      var start = performance.now();
      panel.innerHTML = engine.answer(query);
      panel.setAttribute("data-ms", (performance.now() - start).toFixed(3));
      panel.setAttribute("data-query", query);
    };
    if (!box.value) box.value = engine.query_of(location.search);
    clearTimeout(slow);
    searchStatus(engine.malformed_query(location.search) ? "malformed" : "");
    box.addEventListener("input", function () { searchStatus(""); show(); });
    show();
    root.setAttribute("data-search", "ready");
  }).catch(function (error) {
    clearTimeout(slow);
    // A file that could not be fetched at all (a TypeError: no network, or the host gone) is
    // being offline, said as such and not logged; anything else is a fault, and logged.
    var offline = navigator.onLine === false || error instanceof TypeError;
    searchStatus(offline ? "offline" : "failed");
    root.setAttribute("data-search", offline ? "offline" : "failed");
    if (!offline) console.error("the search could not start: " + error);
  });
}
addEventListener("DOMContentLoaded", startSearch);

// 3. Offline: the service worker sits at the site's base, beside the app's files; unbuilt
//    (`make dev`), beside this script. Not this script's own address: a page may carry it.
var base = /\.js$/.test(APP_JS) ? APP_JS.slice(0, APP_JS.lastIndexOf("/") + 1)
  : document.currentScript && document.currentScript.src ? new URL(".", document.currentScript.src).pathname : "";
//    Registered once the page has loaded and, where the search answers a link, once it has
//    answered: the search page loads before its wasm has come, and the worker's first caching
//    (the shell and 40 text pages) then shared the line and the CPU with it. Measured on the
//    bench's profile (高铁, medians of 11 and 9): the first result 612 → 568 ms seen in the page;
//    seen by the shared script, which polls the page from outside, 642 → 580 ms once the worker
//    also waits 1.5 s after the answer (registered at once, it still held the page's thread).
if ("serviceWorker" in navigator && base) {
  addEventListener("load", function () {
    var register = function () {
      navigator.serviceWorker.register(base + "sw.js", { scope: base }).catch(function (e) {
        console.warn("offline support unavailable: " + e);
      });
    };
    // startSearch's answer is the engine's first callback (taken at DOMContentLoaded); the
    // worker then waits while that answer is laid out and painted, and the page is quiet.
    if (earlyEngine) earlyEngine.then(function () { setTimeout(register, 1500); }, register);
    else register();
  });
}

// 4. The light/dark switch and the share button: no app code. The page follows the system
//    until the reader chooses; the choice is kept, and applied before the first paint by
//    section 0 (under the same key).
function isDark() {
  var chosen = root.getAttribute("data-theme");
  if (chosen === "dark" || chosen === "light") return chosen === "dark";
  return !!(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
}
function showTheme() {
  document.querySelectorAll(".theme-switch").forEach(function (button) {
    button.setAttribute("aria-pressed", isDark() ? "true" : "false");
  });
}
addEventListener("click", function (event) {
  if (!event.target.closest || !event.target.closest(".theme-switch")) return;
  var next = isDark() ? "light" : "dark";
  root.setAttribute("data-theme", next);
  try { localStorage.setItem("lanxi-theme", next); } catch (e) { /* storage blocked: this page only */ }
  showTheme();
});
addEventListener("DOMContentLoaded", showTheme);

// The share button: the device's share sheet where it has one, else the clipboard; the panel
// shows the link and says which happened. No app code either.
addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest(".share-button");
  var panel = button && button.closest(".share-body");
  if (!panel) return;
  var url = location.origin + location.pathname;
  var show = function (said) {
    panel.querySelector(".share-url input").value = url;
    var line = panel.querySelector(".share-status");
    line.textContent = said;
    line.setAttribute("data-shared-url", url);
  };
  var copy = function () {
    return Promise.resolve().then(function () { return navigator.clipboard.writeText(url); })
      .then(function () { show("链接已复制"); });
  };
  show("");
  var shared = navigator.share
    ? navigator.share({ title: document.title, url: url }).then(function () { show("已打开分享"); }, copy)
    : copy();
  shared.catch(function () { show("请长按或选中上面的链接复制"); });
});

// 5. Reading habits, without waiting for the app: script-only controls shown, citations
//    dated today and copied on request, ← / → through sections, and 继续阅读 on the home page.
document.documentElement.classList.add("has-script");
function today() {
  var d = new Date(), p = function (n) { return (n < 10 ? "0" : "") + n; };
  return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate());
}
function copyText(text, button) {
  var done = function () { button.classList.add("done"); button.setAttribute("data-copied", "true"); };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () {});
  else done();
  button.setAttribute("data-text", text);
}
addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-copy]");
  if (!button) return;
  var cite = button.closest(".cite");
  var ref = cite.querySelector(".cite-ref").textContent.trim();
  if (button.dataset.copy === "ref") return copyText(ref, button);
  var element = document.getElementById(button.dataset.of);
  var text = "";
  if (element) {
    var copy = element.cloneNode(true);
    copy.querySelectorAll(".anchor").forEach(function (a) { a.remove(); });
    text = copy.textContent.trim();
  }
  copyText(text + "\n" + cite.querySelector(".cite-source").textContent.trim(), button);
});
// The keys' help, beside the theme switch, where ← and → have somewhere to go: only a page
// with this script has the keys, so only such a page lists them.
function listKeys() {
  var nav = document.querySelector(".site-nav");
  if (!nav || !document.querySelector(".prev-next a[rel]")) return;
  var keys = document.createElement("details");
  keys.className = "shortcuts";
  keys.innerHTML = '<summary aria-label="键盘快捷键" title="键盘快捷键">⌨</summary><dl>' +
    "<dt><kbd>/</kbd></dt><dd>搜索全文</dd><dt><kbd>←</kbd></dt><dd>上一节（或上一章）</dd>" +
    "<dt><kbd>→</kbd></dt><dd>下一节（或下一章）</dd></dl>";
  nav.appendChild(keys);
}
addEventListener("DOMContentLoaded", function () {
  listKeys();
  var date = today();
  document.querySelectorAll(".cite-date").forEach(function (span) { span.textContent = date; });
  var path = location.pathname;
  var title = document.querySelector("article h1");
  try {
    if (/\/c\d+\/(s\d+\/)?$/.test(path) && title) {
      localStorage.setItem("lanxi-last-read", JSON.stringify({ path: path, title: document.title.split(" · ")[0] }));
    }
    var last = JSON.parse(localStorage.getItem("lanxi-last-read") || "null");
    var slot = document.getElementById("continue-reading");
    if (slot && last && typeof last.path === "string" && last.path.charAt(0) === "/") {
      slot.textContent = "继续阅读：";
      var link = document.createElement("a");
      link.href = last.path;
      link.textContent = String(last.title || last.path);
      slot.appendChild(link);
      slot.hidden = false;
    }
  } catch (e) { /* storage blocked: nothing to remember */ }
});
addEventListener("keydown", function (event) {
  var typing = event.target && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
  if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    var field = document.getElementById("search-q") || document.getElementById("site-search");
    if (field) { event.preventDefault(); field.focus(); }
    return;
  }
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  if (target && target.closest && target.closest("svg.plan-map")) return;
  var rel = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
  var link = rel && document.querySelector(".prev-next a[rel=" + rel + "]");
  if (link) { event.preventDefault(); location.href = link.href; }
});

// 5b. Offline, the service worker answers a page it has not saved with the not-found page
//    marked data-offline: grey the contents' links that are not saved either (with Save-Data
//    only the shell is), and open the page asked for as soon as the network answers again.
if (root.hasAttribute("data-offline")) {
  addEventListener("DOMContentLoaded", function () {
    if (!window.caches) return;
    document.querySelectorAll(".not-found .contents-list a[href]").forEach(function (link) {
      caches.match(new URL(link.href).pathname).then(function (saved) {
        if (!saved) { link.classList.add("unsaved"); link.title = "未存到本机"; }
      });
    });
  });
  var retry = function () {
    fetch(location.href, { method: "HEAD", cache: "no-store" })
      .then(function (response) { if (response.ok) location.reload(); })
      .catch(function () { setTimeout(retry, 5000); });
  };
  addEventListener("online", retry);
  setTimeout(retry, 5000);
}

// 6. The rest of the site for offline reading: asked of the service worker once the reader
//    has stayed a minute (it refuses on Save-Data). `lanxiCacheRest` lets a test ask at once.
function cacheRest() {
  if (!("serviceWorker" in navigator)) return Promise.resolve("unsupported");
  return navigator.serviceWorker.ready.then(function (registration) {
    return new Promise(function (resolve) {
      navigator.serviceWorker.addEventListener("message", function listen(event) {
        if (event.data && event.data.type === "cache-rest") {
          navigator.serviceWorker.removeEventListener("message", listen);
          resolve(event.data.status);
        }
      });
      registration.active.postMessage({ type: "cache-rest" });
    });
  });
}
window.lanxiCacheRest = cacheRest;
addEventListener("load", function () { setTimeout(cacheRest, 60000); });
