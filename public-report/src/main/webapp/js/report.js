// The report form works without this script. With it: focus on the summary of what to correct, the
// questions of the chosen category only, the resident's location ("use my location" moves the map's
// pin), and — once a category and a point are known — the open problems of that kind nearby, which the
// resident may support ("me too") and follow by e-mail right here, without leaving the form.
(function () {
    'use strict';
    var form = document.querySelector('form.report');
    if (!form) { return; }
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
        summary.addEventListener('click', function (e) {
            var link = e.target.closest('a[href^="#"]');
            var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
            if (field) {
                e.preventDefault();
                var label = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
                (label || field).scrollIntoView();
                field.focus({preventScroll: true});
            }
        });
    }
    var api = form.dataset.api + '/offices/' + encodeURIComponent(form.dataset.office);
    var locate = document.getElementById('locate');
    var located = document.getElementById('located');
    var lon = document.getElementById('longitude');
    var lat = document.getElementById('latitude');
    var category = document.getElementById('category');
    var nearby = document.getElementById('nearby');
    var mapBox = document.getElementById('map');

    function post(url, body) {
        return fetch(url, {method: 'POST', headers: {'Accept': 'application/json'}, body: body})
            .then(function (r) { return r.json(); });
    }

    function item(c) {
        var li = document.getElementById('nearby-item').content.cloneNode(true);
        var link = li.querySelector('.text');
        link.textContent = c.description + (c.address ? '（' + c.address + '）' : '');
        link.href = form.dataset.cases + encodeURIComponent(c.number);
        link.target = '_blank';
        link.rel = 'noopener';
        var button = li.querySelector('.support');
        var said = li.querySelector('.supported');
        var follow = li.querySelector('.follow');
        button.addEventListener('click', function () {
            button.disabled = true;
            post(form.dataset.cases + encodeURIComponent(c.number) + '/support').then(function (answer) {
                said.hidden = false;
                said.textContent = answer.message || (answer.counted ? nearby.dataset.counted : nearby.dataset.already);
                follow.hidden = !answer.canFollow;
            }).catch(function () { button.disabled = false; said.hidden = false; said.textContent = nearby.dataset.failed; });
        });
        var email = follow.querySelector('input');
        var result = follow.querySelector('.follow-result');
        function sendFollow() {
            var body = new URLSearchParams();
            body.set('email', email.value);
            post(form.dataset.cases + encodeURIComponent(c.number) + '/follow', body).then(function (answer) {
                result.textContent = answer.message;
            }).catch(function () { result.textContent = nearby.dataset.failed; });
        }
        follow.querySelector('button').addEventListener('click', sendFollow);
        // Enter in the address follows the case; it must not send the report around it
        email.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') { e.preventDefault(); sendFollow(); }
        });
        return li;
    }

    function showNearby() {
        if (!category.value || !lon.value || !lat.value) { nearby.hidden = true; return; }
        var url = api + '/cases/nearby?category=' + encodeURIComponent(category.value)
            + '&longitude=' + encodeURIComponent(lon.value) + '&latitude=' + encodeURIComponent(lat.value);
        fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) {
            return r.ok ? r.json() : [];
        }).then(function (cases) {
            var list = nearby.querySelector('ul');
            list.textContent = '';
            cases.forEach(function (c) { list.appendChild(item(c)); });
            nearby.hidden = cases.length === 0;
        }).catch(function () { nearby.hidden = true; });
    }

    if (navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener('click', function () {
            navigator.geolocation.getCurrentPosition(function (p) {
                if (mapBox && mapBox.lianqin) {
                    mapBox.lianqin.place(p.coords.latitude, p.coords.longitude, 17);
                } else {
                    lat.value = p.coords.latitude.toFixed(6);
                    lon.value = p.coords.longitude.toFixed(6);
                    located.textContent = locate.dataset.found.replace('{0}', lat.value + ', ' + lon.value);
                    showNearby();
                }
            }, function () {
                located.textContent = locate.dataset.failed;
            }, {enableHighAccuracy: true, timeout: 10000, maximumAge: 60000});
        });
    }
    if (mapBox) { mapBox.addEventListener('place', showNearby); }
    // the extra questions of the chosen category only (without this script all are shown, each titled)
    function showQuestions() {
        document.querySelectorAll('fieldset.questions').forEach(function (f) {
            f.hidden = f.dataset.category !== category.value;
        });
    }
    category.addEventListener('change', function () { showQuestions(); showNearby(); });
    showQuestions();
    showNearby();
})();
