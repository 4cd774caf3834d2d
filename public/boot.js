// Runs before the app and before the first paint.
// 1. The reader's light/dark choice, so the page does not flash the other theme.
try {
  var theme = localStorage.getItem("lanxi-theme");
  if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
} catch (e) { /* storage blocked: follow the system */ }

// 2. The globals Leptos reads while hydrating a page it did not stream. The pages are
//    pre-rendered at build time, so there are no pending resources or errors.
window.__RESOLVED_RESOURCES = [];
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];

// 3. Islands: the page is plain HTML; each <leptos-island data-component="F"> is an interactive
//    part whose hydrate function F the wasm exports. trunk's loader starts the wasm (whose
//    `main` sets up the reactive owner) and then fires TrunkApplicationStarted.
addEventListener("TrunkApplicationStarted", function () {
  var exports = window.wasmBindings || {};
  document.querySelectorAll("leptos-island").forEach(function (island) {
    var hydrate = exports[island.dataset.component];
    if (typeof hydrate === "function") hydrate(island);
    else console.error("no hydrate function for island " + island.dataset.component);
  });
  document.documentElement.setAttribute("data-app", "ready");
});

// 4. Offline: the service worker sits beside this script, at the site's base.
if ("serviceWorker" in navigator && document.currentScript) {
  var base = new URL(".", document.currentScript.src).pathname;
  addEventListener("load", function () {
    navigator.serviceWorker.register(base + "sw.js", { scope: base }).catch(function (e) {
      console.warn("offline support unavailable: " + e);
    });
  });
}
