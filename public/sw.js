/* KinerjaKu service worker.
 * BUILD and PRECACHE are prepended at build time by .ci/postbuild.mjs from the real file
 * list of the build: never edit them by hand.
 *
 * - install: precache every file of this build under a cache named after the build, the
 *   lazy wasm chunk of every screen included, so each screen opens offline after one visit.
 * - activate: drop caches of older builds of this copy of the app only: caches are named after
 *   the worker's scope, so another copy on the same origin (/kinerja/ beside /kinerja-uji/)
 *   keeps its own; and the build just before this one is kept until the next update, as a tab
 *   still running it (another window, the installed app) loads its screens' chunks from it.
 * - fetch: same-origin GETs are served cache-first. Navigations get the cached app shell,
 *   so the page and its hashed assets always come from the same build; a new build takes
 *   over only when the page asks (SKIP_WAITING), i.e. when the person agrees to reload.
 */
const AWALAN = 'kinerjaku@' + self.registration.scope + '@';
const CACHE = AWALAN + BUILD;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so a new build never precaches an older file.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => {
        // In the order they were made: this scope's builds before this one, the newest last.
        const lama = keys.filter((k) => k.startsWith(AWALAN) && k !== CACHE);
        const buang = lama.slice(0, -1);
        // Caches named before scopes were (one per origin, 'kinerjaku-<build>'): dropped once
        // this scope has a build before this one to keep instead.
        if (lama.length > 0) buang.push(...keys.filter((k) => k.startsWith('kinerjaku-')));
        return Promise.all(buang.map((k) => caches.delete(k)));
      })
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
  // A miss in this build's cache is looked up in the build kept before it (a tab still running
  // that build asks for its own files), then the network.
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(alamat))
      .then((hit) => hit || caches.match(alamat))
      .then((hit) => hit || fetch(request))
  );
});
