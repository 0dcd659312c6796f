// Sends the CSRF token with every htmx request, so that partial updates pass the same check as forms.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The phone pages are the app: register the service worker that makes it installable and shows
// an offline page without a network.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* optional: pages work without it */ });
  });
}
