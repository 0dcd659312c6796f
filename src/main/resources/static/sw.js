// The installable web app's service worker: pages always come from the network (they hold
// personal data and must be current); static assets are cached; without a network the offline
// page is shown instead of the browser's error.
const CACHE = 'journal-static-v1';
const OFFLINE = '/offline.html';
const PRECACHE = [OFFLINE, '/css/app.css', '/img/icon.svg', '/img/icon-192.png',
  '/webjars/bootstrap/dist/css/bootstrap.min.css'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(PRECACHE); }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }));
  self.clients.claim();
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  if (request.method !== 'GET') { return; }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () { return caches.match(OFFLINE); }));
    return;
  }
  const url = new URL(request.url);
  if (url.pathname.startsWith('/webjars/') || url.pathname.startsWith('/css/') || url.pathname.startsWith('/img/')
      || url.pathname.startsWith('/js/')) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        const copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        return response;
      });
    }));
  }
});
