// The exam page's countdown. It runs from the seconds the server said were left (never from this computer's
// clock, which may be wrong) and re-reads them whenever the page's status area is refreshed by the server.
(function () {
    var deadline = null, seen = null, paused = false, warned = false, fired = false;

    function sync() {
        var data = document.getElementById('remaining-data');
        if (!data) {
            return;
        }
        var stamp = data.getAttribute('data-remaining') + '|' + data.getAttribute('data-stamp');
        if (stamp !== seen) {
            seen = stamp;
            deadline = Date.now() + parseInt(data.getAttribute('data-remaining'), 10) * 1000;
            paused = data.getAttribute('data-paused') === 'true';
        }
    }

    function two(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function tick() {
        sync();
        var clock = document.getElementById('countdown');
        var warning = document.getElementById('time-warning');
        if (!clock || deadline === null) {
            return;
        }
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        if (paused) {
            deadline += 1000;
            warning.textContent = warning.getAttribute('data-paused-text');
        } else if (warning.textContent === warning.getAttribute('data-paused-text')) {
            warning.textContent = '';
        }
        clock.textContent = two(Math.floor(left / 3600)) + ':' + two(Math.floor(left / 60) % 60) + ':' + two(left % 60);
        clock.classList.toggle('countdown--short', left <= 300);
        if (left <= 300 && left > 0 && !warned && !paused) {
            warned = true;
            warning.textContent = warning.getAttribute('data-warning');
        }
        if (left === 0 && !fired && !paused) {
            fired = true;
            var button = document.getElementById('exam:time-up');
            if (button) {
                button.click();
            }
        }
    }

    // the address names the question on screen, so that a reload (F5, a crashed tab) returns to it
    function remember() {
        var current = document.getElementById('current-number');
        if (!current || !window.history.replaceState) {
            return;
        }
        var url = new URL(window.location.href);
        if (url.searchParams.get('q') !== current.getAttribute('data-number')) {
            url.searchParams.set('q', current.getAttribute('data-number'));
            window.history.replaceState(window.history.state, '', url.toString());
        }
    }

    tick();
    remember();
    setInterval(tick, 1000);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', remember);
    }
})();
