// Font-size controls and print/copy buttons. Progressive enhancement: the controls are plain links
// that also work without this script (server sets the cookie and returns to the page). Here the
// change is applied at once, without a reload, and the same cookie is written so the server renders
// the same step on the next page (no flash of the default size).
(function () {
    'use strict';
    var COOKIE = 'pp-fs', MIN = 1, DEFAULT = 2, MAX = 5;
    var LABELS = { 1: 'nhỏ', 2: 'mặc định', 3: 'lớn', 4: 'rất lớn', 5: 'lớn nhất' };
    var root = document.documentElement;

    function current() {
        var m = /(?:^|\s)fs-([1-5])(?:\s|$)/.exec(root.className);
        return m ? parseInt(m[1], 10) : DEFAULT;
    }

    function apply(step) {
        root.className = root.className.replace(/(?:^|\s)fs-[1-5](?=\s|$)/g, ' ').trim() + ' fs-' + step;
        if (step === DEFAULT) {
            document.cookie = COOKIE + '=; path=/; max-age=0; samesite=lax';
        } else {
            document.cookie = COOKIE + '=' + step + '; path=/; max-age=31536000; samesite=lax' +
                (location.protocol === 'https:' ? '; secure' : '');
        }
        var status = document.querySelector('[data-fs-status]');
        if (status) { status.textContent = 'Cỡ chữ: ' + LABELS[step]; }
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target.closest('[data-fs],[data-action]') : null;
        if (!target) { return; }
        var fs = target.getAttribute('data-fs');
        if (fs) {
            event.preventDefault();
            var step = current();
            apply(fs === 'up' ? Math.min(step + 1, MAX) : fs === 'down' ? Math.max(step - 1, MIN) : DEFAULT);
            return;
        }
        var action = target.getAttribute('data-action');
        if (action === 'print') {
            window.print();
        } else if (action === 'copy-link' && navigator.clipboard) {
            navigator.clipboard.writeText(target.getAttribute('data-url') || location.href).then(function () {
                var status = document.querySelector('[data-fs-status]');
                if (status) { status.textContent = 'Đã sao chép liên kết'; }
            });
        }
    });
}());
