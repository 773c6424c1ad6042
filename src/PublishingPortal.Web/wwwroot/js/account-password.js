// New-account form: "Hiện mật khẩu" and "Tạo mật khẩu" (issue 11: the Administrator typed the first password
// blind). Without this script both stay hidden and the field is an ordinary password field.
(function () {
    'use strict';
    var entry = document.querySelector('[data-password-entry]');
    if (!entry || !window.crypto || !window.crypto.getRandomValues) { return; }
    var input = entry.querySelector('input[name="Password"]');
    var show = entry.querySelector('[data-password-show]');
    var generate = entry.querySelector('[data-password-generate]');
    // The same unambiguous alphabet as the first-run Administrator's password (no 0/O, 1/l/I).
    var alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    var digits = '23456789';
    var lower = 'abcdefghijkmnpqrstuvwxyz';

    var pick = function (chars, count) {
        // Rejection sampling keeps every character equally likely.
        var out = '';
        var limit = 256 - (256 % chars.length);
        var bytes = new Uint8Array(1);
        while (out.length < count) {
            window.crypto.getRandomValues(bytes);
            if (bytes[0] < limit) { out += chars.charAt(bytes[0] % chars.length); }
        }
        return out;
    };

    var setShown = function (shown) {
        input.type = shown ? 'text' : 'password';
        show.checked = shown;
    };

    show.closest('label').hidden = false;
    generate.hidden = false;
    show.addEventListener('change', function () { setShown(show.checked); });
    generate.addEventListener('click', function () {
        // 18 from the full alphabet, then a digit and a lowercase letter for the policy: about 115 bits.
        input.value = pick(alphabet, 18) + pick(digits, 1) + pick(lower, 1);
        setShown(true);
        input.focus();
        input.select();
    });
}());
