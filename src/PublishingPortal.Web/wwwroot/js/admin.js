// Admin helpers (progressive enhancement; every form works without this script).
(function () {
    'use strict';
    // Live Markdown preview: the server renders with the same renderer and sanitiser as the public page.
    var body = document.querySelector('[data-preview-source]');
    var target = document.querySelector('[data-preview-target]');
    if (body && target) {
        var timer = null;
        var token = document.querySelector('input[name="__RequestVerificationToken"]');
        var refresh = function () {
            var form = new FormData();
            form.append('markdown', body.value);
            if (token) { form.append('__RequestVerificationToken', token.value); }
            var id = body.getAttribute('data-article-id');
            if (id) { form.append('articleId', id); }
            fetch(body.getAttribute('data-preview-source'), { method: 'POST', body: form, credentials: 'same-origin' })
                .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
                .then(function (html) { target.innerHTML = html; })
                .catch(function () { /* keep the last good preview */ });
        };
        body.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(refresh, 400); });
    }
    // Confirm destructive actions.
    document.addEventListener('submit', function (e) {
        var message = e.target.getAttribute && e.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) { e.preventDefault(); }
    });
}());
