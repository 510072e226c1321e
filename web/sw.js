// sw.js is Neurona's service worker: it keeps the page, its scripts and the
// bundle so that the page also starts when the network is gone (a
// classroom's Wi-Fi drops), and it never keeps anyone on an old version.
//
// - Install: fetch the files of this build, revalidated with the server,
//   into a cache named after the build. `make dist` writes the build's name
//   (version and a hash of the files) in place of the placeholder below, so
//   a new deployment is a new worker, which browsers install on their own.
// - Activate: delete the caches of every other build of this page, take
//   over the open pages.
// - Fetch: network first, the cache only when the network fails. Online,
//   visitors always get what the server has now (the page and the bundle of
//   one deployment, revalidated by ETag: a 304 costs one round trip);
//   offline, the files of the last build that was installed complete.
//
// Everything is relative to this file, so the page works from any sub-path;
// the cache names carry the scope, so two copies of the page on one origin
// (two course folders) do not delete each other's files.
'use strict';

const BUILD = '__NEURONA_BUILD__';
const PREFIX = 'neurona:' + new URL('./', self.location).pathname + ':';
const CACHE = PREFIX + BUILD;
// './' is the page (the server answers the folder with index.html).
const FILES = ['./', 'boot.js', 'wasm_exec.js', 'neurona.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const file of FILES) {
      const url = new URL(file, self.location);
      // 'no-cache': revalidate with the server, so the files cached are
      // the ones deployed now, not an older copy from the HTTP cache.
      const resp = await fetch(url, { cache: 'no-cache' });
      if (!resp.ok) throw new Error(`${url}: HTTP ${resp.status}`);
      await cache.put(url, await clean(resp));
    }
    // A new build replaces the old one at once: the open pages keep the
    // program they already run, their next load gets the new one.
    await self.skipWaiting();
  })());
});

// clean copies a response that followed a redirect (a host sending the
// folder to folder/index.html): browsers refuse to answer a page load with
// a response marked as redirected.
async function clean(resp) {
  if (!resp.redirected) return resp;
  return new Response(await resp.blob(), { status: resp.status, statusText: resp.statusText, headers: resp.headers });
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      return await fetch(req);
    } catch (err) {
      const cache = await caches.open(CACHE);
      // The page's link carries the scene in the hash (never sent) and
      // may carry a query; any page load in the scope gets the page.
      const hit = (await cache.match(req, { ignoreSearch: true })) ||
        (req.mode === 'navigate' ? await cache.match(new URL('./', self.location)) : undefined);
      if (hit) return hit;
      throw err;
    }
  })());
});
