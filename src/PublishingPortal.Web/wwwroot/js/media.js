// Media library uploads: drag and drop, one request per file with a progress bar (XMLHttpRequest
// upload progress). Without this script the same form posts every chosen file at once.
(function () {
    'use strict';
    var form = document.querySelector('form[data-upload]');
    if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
    var input = form.querySelector('input[type=file]');
    var zone = form.querySelector('[data-drop-zone]');
    var hint = form.querySelector('[data-drop-hint]');
    var list = form.querySelector('[data-upload-list]');
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    var credit = form.querySelector('input[name="credit"]');
    var maxBytes = parseInt(form.getAttribute('data-max-bytes'), 10);
    var maxText = form.getAttribute('data-max-text');
    var dropped = [];
    if (hint) { hint.hidden = false; }

    var prevent = function (e) { e.preventDefault(); e.stopPropagation(); };
    ['dragenter', 'dragover'].forEach(function (type) {
        zone.addEventListener(type, function (e) { prevent(e); zone.classList.add('is-over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
        zone.addEventListener(type, function (e) { prevent(e); zone.classList.remove('is-over'); });
    });
    zone.addEventListener('drop', function (e) {
        var files = e.dataTransfer && e.dataTransfer.files;
        if (!files || files.length === 0) { return; }
        dropped = Array.prototype.slice.call(files);
        uploadAll(dropped);
    });

    form.addEventListener('submit', function (e) {
        var files = Array.prototype.slice.call(input.files || []);
        if (files.length === 0) { return; } // let the server say "no file chosen"
        e.preventDefault();
        uploadAll(files);
    });

    function row(name) {
        var li = document.createElement('li');
        var label = document.createElement('span');
        label.textContent = name;
        var bar = document.createElement('progress');
        bar.max = 100;
        bar.value = 0;
        bar.setAttribute('aria-label', 'Tiến độ tải lên ' + name);
        li.appendChild(label);
        li.appendChild(bar);
        list.appendChild(li);
        return { li: li, label: label, bar: bar };
    }

    function fail(r, message) {
        r.bar.remove();
        r.label.remove();
        var p = document.createElement('span');
        p.className = 'upload-error';
        p.setAttribute('role', 'alert');
        p.textContent = message;
        r.li.appendChild(p);
    }

    // The new photo joins the library grid under the form at once, first as the list is newest first (issue 10: it
    // used to appear only after a reload).
    function addToGrid(file) {
        var section = document.querySelector('[data-media-library]');
        var count = section && section.querySelector('[data-media-count]');
        // A search, a filter or a later page would not list the new photo here.
        if (!section || !file.id || (count && count.getAttribute('data-media-filtered') === '1')) { return; }
        var grid = section.querySelector('.media-grid');
        if (!grid) {
            grid = document.createElement('ul');
            grid.className = 'media-grid';
            var empty = section.querySelector('[data-media-empty]');
            if (empty) { empty.replaceWith(grid); } else { section.appendChild(grid); }
        }
        if (grid.querySelector('[data-media-id="' + file.id + '"]')) { return; }
        var li = document.createElement('li');
        li.className = 'media-card needs-alt is-new';
        li.setAttribute('data-media-id', file.id);
        var thumb = document.createElement('a');
        thumb.href = file.url;
        thumb.className = 'media-thumb';
        var img = document.createElement('img');
        img.src = file.thumb;
        img.alt = 'Ảnh ' + file.name;
        if (file.width && file.height) { img.width = file.width; img.height = file.height; }
        thumb.appendChild(img);
        var name = document.createElement('p');
        name.className = 'media-name';
        var link = document.createElement('a');
        link.href = file.url;
        link.textContent = file.name;
        name.appendChild(link);
        li.appendChild(thumb);
        li.appendChild(name);
        if (file.width && file.height) {
            var meta = document.createElement('p');
            meta.className = 'media-meta';
            meta.textContent = file.width + ' × ' + file.height + (file.size ? ' · ' + file.size : '');
            li.appendChild(meta);
        }
        var badge = document.createElement('p');
        badge.className = 'badge-warning';
        badge.textContent = 'Chưa có mô tả ảnh';
        li.appendChild(badge);
        grid.insertBefore(li, grid.firstChild);
        var total = count && parseInt(count.getAttribute('data-media-count'), 10);
        if (count && !isNaN(total)) {
            count.setAttribute('data-media-count', total + 1);
            count.textContent = (total + 1) + ' ảnh.';
        }
    }

    function done(r, file) {
        addToGrid(file);
        r.li.className = 'upload-ok';
        r.bar.value = 100;
        var a = document.createElement('a');
        a.href = file.url;
        a.textContent = 'Đã tải lên: ' + file.name + ' — thêm mô tả ảnh';
        r.label.textContent = '';
        r.label.appendChild(a);
    }

    function uploadOne(file, next) {
        var r = row(file.name);
        if (file.size > maxBytes) {
            fail(r, file.name + ': tệp lớn hơn giới hạn ' + maxText + ' cho mỗi ảnh.');
            next();
            return;
        }
        var data = new FormData();
        data.append('files', file, file.name);
        if (credit && credit.value) { data.append('credit', credit.value); }
        if (token) { data.append('__RequestVerificationToken', token.value); }
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.getAttribute('action'));
        xhr.setRequestHeader('Accept', 'application/json');
        if (token) { xhr.setRequestHeader('RequestVerificationToken', token.value); }
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) { r.bar.value = Math.round(e.loaded * 100 / e.total); }
        });
        xhr.addEventListener('load', function () {
            var body = null;
            try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
            var result = body && body.files && body.files[0];
            if (xhr.status === 200 && result && result.url) {
                done(r, result);
            } else if (result && result.error) {
                fail(r, result.error);
            } else if (body && body.error) {
                fail(r, body.error);
            } else {
                fail(r, file.name + ': máy chủ không nhận tệp (mã ' + xhr.status + '). Hãy thử lại.');
            }
            next();
        });
        xhr.addEventListener('error', function () {
            fail(r, file.name + ': mất kết nối khi tải lên. Hãy thử lại.');
            next();
        });
        xhr.send(data);
    }

    function uploadAll(files) {
        var i = 0;
        var before = list.querySelectorAll('.upload-ok').length;
        var step = function () {
            if (i < files.length) { uploadOne(files[i++], step); return; }
            input.value = '';
            if (list.querySelectorAll('.upload-ok').length > before && !list.querySelector('.upload-next')) {
                var li = document.createElement('li');
                li.className = 'upload-next';
                var a = document.createElement('a');
                a.href = form.getAttribute('data-missing-alt-url');
                a.textContent = 'Xem các ảnh chưa có mô tả để thêm mô tả';
                li.appendChild(a);
                list.appendChild(li);
            }
        };
        step();
    }
}());
