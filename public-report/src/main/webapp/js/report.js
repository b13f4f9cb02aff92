// The report form without this script works as it is. With it: the resident's location (when the
// browser shares it) and, once a category and a point are known, the open problems of that kind
// nearby, which the resident may support ("me too") instead of reporting again.
(function () {
    'use strict';
    var form = document.querySelector('form.report');
    if (!form) { return; }
    var api = form.dataset.api + '/offices/' + encodeURIComponent(form.dataset.office);
    var ctx = form.dataset.api.replace(/\/api\/v1$/, '');
    var locate = document.getElementById('locate');
    var located = document.getElementById('located');
    var lon = document.getElementById('longitude');
    var lat = document.getElementById('latitude');
    var category = document.getElementById('category');
    var nearby = document.getElementById('nearby');

    function showNearby() {
        if (!category.value || !lon.value || !lat.value) { nearby.hidden = true; return; }
        var url = api + '/cases/nearby?category=' + encodeURIComponent(category.value)
            + '&longitude=' + encodeURIComponent(lon.value) + '&latitude=' + encodeURIComponent(lat.value);
        fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) {
            return r.ok ? r.json() : [];
        }).then(function (cases) {
            var list = nearby.querySelector('ul');
            list.textContent = '';
            cases.forEach(function (c) {
                var item = document.getElementById('nearby-item').content.cloneNode(true);
                item.querySelector('.text').textContent = c.description + (c.address ? '（' + c.address + '）' : '');
                item.querySelector('form').action = ctx + '/o/' + encodeURIComponent(form.dataset.office)
                    + '/support/' + encodeURIComponent(c.number);
                list.appendChild(item);
            });
            nearby.hidden = cases.length === 0;
        }).catch(function () { nearby.hidden = true; });
    }

    if (navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener('click', function () {
            navigator.geolocation.getCurrentPosition(function (p) {
                lon.value = p.coords.longitude.toFixed(6);
                lat.value = p.coords.latitude.toFixed(6);
                located.textContent = locate.dataset.found.replace('{0}', lat.value + ', ' + lon.value);
                showNearby();
            }, function () {
                located.textContent = locate.dataset.failed;
            }, {enableHighAccuracy: true, timeout: 10000, maximumAge: 60000});
        });
    }
    category.addEventListener('change', showNearby);
    showNearby();
})();
