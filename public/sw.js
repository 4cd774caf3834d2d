// The service worker: the site readable offline, without taking more of a
// reader's data than the reading needs. The pre-renderer fills in VERSION (changes with every
// build) and three lists of the site's files:
// - SHELL: the stylesheet, the page script, the manifest and icons, the home and 404 pages;
//   all a reader on Save-Data gets ahead of time (pages are kept as they are visited).
// - TEXT: every chapter and section page, cached at install: every text page opens offline.
// - REST: maps, places, goals, data, the app's code: cached when the page asks, a minute
//   after a visit (`boot.js`), so a first visit downloads little in its first minute.
// Anything fetched is kept too, so every page visited opens offline; a page not saved, asked
// for offline, gets the not-found page saying it is offline (`data-offline`). Each build has its own
// cache, so a page never mixes old HTML with new code.
const VERSION = "__VERSION__";
const SHELL = __SHELL__;
const TEXT = __TEXT__;
const REST = __REST__;
const CACHE = "lanxi-" + VERSION;
const SCOPE = new URL(self.registration.scope).pathname;
const saveData = () => !!(self.navigator.connection && self.navigator.connection.saveData);

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(saveData() ? SHELL : SHELL.concat(TEXT))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("lanxi-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// The page asks for the rest when the reader has stayed a while (never on Save-Data).
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "cache-rest") return;
  const reply = (status) => event.source && event.source.postMessage({ type: "cache-rest", status });
  if (saveData()) { reply("skipped"); return; }
  event.waitUntil(caches.open(CACHE)
    .then(async (cache) => {
      const missing = [];
      for (const path of TEXT.concat(REST)) if (!(await cache.match(path))) missing.push(path);
      await cache.addAll(missing);
    })
    .then(() => reply("done"), () => reply("failed")));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const page = request.mode === "navigate";
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A page's query (?q=, ?v=, ?kind=) is read by the page itself: the file is the same.
    let path = url.pathname;
    if (page && !path.endsWith("/") && !path.split("/").pop().includes(".")) path += "/";
    const cached = await cache.match(path, { ignoreSearch: page });
    if (cached) return cached;
    try {
      const response = await fetch(request);
      // A redirected response must not answer a later navigation: keep only direct answers.
      if (response.ok && response.type === "basic" && !response.redirected) cache.put(page ? path : request, response.clone());
      return response;
    } catch (error) {
      // Offline and not saved: the not-found page, marked so that it says the reader is
      // offline (and what is saved) rather than that the address is wrong.
      const notFound = page && (await cache.match(SCOPE + "404.html"));
      if (!notFound) throw error;
      const html = (await notFound.text()).replace("<html ", "<html data-offline ");
      return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
    }
  })());
});
