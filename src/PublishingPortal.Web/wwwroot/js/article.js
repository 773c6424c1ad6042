// Counts the view once the article page has loaded, also when the HTML came from a cache.
(function () {
    'use strict';
    var el = document.querySelector('[data-view-count-url]');
    if (!el) { return; }
    var url = el.getAttribute('data-view-count-url');
    if (navigator.sendBeacon) {
        navigator.sendBeacon(url);
    } else {
        fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' });
    }
}());
