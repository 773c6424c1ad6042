// Title suggestions under the header search box (issue 12). Progressive enhancement: without this script the box is
// the plain GET form to /tim-kiem it always was. With it, the box becomes an ARIA 1.2 combobox with list autocomplete
// (WAI-ARIA Authoring Practices, "Editable Combobox With List Autocomplete"): up to 8 titles from our own endpoint
// (the form's data-suggest URL), fetched 150 ms after the last keystroke, a stale answer dropped. Keys: ArrowDown and
// ArrowUp move through the options (focus stays in the box; aria-activedescendant names the option), Enter opens the
// highlighted article or, with none highlighted, searches as before; Escape closes the list, a second Escape clears
// the box. No inline handlers and no eval, so a strict script-src 'self' policy allows it.
(function () {
    'use strict';
    var form = document.querySelector('form.site-search[data-suggest]');
    var input = form && form.querySelector('input[name="q"]');
    if (!input || !window.fetch || !window.AbortController) { return; }

    var english = document.documentElement.lang === 'en';
    var listId = 'site-search-suggestions';
    var list = document.createElement('div');
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', english ? 'Suggested articles' : 'Bài viết gợi ý');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');

    var items = [], active = -1, timer = 0, request = null, shownFor = null;

    function setActive(index) {
        var options = list.children;
        if (active >= 0 && options[active]) { options[active].setAttribute('aria-selected', 'false'); }
        active = index;
        if (active >= 0 && options[active]) {
            options[active].setAttribute('aria-selected', 'true');
            input.setAttribute('aria-activedescendant', options[active].id);
            options[active].scrollIntoView({ block: 'nearest' });
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    }

    function close() {
        setActive(-1);
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
    }

    function open() {
        if (items.length === 0) { return; }
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
    }

    function render(found) {
        items = found;
        active = -1;
        list.textContent = '';
        found.forEach(function (item, i) {
            var option = document.createElement('div');
            option.id = listId + '-' + i;
            option.className = 'search-suggestion';
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.textContent = item.title;
            list.appendChild(option);
        });
        status.textContent = found.length === 0 ? '' : english
            ? found.length + ' suggestions; arrow keys to choose, Enter to open.'
            : found.length + ' gợi ý; dùng phím mũi tên để chọn, Enter để mở.';
        if (found.length > 0) { open(); } else { close(); }
    }

    function openArticle(index) {
        if (items[index]) { window.location.assign(items[index].url); }
    }

    function suggest() {
        var text = input.value.trim();
        if (text === shownFor) { open(); return; }
        if (request) { request.abort(); request = null; }
        if (text.length < 2 || text.length > 100) { shownFor = text; render([]); return; }
        var mine = request = new AbortController();
        fetch(form.getAttribute('data-suggest') + '?q=' + encodeURIComponent(text), {
            headers: { Accept: 'application/json' },
            signal: mine.signal
        }).then(function (response) {
            return response.ok ? response.json() : [];
        }).then(function (found) {
            // Typing went on meanwhile: this answer is for older text.
            if (mine.signal.aborted || input.value.trim() !== text) { return; }
            shownFor = text;
            render(Array.isArray(found) ? found.slice(0, 8) : []);
        }).catch(function () { /* offline or aborted: the form still searches */ });
    }

    input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, 150);
    });

    input.addEventListener('keydown', function (event) {
        var count = items.length;
        switch (event.key) {
            case 'ArrowDown':
                if (count === 0) { return; }
                event.preventDefault();
                if (list.hidden) { open(); setActive(0); } else { setActive((active + 1) % count); }
                break;
            case 'ArrowUp':
                if (count === 0) { return; }
                event.preventDefault();
                if (list.hidden) { open(); setActive(count - 1); } else { setActive(active <= 0 ? count - 1 : active - 1); }
                break;
            case 'Enter':
                if (!list.hidden && active >= 0) {
                    event.preventDefault();
                    openArticle(active);
                }
                break;
            case 'Escape':
                if (!list.hidden) {
                    event.preventDefault();
                    close();
                } else if (input.value !== '') {
                    event.preventDefault();
                    input.value = '';
                    shownFor = null;
                    items = [];
                }
                break;
        }
    });

    input.addEventListener('blur', close);
    input.addEventListener('focus', function () { if (input.value.trim() === shownFor) { open(); } });

    // Pressing an option must not blur the box first (blur closes the list before the click lands).
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
        var option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
        if (option) { openArticle(Array.prototype.indexOf.call(list.children, option)); }
    });
}());
