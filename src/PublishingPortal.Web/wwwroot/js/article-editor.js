// The article form's rich-text editor (issue 10, decision 013): ProseMirror over the BodyMarkdown textarea.
// Progressive enhancement: without JavaScript, or when this script or the vendored bundle (window.PM) fails,
// the Markdown textarea is left as it is. The stored body stays Markdown; this file reads and writes it.
//
// Exact round trip: every top-level block keeps the source text it was parsed from (a WeakMap keyed by the
// ProseMirror node; ProseMirror reuses untouched nodes as the same objects), so saving writes untouched blocks
// byte for byte and serialises only new or changed ones. A block the editor cannot represent faithfully (HTML,
// Markdig's ~sub~ ^sup^ ==mark== ++ins++ and ~~del~~, h1, a table cell with an image, anything whose fresh
// serialisation would render differently) becomes an opaque "markdown_block", edited as monospace text.
(function () {
    'use strict';
    var PM = window.PM;
    // The article form, or another form that asks for the same editor (site pages, issue 11: data-rich-editor).
    var form = document.getElementById('article-form') || document.querySelector('form[data-rich-editor]');
    var textarea = form && form.querySelector('textarea[name="BodyMarkdown"]');
    if (!PM || !form || !textarea) { return; }

    // ---- Markdown as the server reads it (ArticleBodyRenderer: CommonMark, no HTML, pipe tables, autolinks).
    var md = new PM.MarkdownIt('commonmark', { html: false, linkify: true });
    md.enable(['table', 'linkify']);
    // Markdig's UseAutoLinks links only text that starts with http://, https://, ftp://, mailto: or www.
    md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
    md.block.ruler.before('fence', 'figure_block', figureRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });

    // Markdig's figures extension: a line of 3+ "^" opens, a line of at least as many closes (its rest is the
    // caption); an unclosed figure runs to the end. The whole block is kept as one token; see toFigure.
    function figureRule(state, startLine, endLine, silent) {
        var start = state.bMarks[startLine] + state.tShift[startLine];
        var max = state.eMarks[startLine];
        if (state.sCount[startLine] - state.blkIndent >= 4) { return false; }
        var open = 0;
        while (start + open < max && state.src.charCodeAt(start + open) === 0x5E) { open++; }
        if (open < 3) { return false; }
        if (silent) { return true; }
        var line = startLine;
        var closed = false;
        while (++line < endLine) {
            var s = state.bMarks[line] + state.tShift[line];
            if (state.sCount[line] < state.blkIndent) { break; }
            var n = 0;
            while (s + n < state.eMarks[line] && state.src.charCodeAt(s + n) === 0x5E) { n++; }
            if (n >= open && state.sCount[line] - state.blkIndent < 4) { closed = true; break; }
        }
        var last = closed ? line + 1 : line;
        var token = state.push('figure_block', 'figure', 0);
        token.map = [startLine, last];
        token.content = state.getLines(startLine, last, state.blkIndent, false);
        token.block = true;
        state.line = last;
        return true;
    }

    // ---- MarkdownText.Escape and ArticleBodyRenderer.FigureBlock, ported exactly (C# in PublishingPortal.Core).
    var inlineSpecial = '\\`*_[]<>!&|~^';
    var doubledSpecial = '=+';
    var blockStart = '#+-=>';
    function escapeText(text) {
        var out = '';
        var ordered = /^\d{1,9}[.)]/.exec(text);
        for (var i = 0; i < text.length; i++) {
            var c = text[i];
            var escape = inlineSpecial.indexOf(c) >= 0
                || (doubledSpecial.indexOf(c) >= 0 && ((i > 0 && text[i - 1] === c) || (i + 1 < text.length && text[i + 1] === c)))
                || (i === 0 && blockStart.indexOf(c) >= 0)
                || (ordered && i === ordered[0].length - 1);
            out += (escape ? '\\' : '') + c;
        }
        return out;
    }
    function oneLine(text) {
        return String(text || '').split(/[\r\n]+/).map(function (s) { return s.trim(); }).filter(Boolean).join(' ');
    }
    function figureBlock(order, caption, credit) {
        var text = '^^^\n![](figure:' + order + ')\n^^^';
        var line = oneLine(caption);
        if (line.length > 0) { text += ' ' + escapeText(line); }
        if (credit && credit.trim()) { text += ' *' + escapeText('Ảnh: ' + oneLine(credit)) + '*'; }
        return text;
    }
    function unescapeText(text) { return text.replace(/\\([!-/:-@[-`{-~])/g, '$1'); }

    // A figure block the editor can show as a photo with caption and credit: exactly what FigureBlock writes
    // (any alt text in the Markdown is ignored by the renderer, which takes it from the Figure row).
    function toFigure(source) {
        var m = /^\^\^\^\n!\[[^\]\n]*\]\(figure:(\d{1,9})\)\n\^\^\^(?: (.*))?$/.exec(source.replace(/\n+$/, ''));
        if (!m) { return null; }
        var order = parseInt(m[1], 10);
        var rest = m[2] || '';
        var caption = rest;
        var credit = null;
        var at = rest.lastIndexOf('*Ảnh: ');
        if (at >= 0 && rest.length > at + 7 && rest[rest.length - 1] === '*' && (at === 0 || rest[at - 1] === ' ')) {
            credit = unescapeText(rest.slice(at + 6, -1));
            caption = rest.slice(0, Math.max(0, at - 1));
        }
        caption = unescapeText(caption);
        var again = figureBlock(order, caption, credit);
        var plain = source.replace(/\n+$/, '').replace(/^(\^\^\^\n!\[)[^\]\n]*(\])/, '$1$2');
        return again === plain ? { order: order, caption: caption, credit: credit } : null;
    }

    // ---- Schema.
    var schema = new PM.Schema({
        nodes: {
            doc: { content: 'block+' },
            paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }], toDOM: function () { return ['p', 0]; } },
            heading: {
                attrs: { level: { default: 2 } }, content: 'inline*', group: 'block', defining: true,
                parseDOM: [{ tag: 'h1', attrs: { level: 2 } }, { tag: 'h2', attrs: { level: 2 } }, { tag: 'h3', attrs: { level: 3 } },
                    { tag: 'h4', attrs: { level: 4 } }, { tag: 'h5', attrs: { level: 4 } }, { tag: 'h6', attrs: { level: 4 } }],
                toDOM: function (node) { return ['h' + node.attrs.level, 0]; }
            },
            blockquote: { content: 'block+', group: 'block', parseDOM: [{ tag: 'blockquote' }], toDOM: function () { return ['blockquote', 0]; } },
            horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: function () { return ['hr']; } },
            code_block: {
                content: 'text*', group: 'block', code: true, defining: true, marks: '', attrs: { params: { default: '' } },
                parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }], toDOM: function () { return ['pre', ['code', 0]]; }
            },
            ordered_list: {
                content: 'list_item+', group: 'block', attrs: { order: { default: 1 }, tight: { default: true } },
                parseDOM: [{ tag: 'ol', getAttrs: function (dom) { return { order: dom.hasAttribute('start') ? +dom.getAttribute('start') : 1 }; } }],
                toDOM: function (node) { return ['ol', node.attrs.order === 1 ? {} : { start: node.attrs.order }, 0]; }
            },
            bullet_list: {
                content: 'list_item+', group: 'block', attrs: { tight: { default: true }, bullet: { default: '-' } },
                parseDOM: [{ tag: 'ul' }], toDOM: function () { return ['ul', 0]; }
            },
            list_item: { content: 'block+', defining: true, parseDOM: [{ tag: 'li' }], toDOM: function () { return ['li', 0]; } },
            figure: {
                group: 'block', atom: true, selectable: true, draggable: true,
                attrs: { order: {}, caption: { default: '' }, credit: { default: null } },
                // Copy and paste inside the editor keeps the caption and credit (clipboard HTML from toDOM).
                parseDOM: [{
                    tag: 'figure[data-figure-order]', getAttrs: function (dom) {
                        return { order: +dom.getAttribute('data-figure-order'), caption: dom.getAttribute('data-caption') || '', credit: dom.getAttribute('data-credit') };
                    }
                }],
                toDOM: function (node) {
                    return ['figure', { 'data-figure-order': node.attrs.order, 'data-caption': node.attrs.caption, 'data-credit': node.attrs.credit }];
                }
            },
            markdown_block: {
                content: 'text*', group: 'block', code: true, marks: '', defining: true,
                parseDOM: [{ tag: 'pre.markdown-block', preserveWhitespace: 'full' }],
                toDOM: function () { return ['pre', { 'class': 'markdown-block', title: 'Đoạn Markdown mà trình soạn thảo giữ nguyên (ví dụ bảng); sửa trực tiếp ở đây.' }, 0]; }
            },
            // Pipe tables (Markdig UsePipeTables): one line per row, so a cell holds text with marks, no breaks or images.
            table: {
                content: 'table_row+', group: 'block', tableRole: 'table', isolating: true,
                parseDOM: [{ tag: 'table' }], toDOM: function () { return ['table', ['tbody', 0]]; }
            },
            table_row: { content: '(table_cell | table_header)*', tableRole: 'row', parseDOM: [{ tag: 'tr' }], toDOM: function () { return ['tr', 0]; } },
            table_cell: cellSpec('td', 'cell'),
            table_header: cellSpec('th', 'header_cell'),
            text: { group: 'inline' },
            image: {
                inline: true, group: 'inline', draggable: true, attrs: { src: {}, alt: { default: '' }, title: { default: null } },
                parseDOM: [{ tag: 'img[src]', getAttrs: function (dom) { return { src: dom.getAttribute('src'), alt: dom.getAttribute('alt') || '', title: dom.getAttribute('title') }; } }],
                toDOM: function (node) { return ['img', { src: imageSrc(node.attrs.src), alt: node.attrs.alt, title: node.attrs.title }]; }
            },
            hard_break: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: function () { return ['br']; } }
        },
        marks: {
            em: {
                parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
                toDOM: function () { return ['em']; }
            },
            strong: {
                parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight', getAttrs: function (v) { return /^(bold(er)?|[6-9]\d\d)$/.test(v) && null; } }],
                toDOM: function () { return ['strong']; }
            },
            link: {
                attrs: { href: {}, title: { default: null } }, inclusive: false,
                parseDOM: [{ tag: 'a[href]', getAttrs: function (dom) { return { href: dom.getAttribute('href'), title: dom.getAttribute('title') }; } }],
                toDOM: function (mark) { return ['a', { href: mark.attrs.href, title: mark.attrs.title, rel: 'noopener' }, 0]; }
            },
            code: { parseDOM: [{ tag: 'code' }], toDOM: function () { return ['code', 0]; } }
        }
    });
    function cellSpec(tag, role) {
        return {
            content: 'text*', tableRole: role, isolating: true,
            attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null }, align: { default: null } },
            parseDOM: [{
                tag: tag, getAttrs: function (dom) {
                    var align = (dom.getAttribute('align') || dom.style.textAlign || '').toLowerCase();
                    return {
                        colspan: +dom.getAttribute('colspan') || 1, rowspan: +dom.getAttribute('rowspan') || 1,
                        align: /^(left|center|right)$/.test(align) ? align : null
                    };
                }
            }],
            toDOM: function (node) { return [tag, node.attrs.align ? { style: 'text-align:' + node.attrs.align } : {}, 0]; }
        };
    }
    function imageSrc(src) { return /^(https?:|\/)/i.test(src || '') ? src : '/img/photo-missing.svg'; }

    // ---- Parser: markdown-it tokens -> ProseMirror, one top-level node per top-level block.
    var supportedTokens = {
        paragraph_open: 1, paragraph_close: 1, heading_open: 1, heading_close: 1, blockquote_open: 1, blockquote_close: 1,
        bullet_list_open: 1, bullet_list_close: 1, ordered_list_open: 1, ordered_list_close: 1, list_item_open: 1,
        list_item_close: 1, code_block: 1, fence: 1, hr: 1, inline: 1, text: 1, softbreak: 1, hardbreak: 1, em_open: 1,
        em_close: 1, strong_open: 1, strong_close: 1, link_open: 1, link_close: 1, code_inline: 1, image: 1,
        table_open: 1, table_close: 1, thead_open: 1, thead_close: 1, tbody_open: 1, tbody_close: 1, tr_open: 1,
        tr_close: 1, th_open: 1, th_close: 1, td_open: 1, td_close: 1
    };
    // Markdig's emphasis extras that markdown-it does not read: keep such blocks as Markdown.
    var markdigExtras = /(^|[^\\])(~|\^|==|\+\+)/;

    function listIsTight(tokens, i) {
        while (++i < tokens.length) { if (tokens[i].type !== 'list_item_open') { return tokens[i].hidden; } }
        return false;
    }
    function cellAttrs(tok) {
        var align = /text-align:\s*(left|center|right)/.exec(tok.attrGet('style') || '');
        return { align: align ? align[1] : null };
    }
    var pendingTokens = null;
    var pmParser = new PM.MarkdownParser(schema, { parse: function () { return pendingTokens; } }, {
        blockquote: { block: 'blockquote' },
        paragraph: { block: 'paragraph' },
        list_item: { block: 'list_item' },
        bullet_list: { block: 'bullet_list', getAttrs: function (tok, tokens, i) { return { tight: listIsTight(tokens, i), bullet: tok.markup || '-' }; } },
        ordered_list: { block: 'ordered_list', getAttrs: function (tok, tokens, i) { return { order: +tok.attrGet('start') || 1, tight: listIsTight(tokens, i) }; } },
        heading: { block: 'heading', getAttrs: function (tok) { return { level: +tok.tag.slice(1) }; } },
        code_block: { block: 'code_block', noCloseToken: true },
        fence: { block: 'code_block', getAttrs: function (tok) { return { params: tok.info || '' }; }, noCloseToken: true },
        hr: { node: 'horizontal_rule' },
        image: { node: 'image', getAttrs: function (tok) { return { src: tok.attrGet('src'), title: tok.attrGet('title') || null, alt: (tok.children[0] && tok.children[0].content) || '' }; } },
        hardbreak: { node: 'hard_break' },
        em: { mark: 'em' },
        strong: { mark: 'strong' },
        link: { mark: 'link', getAttrs: function (tok) { return { href: tok.attrGet('href'), title: tok.attrGet('title') || null }; } },
        code_inline: { mark: 'code', noCloseToken: true },
        table: { block: 'table' },
        thead: { ignore: true },
        tbody: { ignore: true },
        tr: { block: 'table_row' },
        th: { block: 'table_header', getAttrs: cellAttrs },
        td: { block: 'table_cell', getAttrs: cellAttrs },
        pm_figure: { node: 'figure', getAttrs: function (tok) { return tok.meta; } },
        pm_raw: { block: 'markdown_block', noCloseToken: true }
    });

    // A soft line break stays a line break in the text (prosemirror-markdown makes it a space, which Markdig
    // would render differently: "\n" inside the paragraph). The serializer writes it back as a new line.
    pmParser.tokenHandlers.softbreak = function (state) { state.addText('\n'); };

    // ---- Serializer (prosemirror-markdown) for new or changed blocks.
    var base = PM.defaultMarkdownSerializer;
    var serializer = new PM.MarkdownSerializer({
        blockquote: base.nodes.blockquote,
        code_block: base.nodes.code_block,
        heading: base.nodes.heading,
        horizontal_rule: function (state, node) { state.write('---'); state.closeBlock(node); },
        bullet_list: function (state, node) { state.renderList(node, '  ', function () { return (node.attrs.bullet || '-') + ' '; }); },
        ordered_list: base.nodes.ordered_list,
        list_item: base.nodes.list_item,
        paragraph: base.nodes.paragraph,
        image: base.nodes.image,
        hard_break: base.nodes.hard_break,
        text: serializeText,
        figure: function (state, node) { state.write(figureBlock(node.attrs.order, node.attrs.caption, node.attrs.credit)); state.closeBlock(node); },
        markdown_block: function (state, node) { state.text(node.textContent, false); state.closeBlock(node); },
        table: serializeTable
    }, base.marks, {
        // Beyond CommonMark's own: what the renderer's pipeline gives a meaning to (as MarkdownText.Escape does).
        escapeExtraCharacters: /[\^|<&]|=(?==)|\+(?=\+)/g
    });

    // A pipe table: header row, alignment row, body rows; a spanned cell is followed by empty ones.
    function serializeTable(state, node) {
        var rows = [];
        node.forEach(function (row) {
            var cells = [];
            row.forEach(function (cell) {
                var text = serializer.serialize(schema.topNodeType.create(null, schema.nodes.paragraph.create(null, cell.content)))
                    .replace(/\n+$/, '').replace(/\n/g, ' ').replace(/(^|[^\\])\|/g, '$1\\|');
                cells.push({ text: text, align: cell.attrs.align });
                for (var k = 1; k < cell.attrs.colspan; k++) { cells.push({ text: '', align: cell.attrs.align }); }
            });
            rows.push(cells);
        });
        var width = rows.reduce(function (w, r) { return Math.max(w, r.length); }, 1);
        rows.forEach(function (r) { while (r.length < width) { r.push({ text: '', align: null }); } });
        var line = function (cells) { return '| ' + cells.map(function (c) { return c.text; }).join(' | ') + ' |'; };
        var rule = '|' + rows[0].map(function (c) {
            return c.align === 'center' ? ':---:' : c.align === 'right' ? '---:' : c.align === 'left' ? ':---' : '---';
        }).join('|') + '|';
        state.text([line(rows[0]), rule].concat(rows.slice(1).map(line)).join('\n'), false);
        state.closeBlock(node);
    }

    // Markdig's autolinker takes a bare URL's characters literally (a backslash escape would become part of the
    // link), so a URL in plain text is written as typed and the rest of the text escaped.
    var bareUrl = /(^|[\s(*_~])((?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<]+)/g;
    function serializeText(state, node) {
        var text = node.text;
        if (state.inAutolink || node.marks.some(function (m) { return m.type === schema.marks.link || m.type === schema.marks.code; })) {
            state.text(text, !state.inAutolink);
            return;
        }
        var at = 0;
        var m;
        bareUrl.lastIndex = 0;
        while ((m = bareUrl.exec(text))) {
            var start = m.index + m[1].length;
            if (start > at) { state.text(text.slice(at, start), true); }
            state.text(m[2], false);
            at = start + m[2].length;
        }
        if (at < text.length) { state.text(text.slice(at), true); }
    }

    var slices = new WeakMap();
    var source = { prefix: '', trailing: '', gaps: [] }; // of the text the editor's current blocks came from

    function freshMarkdown(node) {
        return serializer.serialize(schema.topNodeType.create(null, node)).replace(/\n+$/, '');
    }

    // Parses Markdown into a document whose top-level nodes remember their source (see serialize).
    function parse(text) {
        var env = {};
        var tokens = md.parse(text, env);
        // Lines as markdown-it counts them (it reads "\r\n" and a lone "\r" as line ends too), each with its own end.
        var parts = text.split(/(\r\n?|\n)/);
        var lineCount = (parts.length + 1) / 2;
        var span = function (from, to, closed) {
            var out = '';
            for (var n = from; n < to; n++) { out += parts[2 * n] + (n < to - 1 || closed ? (parts[2 * n + 1] || '') : ''); }
            return out;
        };
        var blocks = [];
        for (var i = 0; i < tokens.length; i++) {
            var t = tokens[i];
            if (t.level !== 0 || t.nesting === -1) { continue; }
            var j = i;
            if (t.nesting === 1) { while (!(tokens[j].level === 0 && tokens[j].nesting === -1)) { j++; } }
            blocks.push({ from: i, to: j, map: t.map });
            i = j;
        }
        var out = [];
        blocks.forEach(function (b, k) {
            var start = b.map[0];
            var next = k + 1 < blocks.length ? blocks[k + 1].map[0] : lineCount;
            b.body = span(start, b.map[1], false);
            b.slice = span(start, next, k + 1 < blocks.length);
            b.gap = span(b.map[1], next, false).trim();
            var group = tokens.slice(b.from, b.to + 1);
            group.forEach(unlinkBareMailto);
            var first = group[0];
            var raw = null;
            if (first.type === 'figure_block') {
                var figure = toFigure(first.content);
                if (figure) {
                    var f = new first.constructor('pm_figure', 'figure', 0);
                    f.meta = figure;
                    out.push(f);
                    return;
                }
                raw = b.body;
            } else if (first.type === 'heading_open' && first.tag === 'h1') {
                raw = b.body; // the renderer's sanitiser drops <h1> from the body: show it as the Markdown it is
            } else if (!allSupported(group) || markdigExtras.test(stripCode(b.body))) {
                raw = b.body;
            }
            if (raw !== null) {
                var r = new first.constructor('pm_raw', 'pre', 0);
                r.content = raw;
                out.push(r);
            } else {
                Array.prototype.push.apply(out, group);
            }
        });
        pendingTokens = out;
        var doc = pmParser.parse(text);
        pendingTokens = null;
        var children = [];
        if (blocks.length) { doc.forEach(function (child, offset, index) {
            var b = blocks[index];
            if (b && child.type !== schema.nodes.markdown_block && child.type !== schema.nodes.figure
                && md.render(freshMarkdown(child), Object.assign({}, env)) !== md.render(b.body, Object.assign({}, env))) {
                child = schema.nodes.markdown_block.create(null, b.body ? schema.text(b.body) : null);
            }
            children.push(child);
        }); }
        if (children.length !== blocks.length) {
            throw new Error('Parsed ' + children.length + ' blocks for ' + blocks.length + ' in the Markdown.');
        }
        children.forEach(function (child, index) { slices.set(child, { text: blocks[index].slice, index: index }); });
        var parsedFrom = {
            prefix: blocks.length ? span(0, blocks[0].map[0], blocks[0].map[0] > 0) : text,
            trailing: /\n*$/.exec(text)[0],
            gaps: blocks.map(function (b) { return b.gap; })
        };
        if (children.length === 0) { children.push(schema.nodes.paragraph.create()); }
        return { doc: schema.topNodeType.create(null, children), source: parsedFrom };
    }
    function allSupported(group) {
        if (group[0].type === 'table_open' && group.some(function (t) {
            return t.children && t.children.some(function (c) { return /^(image|hardbreak|softbreak)$/.test(c.type); });
        })) { return false; } // a table cell holds text only
        return group.every(function (t) {
            return supportedTokens[t.type] && (!t.children || t.children.every(function (c) { return supportedTokens[c.type]; }));
        });
    }
    // Markdig's autolinker shows "mailto:a@b" as "a@b"; left as plain text, a fresh serialisation is linked the same way.
    function unlinkBareMailto(token) {
        if (!token.children) { return; }
        var open = false;
        token.children = token.children.filter(function (c) {
            if (c.type === 'link_open' && c.markup === 'linkify' && /^mailto:/i.test(c.attrGet('href') || '')) { open = true; return false; }
            if (c.type === 'link_close' && open) { open = false; return false; }
            return true;
        });
    }
    function stripCode(text) { return text.replace(/`+[^`]*`+/g, ''); }

    function ensureBlank(out) {
        if (out === '' || /\n\n$/.test(out)) { return out; }
        return out + (/\n$/.test(out) ? '\n' : '\n\n');
    }

    // Markdown of a document: untouched blocks as their source, the rest freshly serialised.
    function serialize(doc, fresh, source) {
        var out = fresh ? '' : source.prefix;
        var prev = null;
        var emitted = {};
        var lastFresh = false;
        var any = false;
        doc.forEach(function (node) {
            var kept = fresh ? null : slices.get(node);
            if (kept) {
                if (any && !(prev && prev.index + 1 === kept.index)) { out = ensureBlank(out); }
                out += kept.text;
                emitted[kept.index] = true;
                lastFresh = false;
            } else {
                if (node.type === schema.nodes.paragraph && node.content.size === 0) { return; }
                if (any) { out = ensureBlank(out); }
                out += freshMarkdown(node) + '\n';
                lastFresh = true;
            }
            any = true;
            prev = kept;
        });
        if (!fresh) {
            // Link reference definitions that followed a block since edited away still resolve anywhere.
            source.gaps.forEach(function (gap, index) {
                if (gap && !emitted[index]) { out = ensureBlank(out) + gap + '\n'; lastFresh = true; }
            });
        }
        if (lastFresh || !any) { out = out.replace(/\n*$/, '') + (fresh ? '\n' : source.trailing); }
        return out;
    }

    // ---- Figures known to the form (data-figures) and the photo endpoints (contract with admin.js).
    var figures = {};
    try {
        JSON.parse(form.getAttribute('data-figures') || '[]').forEach(function (f) { figures[f.order] = f; });
    } catch (e) { /* no figure data: photos show as placeholders */ }
    function antiforgery() {
        var input = form.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : '';
    }
    function photosAvailable() {
        return form.hasAttribute('data-photo-upload')
            || !!(window.portalArticleForm && typeof window.portalArticleForm.ensureSaved === 'function');
    }
    function ensureSaved() {
        if (window.portalArticleForm && typeof window.portalArticleForm.ensureSaved === 'function') {
            return Promise.resolve(window.portalArticleForm.ensureSaved());
        }
        return form.hasAttribute('data-photo-upload') ? Promise.resolve() : Promise.reject(new Error('Hãy lưu bài trước khi chèn ảnh.'));
    }
    function readJson(response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
            if (!response.ok) { throw new Error(data.error || 'Máy chủ không nhận ảnh (mã ' + response.status + ').'); }
            return data;
        });
    }
    function postPhoto(body) {
        return ensureSaved().then(function () {
            return fetch(form.getAttribute('data-photo-upload'), {
                method: 'POST', body: body, credentials: 'same-origin', headers: { RequestVerificationToken: antiforgery() }
            });
        }).then(readJson);
    }
    // Alt text, caption and credit typed beside a photo are sent when a field is left; a save pressed meanwhile waits
    // for them, or it would race the details and what was just typed could be lost.
    var detailsInFlight = 0;
    var detailsWaiters = [];
    function saveDetails(order) {
        var f = figures[order];
        var url = form.getAttribute('data-photo-details');
        if (!f || !url) { return; }
        var body = new URLSearchParams();
        body.append('alt', f.alt || '');
        body.append('caption', f.caption || '');
        body.append('credit', f.credit || '');
        detailsInFlight++;
        fetch(url.replace('{order}', String(order)), {
            method: 'POST', body: body, credentials: 'same-origin', headers: { RequestVerificationToken: antiforgery() }
        }).then(readJson).catch(function (e) { notify(e.message); }).then(function () {
            detailsInFlight--;
            if (detailsInFlight === 0) { detailsWaiters.splice(0).forEach(function (resume) { resume(); }); }
        });
    }
    // Capture phase: runs before admin.js's own submit handling, which sees only the resumed submit.
    form.addEventListener('submit', function (e) {
        if (detailsInFlight === 0) { return; }
        e.preventDefault();
        e.stopImmediatePropagation();
        var submitter = e.submitter;
        detailsWaiters.push(function () { form.requestSubmit(submitter && submitter.form === form ? submitter : undefined); });
    }, true);

    // ---- The figure in place: the photo, with its caption, credit and alt text typed beside it.
    var uid = 0;
    function FigureView(node, view, getPos) {
        this.node = node;
        var self = this;
        var dom = this.dom = document.createElement('figure');
        dom.className = 'pm-figure';
        dom.contentEditable = 'false';
        var img = this.img = document.createElement('img');
        img.alt = '';
        dom.appendChild(img);
        var fields = document.createElement('div');
        fields.className = 'pm-figure-fields';
        dom.appendChild(fields);
        function field(label, name) {
            var id = 'pm-figure-' + (++uid) + '-' + name;
            var wrap = document.createElement('div');
            var l = document.createElement('label');
            l.htmlFor = id;
            l.textContent = label;
            var input = document.createElement('input');
            input.type = 'text';
            input.id = id;
            input.maxLength = name === 'alt' ? 500 : (name === 'credit' ? 200 : 1000);
            wrap.appendChild(l);
            wrap.appendChild(input);
            fields.appendChild(wrap);
            input.addEventListener('input', function () {
                var known = figures[self.node.attrs.order] || (figures[self.node.attrs.order] = { order: self.node.attrs.order });
                known[name] = input.value;
                if (name === 'alt') { return; }
                var attrs = Object.assign({}, self.node.attrs);
                attrs[name] = name === 'credit' ? (input.value || null) : input.value;
                var pos = getPos();
                if (typeof pos === 'number') { view.dispatch(view.state.tr.setNodeMarkup(pos, null, attrs)); }
            });
            input.addEventListener('change', function () { saveDetails(self.node.attrs.order); });
            input.addEventListener('keydown', function (e) {
                if (e.key === 'Enter') { e.preventDefault(); }
            });
            return input;
        }
        this.caption = field('Chú thích ảnh', 'caption');
        this.credit = field('Tác giả ảnh', 'credit');
        this.alt = field('Mô tả ảnh cho người không nhìn thấy (alt)', 'alt');
        this.render();
    }
    FigureView.prototype.render = function () {
        var known = figures[this.node.attrs.order] || {};
        this.img.src = known.src || '/img/photo-missing.svg';
        if (known.width && known.height) { this.img.width = known.width; this.img.height = known.height; }
        this.img.alt = known.alt || '';
        this.dom.setAttribute('data-figure-order', this.node.attrs.order);
        var set = function (input, value) { if (document.activeElement !== input) { input.value = value || ''; } };
        set(this.caption, this.node.attrs.caption);
        set(this.credit, this.node.attrs.credit);
        set(this.alt, known.alt);
    };
    FigureView.prototype.update = function (node) {
        if (node.type !== this.node.type) { return false; }
        this.node = node;
        this.render();
        return true;
    };
    FigureView.prototype.stopEvent = function (event) { return event.target && /^(INPUT|LABEL)$/.test(event.target.tagName); };
    FigureView.prototype.ignoreMutation = function () { return true; };

    // ---- Paste from Word, LibreOffice and web pages.
    var pastedImages = [];
    var droppedRemote = 0;
    var droppedLocal = 0; // images Word puts on the clipboard as file:/// paths the page cannot read
    function cleanPastedHtml(html) {
        var doc = new window.DOMParser().parseFromString(html, 'text/html');
        var body = doc.body;
        var walker = doc.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
        var comments = [];
        while (walker.nextNode()) { comments.push(walker.currentNode); }
        comments.forEach(function (c) { c.remove(); });
        Array.prototype.forEach.call(body.querySelectorAll('style, script, meta, link, title, xml, o\\:p, w\\:sdt'), function (e) { e.remove(); });
        Array.prototype.forEach.call(body.getElementsByTagName('*'), function (e) {
            if (e.tagName.indexOf(':') >= 0 && e.tagName.toLowerCase() !== 'o:p') { e.setAttribute('data-ns', '1'); }
        });
        Array.prototype.forEach.call(body.querySelectorAll('o\\:p, [data-ns]'), function (e) { unwrap(e); });
        convertWordLists(body);
        // Google Docs wraps everything in <b style="font-weight:normal">; styled spans carry bold and italic.
        Array.prototype.forEach.call(body.querySelectorAll('b, strong, span'), function (e) {
            var style = (e.getAttribute('style') || '').toLowerCase();
            if (/font-weight:\s*(normal|[1-5]00)/.test(style) && e.tagName !== 'SPAN') { unwrap(e); return; }
            if (e.tagName === 'SPAN') {
                var inner = e;
                if (/font-weight:\s*(bold|[6-9]00)/.test(style)) { inner = wrapIn(inner, 'strong'); }
                if (/font-style:\s*italic/.test(style)) { wrapIn(inner, 'em'); }
            }
        });
        Array.prototype.forEach.call(body.querySelectorAll('img'), function (img) {
            var src = img.getAttribute('src') || '';
            if (/^data:image\//i.test(src)) { pastedImages.push(src); } else if (/^file:/i.test(src)) { droppedLocal++; } else { droppedRemote++; }
            img.remove();
        });
        Array.prototype.forEach.call(body.querySelectorAll('span, font, u, div'), function (e) {
            if (e.tagName === 'DIV' && !e.querySelector('p, ul, ol, h1, h2, h3, h4, h5, h6, table, blockquote, div')) { var p = doc.createElement('p'); p.innerHTML = e.innerHTML; e.replaceWith(p); } else if (e.tagName !== 'DIV') { unwrap(e); }
        });
        Array.prototype.forEach.call(body.getElementsByTagName('*'), function (e) {
            Array.prototype.slice.call(e.attributes).forEach(function (a) {
                // ProseMirror's own clipboard marks (data-pm-slice) and our figures survive a copy inside the editor.
                var keep = (e.tagName === 'A' && (a.name === 'href' || a.name === 'title')) || (e.tagName === 'OL' && a.name === 'start')
                    || a.name === 'data-pm-slice' || (e.tagName === 'FIGURE' && /^data-(figure-order|caption|credit)$/.test(a.name));
                if (!keep) { e.removeAttribute(a.name); }
            });
        });
        Array.prototype.forEach.call(body.querySelectorAll('a'), function (a) {
            var href = a.getAttribute('href') || '';
            if (!/^(https?:|mailto:)/i.test(href)) { unwrap(a); } // Word's bookmarks and file: links are not links for readers
        });
        // A pipe table's cell is one line of text: Word's paragraphs inside a cell become one line.
        Array.prototype.forEach.call(body.querySelectorAll('td, th'), function (cell) {
            var parts = Array.prototype.map.call(cell.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6'), function (b) { return b.innerHTML; });
            if (parts.length) { cell.innerHTML = parts.join(' '); }
            Array.prototype.forEach.call(cell.querySelectorAll('br'), function (br) { br.replaceWith(' '); });
        });
        Array.prototype.forEach.call(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li'), function (e) {
            if (!e.textContent.replace(/[\s\u00a0]+/g, '') && !e.querySelector('br, img')) { e.remove(); }
        });
        if (pastedImages.length || droppedRemote || droppedLocal) { setTimeout(afterPaste, 0); }
        return body.innerHTML;
    }
    function unwrap(e) {
        var parent = e.parentNode;
        if (!parent) { return; }
        while (e.firstChild) { parent.insertBefore(e.firstChild, e); }
        e.remove();
    }
    function wrapIn(e, tag) {
        var w = e.ownerDocument.createElement(tag);
        while (e.firstChild) { w.appendChild(e.firstChild); }
        e.appendChild(w);
        return w;
    }
    // Word writes list items as <p class="MsoListParagraph…" style="mso-list:l0 level1 lfo1"> with a marker
    // ("·", "o", "1.", "a)") in a span styled mso-list:Ignore: rebuild real (nested) lists from them.
    function convertWordLists(body) {
        var paragraphs = Array.prototype.filter.call(body.querySelectorAll('p'), function (p) {
            return /MsoListParagraph/i.test(p.className) || /mso-list:\s*l\d/i.test(p.getAttribute('style') || '');
        });
        var stack = [];
        var lastParagraph = null;
        paragraphs.forEach(function (p) {
            var style = p.getAttribute('style') || '';
            var level = +((/level(\d+)/i.exec(style) || [0, 1])[1]);
            var marker = '';
            var ignore = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
            if (ignore) { marker = ignore.textContent.replace(/[\s\u00a0]+/g, ''); ignore.remove(); } else {
                var lead = /^[\s\u00a0]*([·•o§▪\-–]|\w{1,3}[.)])[\s\u00a0]+/.exec(p.textContent);
                if (lead) { marker = lead[1]; stripLeadingText(p, lead[0].length); }
            }
            var ordered = /^\w{1,3}[.)]$/.test(marker) && marker !== 'o';
            var adjacent = lastParagraph && nextElement(lastParagraph) === p;
            if (!adjacent) { stack = []; }
            while (stack.length > level || (stack.length === level && stack.length && stack[stack.length - 1].ordered !== ordered)) { stack.pop(); }
            while (stack.length < level) {
                var list = p.ownerDocument.createElement(ordered ? 'ol' : 'ul');
                if (stack.length === 0) { p.parentNode.insertBefore(list, p); } else {
                    var parentItem = stack[stack.length - 1].list.lastElementChild;
                    (parentItem || stack[stack.length - 1].list).appendChild(list);
                }
                stack.push({ list: list, ordered: ordered });
            }
            var li = p.ownerDocument.createElement('li');
            while (p.firstChild) { li.appendChild(p.firstChild); }
            stack[stack.length - 1].list.appendChild(li);
            lastParagraph = p;
            p.setAttribute('data-list-done', '1');
        });
        paragraphs.forEach(function (p) { p.remove(); });
        function nextElement(e) {
            var n = e.nextElementSibling;
            while (n && n.tagName !== 'P') { if (!/^(UL|OL)$/.test(n.tagName)) { return n; } n = n.nextElementSibling; }
            return n;
        }
    }
    function stripLeadingText(p, count) {
        var walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        while (count > 0 && walker.nextNode()) {
            var t = walker.currentNode;
            var take = Math.min(count, t.data.length);
            t.data = t.data.slice(take);
            count -= take;
        }
    }
    function afterPaste() {
        var remote = droppedRemote;
        var local = droppedLocal;
        droppedRemote = 0;
        droppedLocal = 0;
        var images = pastedImages;
        pastedImages = [];
        images.reduce(function (chain, dataUrl) {
            var spot = spotAt();
            return chain.then(function () {
                return fetch(dataUrl).then(function (r) { return r.blob(); }).then(function (blob) {
                    var type = blob.type || 'image/png';
                    return uploadFile(new File([blob], 'anh-dan.' + (type.split('/')[1] || 'png'), { type: type }), spot);
                });
            });
        }, Promise.resolve()).then(function () {
            // Said last, so that the upload's own messages do not hide it. No server fetches other sites' images.
            var said = [];
            if (local) { said.push('Chưa dán được ' + local + ' ảnh từ Word: hãy lưu ảnh ra máy (hoặc dùng "Tạo bài từ tệp Word") rồi chèn bằng nút "Ảnh".'); }
            if (remote) { said.push('Đã bỏ ' + remote + ' ảnh dán từ trang web khác: hãy lưu ảnh về máy rồi chèn bằng nút "Ảnh".'); }
            if (said.length) { notify(said.join(' ')); }
        });
    }

    // ---- Inserting photos.
    function insertFigure(data, pos) {
        figures[data.order] = data;
        var node = schema.nodes.figure.create({ order: data.order, caption: data.caption || '', credit: data.credit || null });
        var tr = view.state.tr;
        if (typeof pos === 'number') { tr.setSelection(PM.TextSelection.near(tr.doc.resolve(Math.min(pos, tr.doc.content.size)))); }
        var $at = tr.selection.$from;
        if ($at.depth > 1) {
            // Inside a list, quote or table: the figure goes after that whole block, since the page shows figures
            // only between top-level blocks (a figure in a list item would not be written back as one).
            view.dispatch(tr.insert($at.after(1), node).scrollIntoView());
        } else {
            view.dispatch(tr.replaceSelectionWith(node).scrollIntoView());
        }
        view.focus();
    }
    // Where a pasted or dropped photo goes, kept current while the upload runs and the person goes on typing:
    // dispatchTransaction maps every spot through each change.
    var spots = [];
    function spotAt(pos) {
        var spot = { pos: typeof pos === 'number' ? pos : view.state.selection.from };
        spots.push(spot);
        return spot;
    }
    function uploadFile(file, spot) {
        if (!photosAvailable()) { notify('Chưa chèn được ảnh ở đây: hãy lưu bài rồi dùng trang ảnh của bài.'); return Promise.resolve(); }
        notify('Đang tải ảnh lên…');
        var body = new FormData();
        body.append('file', file);
        return postPhoto(body).then(function (data) { if (notice.textContent === 'Đang tải ảnh lên…') { notify(''); } insertFigure(data, spot ? spot.pos : undefined); })
            .catch(function (e) { notify('Không chèn được ảnh: ' + e.message); })
            .then(function () { spots = spots.filter(function (s) { return s !== spot; }); });
    }
    function imageFiles(list) {
        return Array.prototype.filter.call(list || [], function (f) { return /^image\//.test(f.type); });
    }

    // ---- Commands and toolbar.
    function markActive(state, type) {
        var sel = state.selection;
        if (sel.empty) { return !!type.isInSet(state.storedMarks || sel.$from.marks()); }
        return state.doc.rangeHasMark(sel.from, sel.to, type);
    }
    function blockActive(state, type, attrs) {
        var $from = state.selection.$from;
        for (var d = $from.depth; d > 0; d--) {
            var n = $from.node(d);
            if (n.type === type && (!attrs || Object.keys(attrs).every(function (k) { return n.attrs[k] === attrs[k]; }))) { return true; }
        }
        return false;
    }
    function toggleHeading(level) {
        return function (state, dispatch) {
            if (blockActive(state, schema.nodes.heading, { level: level })) { return PM.setBlockType(schema.nodes.paragraph)(state, dispatch); }
            return PM.setBlockType(schema.nodes.heading, { level: level })(state, dispatch);
        };
    }
    function toggleList(type) {
        return function (state, dispatch) {
            if (blockActive(state, type)) { return PM.liftListItem(schema.nodes.list_item)(state, dispatch); }
            return PM.wrapInList(type)(state, dispatch);
        };
    }
    function toggleQuote(state, dispatch) {
        if (blockActive(state, schema.nodes.blockquote)) { return PM.lift(state, dispatch); }
        return PM.wrapIn(schema.nodes.blockquote)(state, dispatch);
    }
    function editLink(state, dispatch) {
        var type = schema.marks.link;
        if (markActive(state, type)) {
            if (dispatch) {
                var sel = state.selection;
                var from = sel.from;
                var to = sel.to;
                if (sel.empty) {
                    var $pos = sel.$from;
                    var start = $pos.parent.childAfter($pos.parentOffset);
                    from = $pos.start() + start.offset;
                    to = from + (start.node ? start.node.nodeSize : 0);
                }
                dispatch(state.tr.removeMark(from, to, type));
            }
            return true;
        }
        if (!dispatch) { return true; }
        var href = window.prompt('Địa chỉ liên kết (bắt đầu bằng https://):', 'https://');
        if (!href) { return false; }
        href = href.trim();
        if (!/^(https?:\/\/\S+|mailto:\S+|\/\S*)$/i.test(href)) { notify('Địa chỉ liên kết phải bắt đầu bằng https://, http://, mailto: hoặc /.'); return false; }
        var mark = type.create({ href: href });
        if (state.selection.empty) {
            dispatch(state.tr.replaceSelectionWith(schema.text(href, [mark]), false));
        } else {
            dispatch(state.tr.addMark(state.selection.from, state.selection.to, mark));
        }
        return true;
    }

    function insertTable(state, dispatch) {
        if (PM.isInTable(state)) { return false; }
        if (dispatch) {
            var cell = function (type, text) { return type.create(null, text ? schema.text(text) : null); };
            var row = function (type, a, b) { return schema.nodes.table_row.create(null, [cell(type, a), cell(type, b)]); };
            var table = schema.nodes.table.create(null, [
                row(schema.nodes.table_header), row(schema.nodes.table_cell), row(schema.nodes.table_cell)
            ]);
            var tr = state.tr.replaceSelectionWith(table);
            // The cursor goes into the first cell (table, row, cell: three positions in).
            var start = -1;
            tr.doc.nodesBetween(tr.mapping.map(state.selection.from, -1), tr.selection.to, function (n, pos) {
                if (start < 0 && n === table) { start = pos; }
                return start < 0;
            });
            if (start >= 0) { tr.setSelection(PM.TextSelection.create(tr.doc, start + 3)); }
            dispatch(tr.scrollIntoView());
        }
        return true;
    }

    // "Thêm hàng": the new row, and the cursor in its first cell, so what is typed next goes there.
    function addRowAndGo(state, dispatch) {
        if (!PM.addRowAfter(state)) { return false; }
        if (!dispatch) { return true; }
        var $from = state.selection.$from;
        var d = $from.depth;
        while (d > 0 && $from.node(d).type !== schema.nodes.table_row) { d--; }
        return PM.addRowAfter(state, function (tr) {
            if (d > 0) {
                var start = tr.mapping.map($from.after(d), -1);
                tr.setSelection(PM.TextSelection.near(tr.doc.resolve(start + 1)));
            }
            dispatch(tr);
        });
    }

    var buttons = [
        // The most used first: on a phone the toolbar is one row that scrolls sideways.
        { label: 'Đậm', key: 'Ctrl+B', run: PM.toggleMark(schema.marks.strong), active: function (s) { return markActive(s, schema.marks.strong); }, cls: 'b' },
        { label: 'Nghiêng', key: 'Ctrl+I', run: PM.toggleMark(schema.marks.em), active: function (s) { return markActive(s, schema.marks.em); }, cls: 'i' },
        { label: 'Ảnh', photo: true },
        { label: 'Tiêu đề phụ', title: 'Tiêu đề phụ (cấp 2)', run: toggleHeading(2), active: function (s) { return blockActive(s, schema.nodes.heading, { level: 2 }); } },
        { label: 'Danh sách', run: toggleList(schema.nodes.bullet_list), active: function (s) { return blockActive(s, schema.nodes.bullet_list); } },
        { label: 'Liên kết', key: 'Ctrl+K', run: editLink, active: function (s) { return markActive(s, schema.marks.link); } },
        { label: 'Hoàn tác', key: 'Ctrl+Z', run: PM.undo },
        { label: 'Làm lại', key: 'Ctrl+Y', run: PM.redo },
        { label: 'Danh sách số', run: toggleList(schema.nodes.ordered_list), active: function (s) { return blockActive(s, schema.nodes.ordered_list); } },
        { label: 'Trích dẫn', run: toggleQuote, active: function (s) { return blockActive(s, schema.nodes.blockquote); } },
        { label: 'Tiêu đề nhỏ', title: 'Tiêu đề phụ cấp 3', run: toggleHeading(3), active: function (s) { return blockActive(s, schema.nodes.heading, { level: 3 }); } },
        { label: 'Bảng', title: 'Chèn bảng (Tab sang ô sau)', run: insertTable },
        { label: 'Thêm hàng', title: 'Thêm hàng dưới ô đang chọn', run: addRowAndGo, tableOnly: true },
        { label: 'Thêm cột', title: 'Thêm cột bên phải ô đang chọn', run: PM.addColumnAfter, tableOnly: true }
    ];

    // ---- Build the editor.
    var wrapper = document.createElement('div');
    wrapper.className = 'rich-editor';
    var toolbar = document.createElement('div');
    toolbar.className = 'rich-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Định dạng nội dung');
    var notice = document.createElement('p');
    notice.className = 'rich-notice';
    notice.setAttribute('role', 'status');
    notice.hidden = true;
    var surface = document.createElement('div');
    surface.className = 'rich-surface';
    wrapper.appendChild(toolbar);
    wrapper.appendChild(notice);
    wrapper.appendChild(surface);
    function notify(message) { notice.textContent = message; notice.hidden = !message; }

    var view;
    var fileInput = document.createElement('input');
    fileInput.type = 'file';
    fileInput.accept = 'image/*';
    fileInput.hidden = true;
    fileInput.addEventListener('change', function () {
        var files = imageFiles(fileInput.files);
        fileInput.value = '';
        files.reduce(function (chain, f) { var spot = spotAt(); return chain.then(function () { return uploadFile(f, spot); }); }, Promise.resolve());
    });
    wrapper.appendChild(fileInput);

    var buttonElements = [];
    buttons.forEach(function (b) {
        var el = document.createElement('button');
        el.type = 'button';
        el.textContent = b.label;
        el.className = 'rich-button' + (b.cls ? ' rich-' + b.cls : '');
        if (b.title || b.key) { el.title = (b.title || b.label) + (b.key ? ' (' + b.key + ')' : ''); }
        if (b.key) { el.setAttribute('aria-keyshortcuts', b.key.replace('Ctrl', 'Control')); }
        if (b.active) { el.setAttribute('aria-pressed', 'false'); }
        if (b.photo) {
            el.className += ' rich-photo';
            el.hidden = !photosAvailable();
            el.addEventListener('click', function () { openPhotoChooser(el); });
        } else {
            el.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep the text selection
            el.addEventListener('click', function () { b.run(view.state, view.dispatch, view); view.focus(); });
        }
        toolbar.appendChild(el);
        buttonElements.push({ el: el, spec: b });
    });
    var sourceToggle = document.createElement('button');
    sourceToggle.type = 'button';
    sourceToggle.className = 'rich-button rich-source';
    sourceToggle.textContent = 'Xem Markdown';
    sourceToggle.setAttribute('aria-pressed', 'false');
    toolbar.appendChild(sourceToggle);

    function refreshToolbar(state) {
        buttonElements.forEach(function (b) {
            if (b.spec.active) { b.el.setAttribute('aria-pressed', String(!!b.spec.active(state))); }
            if (b.spec.run && !b.spec.active) { b.el.disabled = !b.spec.run(state); }
            if (b.spec.tableOnly) { b.el.hidden = b.el.disabled; } // only inside a table
        });
    }

    // Photo chooser: a file from the computer, or a photo of the library.
    var dialog = null;
    function openPhotoChooser(opener) {
        if (!dialog) { dialog = buildLibraryDialog(); }
        dialog.opener = opener;
        dialog.showModal();
        dialog.search('');
    }
    function buildLibraryDialog() {
        var d = document.createElement('dialog');
        d.className = 'photo-chooser';
        d.setAttribute('aria-labelledby', 'photo-chooser-title');
        d.innerHTML = '<h2 id="photo-chooser-title">Chèn ảnh vào vị trí con trỏ</h2>'
            + '<p><button type="button" class="button primary" data-upload>Tải ảnh từ máy…</button></p>'
            + '<form method="dialog" class="photo-chooser-search"><label for="photo-chooser-q">Hoặc chọn trong thư viện ảnh</label>'
            + '<input type="search" id="photo-chooser-q" placeholder="Tìm theo chú thích, tên tệp"> <button type="submit" class="button">Tìm</button></form>'
            + '<ul class="photo-chooser-grid" aria-live="polite"></ul>'
            + '<p class="photo-chooser-more"><button type="button" class="button" data-more hidden>Xem thêm ảnh</button></p>'
            + '<p><button type="button" class="button" data-close>Đóng</button></p>';
        document.body.appendChild(d);
        var grid = d.querySelector('.photo-chooser-grid');
        var more = d.querySelector('[data-more]');
        var query = d.querySelector('input[type=search]');
        var nextPage = null;
        d.querySelector('[data-upload]').addEventListener('click', function () { d.close(); fileInput.click(); });
        d.querySelector('[data-close]').addEventListener('click', function () { d.close(); });
        d.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); d.search(query.value); });
        more.addEventListener('click', function () { load(query.value, nextPage, false); });
        d.addEventListener('close', function () { if (d.opener) { d.opener.focus(); } });
        function load(q, page, replace) {
            var url = new URL(form.getAttribute('data-photo-library'), window.location.href);
            if (q) { url.searchParams.set('q', q); }
            if (page) { url.searchParams.set('trang', String(page)); }
            fetch(url, { credentials: 'same-origin' }).then(readJson).then(function (data) {
                if (replace) { grid.innerHTML = ''; }
                (data.items || []).forEach(function (item) {
                    var li = document.createElement('li');
                    var pick = document.createElement('button');
                    pick.type = 'button';
                    pick.className = 'photo-chooser-pick';
                    var img = document.createElement('img');
                    img.src = item.src;
                    img.alt = '';
                    img.loading = 'lazy';
                    var text = document.createElement('span');
                    text.textContent = item.caption || item.alt || 'Ảnh không có chú thích';
                    pick.appendChild(img);
                    pick.appendChild(text);
                    pick.addEventListener('click', function () {
                        d.close();
                        var body = new URLSearchParams();
                        body.append('mediaId', String(item.mediaId));
                        notify('Đang chèn ảnh…');
                        postPhoto(body).then(function (data2) { notify(''); insertFigure(data2); })
                            .catch(function (e) { notify('Không chèn được ảnh: ' + e.message); });
                    });
                    li.appendChild(pick);
                    grid.appendChild(li);
                });
                if (replace && !(data.items || []).length) { grid.innerHTML = '<li>Không có ảnh nào.</li>'; }
                nextPage = data.nextPage || null;
                more.hidden = !nextPage;
            }).catch(function (e) { grid.innerHTML = ''; var li = document.createElement('li'); li.textContent = e.message; grid.appendChild(li); });
        }
        d.search = function (q) {
            if (form.hasAttribute('data-photo-library')) { load(q, null, true); return; }
            // A new article has no library URL until it is saved: saving is asked for, not done behind the person's back.
            grid.innerHTML = '';
            var li = document.createElement('li');
            var open = document.createElement('button');
            open.type = 'button';
            open.className = 'button';
            open.textContent = 'Lưu bài nháp và mở thư viện ảnh';
            open.addEventListener('click', function () {
                ensureSaved().then(function () {
                    if (!form.hasAttribute('data-photo-library')) { throw new Error('Thư viện ảnh chưa mở được ở đây.'); }
                    load(q, null, true);
                }).catch(function (e) { li.textContent = e.message; });
            });
            li.appendChild(open);
            grid.appendChild(li);
        };
        return d;
    }

    var plugins = [
        PM.history(),
        PM.keymap({
            'Mod-z': PM.undo, 'Mod-y': PM.redo, 'Shift-Mod-z': PM.redo,
            'Mod-b': PM.toggleMark(schema.marks.strong), 'Mod-i': PM.toggleMark(schema.marks.em), 'Mod-k': editLink,
            'Enter': PM.splitListItem(schema.nodes.list_item),
            'Mod-[': PM.liftListItem(schema.nodes.list_item), 'Mod-]': PM.sinkListItem(schema.nodes.list_item),
            'Shift-Enter': PM.chainCommands(PM.exitCode, function (state, dispatch) {
                if (dispatch) { dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView()); }
                return true;
            })
        }),
        PM.keymap(PM.baseKeymap),
        PM.inputRules({
            rules: [
                PM.wrappingInputRule(/^\s*>\s$/, schema.nodes.blockquote),
                PM.wrappingInputRule(/^\s*([-+*])\s$/, schema.nodes.bullet_list),
                PM.wrappingInputRule(/^(\d+)\.\s$/, schema.nodes.ordered_list, function (m) { return { order: +m[1] }; },
                    function (m, node) { return node.childCount + node.attrs.order === +m[1]; }),
                PM.textblockTypeInputRule(/^(#{2,4})\s$/, schema.nodes.heading, function (m) { return { level: m[1].length }; })
            ]
        }),
        PM.keymap({ 'Tab': PM.goToNextCell(1), 'Shift-Tab': PM.goToNextCell(-1) }), // in a table only; elsewhere Tab leaves the editor
        PM.tableEditing(),
        PM.dropCursor(),
        PM.gapCursor()
    ];

    var initial = textarea.value;
    var first = parse(initial);
    source = first.source;
    var state = PM.EditorState.create({ doc: first.doc, plugins: plugins });
    var fromSource = false;
    var labelFor = form.querySelector('label[for="' + textarea.id + '"]');
    if (labelFor && !labelFor.id) { labelFor.id = textarea.id + '-label'; }
    view = new PM.EditorView(surface, {
        state: state,
        attributes: {
            'class': 'rich-content article-body', role: 'textbox', 'aria-multiline': 'true',
            'aria-labelledby': labelFor ? labelFor.id : '', spellcheck: 'true', lang: textarea.getAttribute('lang') || 'vi'
        },
        nodeViews: { figure: function (node, v, getPos) { return new FigureView(node, v, getPos); } },
        transformPastedHTML: cleanPastedHtml,
        handlePaste: function (v, event) {
            var data = event.clipboardData;
            var files = imageFiles(data && data.files);
            if (files.length && !(data.getData('text/html') || '').trim()) {
                files.reduce(function (chain, f) { var spot = spotAt(); return chain.then(function () { return uploadFile(f, spot); }); }, Promise.resolve());
                return true;
            }
            return false;
        },
        handleDrop: function (v, event, slice, moved) {
            var files = imageFiles(event.dataTransfer && event.dataTransfer.files);
            if (moved || !files.length) { return false; }
            event.preventDefault();
            var at = v.posAtCoords({ left: event.clientX, top: event.clientY });
            var pos = at ? at.pos : v.state.selection.from;
            files.reduce(function (chain, f) { var spot = spotAt(pos); return chain.then(function () { return uploadFile(f, spot); }); }, Promise.resolve());
            return true;
        },
        dispatchTransaction: function (tr) {
            var next = view.state.apply(tr);
            if (tr.docChanged) { spots.forEach(function (s) { s.pos = tr.mapping.map(s.pos); }); }
            view.updateState(next);
            refreshToolbar(next);
            if (tr.docChanged && !fromSource) {
                var text = serialize(next.doc, false, source);
                if (text !== textarea.value) {
                    textarea.value = text;
                    textarea.dispatchEvent(new Event('input', { bubbles: true }));
                }
            }
        }
    });
    refreshToolbar(view.state);
    if (labelFor) {
        // The label points at the hidden textarea; while the editor shows, it focuses the editor instead.
        labelFor.addEventListener('click', function (e) {
            if (!wrapper.classList.contains('showing-source')) { e.preventDefault(); view.focus(); }
        });
    }

    // "Xem Markdown": the textarea itself; what is typed there is read back into the editor.
    var reparseTimer = null;
    function reparse() {
        fromSource = true;
        try {
            var parsed = parse(textarea.value);
            var doc = parsed.doc;
            source = parsed.source;
            view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content).setMeta('addToHistory', true));
        } finally { fromSource = false; }
    }
    textarea.addEventListener('input', function (e) {
        if (!wrapper.classList.contains('showing-source') || !e.isTrusted) { return; }
        clearTimeout(reparseTimer);
        reparseTimer = setTimeout(reparse, 300);
    });
    sourceToggle.addEventListener('click', function () {
        var showing = !wrapper.classList.contains('showing-source');
        if (!showing) { clearTimeout(reparseTimer); reparse(); }
        wrapper.classList.toggle('showing-source', showing);
        textarea.classList.toggle('rich-hidden', !showing);
        sourceToggle.setAttribute('aria-pressed', String(showing));
        sourceToggle.textContent = showing ? 'Trở lại trình soạn thảo' : 'Xem Markdown';
        (showing ? textarea : view.dom).focus();
    });

    textarea.parentNode.insertBefore(wrapper, textarea);
    textarea.classList.add('rich-hidden');
    var help = document.getElementById('body-help');
    if (help) {
        help.textContent = 'Gõ và định dạng như trong Word; dán từ Word giữ đậm, nghiêng, tiêu đề, danh sách, liên kết. '
            + 'Kéo thả hoặc dán ảnh để chèn tại con trỏ, rồi gõ chú thích ngay dưới ảnh. Nút "Xem Markdown" hiện văn bản gốc.';
    }
    form.classList.add('has-rich-editor');

    // For tests and diagnostics: the same parse and serialise the editor uses.
    window.portalArticleEditor = {
        view: view,
        markdown: function () { return serialize(view.state.doc, false, source); },
        freshMarkdown: function () { return serialize(view.state.doc, true, source); },
        roundTrip: function (text) { var p = parse(text); return serialize(p.doc, false, p.source); },
        blockTypes: function (text) { var names = []; parse(text).doc.forEach(function (n) { names.push(n.type.name); }); return names; },
        freshRoundTrip: function (text) { var p = parse(text); return serialize(p.doc, true, p.source); },
        cleanPastedHtml: function (html) { var out = cleanPastedHtml(html); pastedImages = []; droppedRemote = 0; droppedLocal = 0; return out; }
    };
}());
