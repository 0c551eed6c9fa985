/* KinerjaKu service worker.
 * BUILD and PRECACHE are prepended at build time by .ci/postbuild.mjs from the real file
 * list of the build: never edit them by hand.
 *
 * - install: precache every file of this build under a cache named after the build, the
 *   lazy wasm chunk of every screen included, so each screen opens offline after one visit.
 * - activate: drop caches of older builds of this app only (other apps share the origin).
 * - fetch: same-origin GETs are served cache-first. Navigations get the cached app shell,
 *   so the page and its hashed assets always come from the same build; a new build takes
 *   over only when the page asks (SKIP_WAITING), i.e. when the person agrees to reload.
 */
const CACHE = 'kinerjaku-' + BUILD;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so a new build never precaches an older file.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith('kinerjaku-') && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The precached entries have no query, so a query is ignored by looking up the address
  // without it. Not with `ignoreSearch`: Chromium then compares every entry of the cache
  // (800 here) for each request, and a screen that loads 300 wasm chunks waited 2.5 s for them
  // on a disk-backed profile; the exact lookup answers the same 300 in about 0.1 s. (The split
  // loader reads precached chunks from the cache itself now: chunks come here only when not
  // cached.)
  const alamat = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    const shell = new URL('./', self.registration.scope);
    const akar = url.pathname === shell.pathname || url.pathname === shell.pathname + 'index.html';
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        if (akar) return (await cache.match(shell.href)) || fetch(request);
        // A file of the build opened in the tab (the manifest, an icon) is itself.
        const berkas = await cache.match(alamat);
        if (berkas) return berkas;
        // Any other path under the scope (/kinerja/x/y, a mistyped or old link) goes to the
        // app's own address: the shell's relative asset URLs only resolve there, and served
        // here it would wait for them forever. The #route is kept by the browser.
        return Response.redirect(shell.href, 302);
      })
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(alamat))
      .then((hit) => hit || fetch(request))
  );
});
