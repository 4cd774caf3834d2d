// 兰西规划 Explorer service worker: after one visit, every page opens with the network off.
// The pre-renderer fills in VERSION (changes with every build) and PRECACHE (every file of the
// site). Each build has its own complete cache, so a page never mixes old HTML with new wasm:
// a new build installs beside the old one and takes over on a later visit.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = "lanxi-" + VERSION;
const SCOPE = new URL(self.registration.scope).pathname;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("lanxi-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
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
      return await fetch(request);
    } catch (error) {
      const notFound = page && (await cache.match(SCOPE + "404.html"));
      if (notFound) return notFound;
      throw error;
    }
  })());
});
