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
    // Autosave of the edit form (issue 10): ~5 s after the last change and when the tab is hidden, the title, lead and
    // body go to the server (which offers them back on the edit page) and to localStorage; saving the form clears both.
    var editor = document.querySelector('form[data-autosave]');
    if (editor) {
        var field = function (name) { return editor.querySelector('[name="' + name + '"]'); };
        var status = editor.querySelector('.autosave-status');
        var storageKey = editor.getAttribute('data-autosave-key');
        var antiforgery = field('__RequestVerificationToken');
        var dirty = false;
        var pending = null;
        var snapshot = function () {
            var read = function (name) { var f = field(name); return f ? f.value : ''; };
            return { title: read('Title'), lead: read('Lead'), bodyMarkdown: read('BodyMarkdown'), version: read('Version') };
        };
        var send = function (keepalive) {
            if (!dirty) { return; }
            dirty = false;
            var data = snapshot();
            try { window.localStorage.setItem(storageKey, JSON.stringify(data)); } catch (e) { /* storage full or off */ }
            fetch(editor.getAttribute('data-autosave'), {
                method: 'POST', credentials: 'same-origin', keepalive: keepalive,
                headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': antiforgery ? antiforgery.value : '' },
                body: JSON.stringify(data)
            }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
                .then(function (answer) {
                    if (!status) { return; }
                    var at = new Date(answer.savedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
                    status.textContent = 'Đã tự lưu lúc ' + at;
                    status.hidden = false;
                })
                .catch(function () {
                    dirty = true;
                    if (status) { status.textContent = 'Chưa tự lưu được; bản sao vẫn ở trình duyệt này.'; status.hidden = false; }
                });
        };
        editor.addEventListener('input', function () {
            dirty = true;
            clearTimeout(pending);
            pending = setTimeout(function () { send(false); }, 5000);
        });
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') { clearTimeout(pending); send(true); }
        });
        editor.addEventListener('submit', function () {
            clearTimeout(pending);
            dirty = false;
            try { window.localStorage.removeItem(storageKey); } catch (e) { /* storage off */ }
        });
    }
    // Confirm destructive actions.
    document.addEventListener('submit', function (e) {
        var message = e.target.getAttribute && e.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) { e.preventDefault(); }
    });
}());
