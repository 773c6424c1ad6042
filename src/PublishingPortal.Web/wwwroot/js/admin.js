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
    // The article form (issue 10). Autosave: ~5 s after the last change and when the tab is hidden, the title, lead and
    // body go to the server (which offers them back on the edit page) and, at once, to localStorage as a second copy
    // (stamped with the server's clock, estimated from data-server-now). On the new-article form the first autosave after
    // a title is typed (or the first photo put in the body) creates the draft through the create path and switches the
    // form to editing it without a reload: window.portalArticleForm.ensureSaved() (the contract with the editor).
    // Its own function: the preview's names above (token, body, timer) stay theirs.
    (function (editor) {
        if (editor) {
            var field = function (name) { return editor.querySelector('[name="' + name + '"]'); };
            // The form tag helper writes a null attribute as empty; the contract says absent until the article exists.
            ['data-article-id', 'data-autosave', 'data-photo-upload', 'data-photo-details', 'data-photo-library', 'data-lead-photo',
                'data-lead-photo-remove', 'data-photos-page', 'data-create-draft', 'data-saved-at'].forEach(function (name) {
                if (editor.getAttribute(name) === '') { editor.removeAttribute(name); }
            });
            var status = editor.querySelector('.autosave-status');
            var antiforgery = field('__RequestVerificationToken');
            var formToken = function () { return antiforgery ? antiforgery.value : ''; };
            var clockOffset = (Date.parse(editor.getAttribute('data-server-now') || '') || Date.now()) - Date.now();
            var serverNow = function () { return new Date(Date.now() + clockOffset); };
            var storageKey = function () { return editor.getAttribute('data-autosave-key'); };
            var hhmm = function (date) {
                return date.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
            };
            var say = function (text) { if (status) { status.textContent = text; status.hidden = false; } };
            var read = function (name) { var f = field(name); return f ? f.value : ''; };
            var snapshot = function () {
                return { title: read('Title'), lead: read('Lead'), bodyMarkdown: read('BodyMarkdown'), version: read('Version'), savedAt: serverNow().toISOString() };
            };
            var writeCopy = function () {
                try { window.localStorage.setItem(storageKey(), JSON.stringify(snapshot())); } catch (e) { /* storage full or off */ }
            };
            var readCopy = function (key) {
                try { return JSON.parse(window.localStorage.getItem(key) || 'null'); } catch (e) { return null; }
            };
            var dropCopy = function (key) { try { window.localStorage.removeItem(key); } catch (e) { /* storage off */ } };
            var answer = function (r) {
                return r.json().catch(function () { return {}; }).then(function (body) {
                    if (!r.ok) { throw new Error(body.error || ('Máy chủ không nhận (mã ' + r.status + '). Hãy thử lại.')); }
                    return body;
                });
            };

            // After the draft exists: everything the edit form carries, so autosave, photos and "Lưu bài" go to the edit path.
            var switchToEdit = function (draft) {
                var oldKey = storageKey();
                editor.setAttribute('action', draft.editUrl);
                editor.setAttribute('data-article-id', draft.id);
                editor.setAttribute('data-autosave', draft.autosave);
                editor.setAttribute('data-autosave-key', draft.autosaveKey);
                editor.setAttribute('data-photo-upload', draft.photoUpload);
                editor.setAttribute('data-photo-details', draft.photoDetails);
                editor.setAttribute('data-photo-library', draft.photoLibrary);
                editor.setAttribute('data-lead-photo', draft.leadPhoto);
                editor.setAttribute('data-lead-photo-remove', draft.leadPhotoRemove);
                editor.setAttribute('data-photos-page', draft.photosPage);
                editor.setAttribute('data-saved-at', serverNow().toISOString());
                editor.removeAttribute('data-create-draft');
                var version = field('Version');
                if (version) { version.value = draft.version; }
                var body = field('BodyMarkdown');
                if (body) { body.setAttribute('data-article-id', draft.id); }
                var main = editor.querySelector('.form-actions .button.primary');
                if (main) { main.textContent = 'Lưu bài'; }
                dropCopy(oldKey);
                writeCopy();
                var heading = document.querySelector('main h1');
                if (heading) { heading.textContent = 'Sửa bài viết'; } // as the edit page says: the draft exists now
                if (window.history && window.history.replaceState) { window.history.replaceState(null, '', draft.editUrl); }
                editor.dispatchEvent(new CustomEvent('portal:article-created', { detail: draft }));
            };
            var creating = null;
            var ensureSaved = function () {
                if (editor.getAttribute('data-article-id')) { return Promise.resolve(); }
                if (creating) { return creating; }
                if (!read('Title').trim()) { return Promise.reject(new Error('Hãy nhập tiêu đề trước khi chèn ảnh.')); }
                var data = new FormData(editor);
                creating = fetch(editor.getAttribute('data-create-draft'), {
                    method: 'POST', credentials: 'same-origin', body: data,
                    headers: { 'RequestVerificationToken': formToken(), 'Accept': 'application/json' }
                }).then(answer).then(function (draft) {
                    switchToEdit(draft);
                    say('Đã tạo bài nháp lúc ' + hhmm(serverNow()) + '.');
                }).catch(function (e) {
                    creating = null; // a refused draft creates nothing: the next try may succeed
                    throw e;
                });
                return creating;
            };
            window.portalArticleForm = { ensureSaved: ensureSaved };

            var dirty = false;
            var pending = null;
            var copyTimer = null;
            var send = function (keepalive) {
                if (!dirty) { return; }
                writeCopy();
                if (!editor.getAttribute('data-article-id')) {
                    if (!read('Title').trim()) { return; } // no title yet: nothing to create, the browser copy holds it
                    dirty = false;
                    ensureSaved().then(function () {
                        if (dirty) { clearTimeout(pending); pending = setTimeout(function () { send(false); }, 5000); }
                    }, function (e) {
                        dirty = true;
                        say('Chưa tạo được bài nháp: ' + e.message + ' Bản sao vẫn ở trình duyệt này.');
                    });
                    return;
                }
                dirty = false;
                var data = snapshot();
                fetch(editor.getAttribute('data-autosave'), {
                    method: 'POST', credentials: 'same-origin', keepalive: keepalive,
                    headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': formToken(), 'Accept': 'application/json' },
                    body: JSON.stringify(data)
                }).then(answer).then(function (saved) {
                    say('Đã tự lưu lúc ' + hhmm(new Date(saved.savedAt)));
                }).catch(function () {
                    dirty = true;
                    say('Chưa tự lưu được; bản sao vẫn ở trình duyệt này.');
                });
            };
            editor.addEventListener('input', function (e) {
                if (e.target && e.target.closest && e.target.closest('[data-lead-section]')) { return; }
                dirty = true;
                clearTimeout(pending);
                pending = setTimeout(function () { send(false); }, 5000);
                clearTimeout(copyTimer);
                copyTimer = setTimeout(writeCopy, 500);
            });
            document.addEventListener('visibilitychange', function () {
                if (document.visibilityState === 'hidden') { clearTimeout(pending); send(true); }
            });
            editor.addEventListener('submit', function (e) {
                if (creating && !editor.getAttribute('data-article-id')) {
                    // The draft is being made: post once it exists, to its edit path, never a second draft.
                    e.preventDefault();
                    var submitter = e.submitter;
                    creating.then(function () { editor.requestSubmit(submitter && submitter.form === editor ? submitter : undefined); },
                        function () { editor.submit(); });
                    return;
                }
                clearTimeout(pending);
                dirty = false;
                // The copy stays until the page after the save shows the save is newer (a refused save must not lose it).
                writeCopy();
                try { window.sessionStorage.setItem('tuluu-gui', storageKey()); } catch (e) { /* storage off */ }
            });

            // The browser's copy on opening the form: offered when newer than the server's save and different from the form.
            (function () {
                var key = storageKey();
                var sent = null;
                try { sent = window.sessionStorage.getItem('tuluu-gui'); window.sessionStorage.removeItem('tuluu-gui'); } catch (e) { sent = null; }
                if (sent && sent !== key) { dropCopy(sent); } // the new-article form was saved: this is its edit page
                var copy = readCopy(key);
                if (!copy) { return; }
                var copiedAt = Date.parse(copy.savedAt || '') || 0;
                var savedAt = Date.parse(editor.getAttribute('data-saved-at') || '') || 0;
                if (copiedAt <= savedAt) { dropCopy(key); return; }
                var serverOffer = document.querySelector('.autosave-offer time');
                if (serverOffer && (Date.parse(serverOffer.getAttribute('datetime')) || 0) >= copiedAt) { return; }
                if (copy.title === read('Title') && copy.lead === read('Lead') && copy.bodyMarkdown === read('BodyMarkdown')) { return; }
                var offer = document.createElement('div');
                offer.className = 'notice browser-copy-offer';
                offer.setAttribute('role', 'status');
                offer.appendChild(document.createTextNode('Trình duyệt còn giữ bản chưa lưu lúc ' + hhmm(new Date(copiedAt)) + ' — '));
                var restore = document.createElement('button');
                restore.type = 'button';
                restore.className = 'link-button';
                restore.textContent = 'Khôi phục';
                var dismiss = restore.cloneNode(false);
                dismiss.textContent = 'Bỏ qua';
                offer.appendChild(restore);
                offer.appendChild(document.createTextNode(' / '));
                offer.appendChild(dismiss);
                editor.parentNode.insertBefore(offer, editor);
                restore.addEventListener('click', function () {
                    [['Title', copy.title], ['Lead', copy.lead], ['BodyMarkdown', copy.bodyMarkdown]].forEach(function (pair) {
                        var f = field(pair[0]);
                        if (!f || typeof pair[1] !== 'string') { return; }
                        f.value = pair[1];
                        f.dispatchEvent(new Event('input', { bubbles: true }));
                    });
                    // The version it was typed against: a save made since by someone else then shows the conflict.
                    if (copy.version && field('Version') && editor.getAttribute('data-article-id')) { field('Version').value = copy.version; }
                    offer.remove();
                    say('Đã khôi phục bản trình duyệt giữ. Bấm "Lưu bài" để giữ lại.');
                });
                dismiss.addEventListener('click', function () { dropCopy(key); offer.remove(); });
            }());

            // The featured photo on the form: a body figure, a library photo or a file, in JSON; the form's Version follows.
            var section = editor.querySelector('[data-lead-section]');
            if (section) {
                var q = function (sel) { return section.querySelector(sel); };
                var choose = q('[data-lead-choose]');
                var removeButton = q('[data-lead-remove]');
                var panel = q('[data-lead-panel]');
                var choices = q('[data-lead-choices]');
                var more = q('[data-lead-more]');
                var error = q('[data-lead-error]');
                var nojs = q('[data-lead-nojs]');
                var nextPage = 1;
                if (nojs) { nojs.hidden = true; }
                choose.hidden = false;
                var show = function (lead) {
                    var current = q('[data-lead-current]');
                    current.textContent = '';
                    if (lead) {
                        var img = document.createElement('img');
                        img.src = lead.thumb || lead.src;
                        img.alt = lead.alt || '';
                        img.setAttribute('data-lead-img', '');
                        var caption = document.createElement('p');
                        caption.className = 'lead-photo-caption';
                        caption.setAttribute('data-lead-caption-text', '');
                        caption.textContent = lead.caption || '';
                        current.appendChild(img);
                        current.appendChild(caption);
                    } else {
                        var none = document.createElement('p');
                        none.className = 'lead-photo-none';
                        none.setAttribute('data-lead-none', '');
                        none.textContent = 'Chưa có ảnh đại diện.';
                        current.appendChild(none);
                    }
                    removeButton.hidden = !lead;
                };
                var post = function (url, data) {
                    data.append('version', read('Version'));
                    error.textContent = '';
                    return fetch(url, {
                        method: 'POST', credentials: 'same-origin', body: data,
                        headers: { 'RequestVerificationToken': formToken(), 'Accept': 'application/json' }
                    }).then(answer).then(function (body) {
                        if (body.version && field('Version')) { field('Version').value = body.version; }
                        return body;
                    });
                };
                var pick = function (fill) {
                    var data = new FormData();
                    fill(data);
                    data.append('alt', q('[data-lead-alt]').value);
                    data.append('caption', q('[data-lead-caption]').value);
                    post(editor.getAttribute('data-lead-photo'), data).then(function (body) {
                        show(body.lead);
                        panel.hidden = true;
                        say('Đã đặt ảnh đại diện.');
                    }).catch(function (e) { error.textContent = e.message; });
                };
                var choice = function (src, label, fill) {
                    var li = document.createElement('li');
                    var b = document.createElement('button');
                    b.type = 'button';
                    b.className = 'lead-photo-choice';
                    var img = document.createElement('img');
                    img.src = src;
                    img.alt = label;
                    img.loading = 'lazy';
                    b.appendChild(img);
                    b.addEventListener('click', function () { pick(fill); });
                    li.appendChild(b);
                    choices.appendChild(li);
                };
                var loadLibrary = function () {
                    var url = editor.getAttribute('data-photo-library');
                    if (!url || !nextPage) { return; }
                    fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'trang=' + nextPage, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                        .then(answer).then(function (page) {
                            page.items.forEach(function (item) {
                                choice(item.thumb || item.src, 'Ảnh thư viện: ' + (item.alt || item.caption || ('số ' + item.mediaId)), function (data) {
                                    data.append('mediaId', item.mediaId);
                                    if (!q('[data-lead-alt]').value && item.alt) { q('[data-lead-alt]').value = item.alt; }
                                    if (!q('[data-lead-caption]').value && item.caption) { q('[data-lead-caption]').value = item.caption; }
                                });
                            });
                            nextPage = page.nextPage;
                            more.hidden = !nextPage;
                        }).catch(function (e) { error.textContent = e.message; });
                };
                var open = function () {
                    panel.hidden = false;
                    choices.textContent = '';
                    nextPage = 1;
                    var figures = [];
                    try { figures = JSON.parse(editor.getAttribute('data-figures') || '[]'); } catch (e) { figures = []; }
                    figures.filter(function (f) { return f.src; }).forEach(function (f) {
                        choice(f.src, 'Ảnh ' + f.order + ' trong bài' + (f.alt ? ': ' + f.alt : ''), function (data) { data.append('order', f.order); });
                    });
                    loadLibrary();
                    q('[data-lead-alt]').focus();
                };
                choose.addEventListener('click', function (e) {
                    e.preventDefault();
                    if (!panel.hidden) { panel.hidden = true; return; }
                    ensureSaved().then(open, function (err) {
                        panel.hidden = false;
                        error.textContent = err.message.replace('trước khi chèn ảnh', 'trước khi chọn ảnh đại diện');
                    });
                });
                more.addEventListener('click', loadLibrary);
                q('[data-lead-file]').addEventListener('change', function (e) {
                    var file = e.target.files && e.target.files[0];
                    if (!file) { return; }
                    pick(function (data) { data.append('file', file, file.name); });
                    e.target.value = '';
                });
                removeButton.addEventListener('click', function () {
                    post(editor.getAttribute('data-lead-photo-remove'), new FormData()).then(function () {
                        show(null);
                        say('Đã bỏ ảnh đại diện.');
                    }).catch(function (e) { error.textContent = e.message; panel.hidden = false; });
                });
            }
        }
    }(document.getElementById('article-form')));
    // Confirm destructive actions.
    document.addEventListener('submit', function (e) {
        var message = e.target.getAttribute && e.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) { e.preventDefault(); }
    });
}());
