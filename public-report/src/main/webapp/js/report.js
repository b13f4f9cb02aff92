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

    // the map, when the site has a tile service (lianqin.map.tiles) and Leaflet loaded
    var mapBox = document.getElementById('map');
    var map = null;
    var marker = null;
    function place(latitude, longitude) {
        lat.value = latitude.toFixed(6);
        lon.value = longitude.toFixed(6);
        if (map) {
            if (marker) { marker.setLatLng([latitude, longitude]); } else {
                marker = window.L.circleMarker([latitude, longitude], {radius: 9, color: '#b4232a', weight: 3}).addTo(map);
            }
        }
    }
    if (mapBox && window.L) {
        map = window.L.map(mapBox);
        map.attributionControl.setPrefix('Leaflet');
        window.L.tileLayer(mapBox.dataset.tiles, {maxZoom: 19, attribution: mapBox.dataset.attribution}).addTo(map);
        var b = (mapBox.dataset.bounds || '').split(',').map(Number);
        if (b.length === 4 && b.every(isFinite)) { map.fitBounds([[b[1], b[0]], [b[3], b[2]]]); } else { map.setView([31.2, 121.45], 13); }
        if (lat.value && lon.value) { place(Number(lat.value), Number(lon.value)); }
        map.on('click', function (e) {
            place(e.latlng.lat, e.latlng.lng);
            located.textContent = mapBox.dataset.picked.replace('{0}', lat.value + ', ' + lon.value);
            showNearby();
        });
    } else if (mapBox) {
        mapBox.hidden = true;
    }

    if (navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener('click', function () {
            navigator.geolocation.getCurrentPosition(function (p) {
                place(p.coords.latitude, p.coords.longitude);
                if (map) { map.setView([p.coords.latitude, p.coords.longitude], 17); }
                located.textContent = locate.dataset.found.replace('{0}', lat.value + ', ' + lon.value);
                showNearby();
            }, function () {
                located.textContent = locate.dataset.failed;
            }, {enableHighAccuracy: true, timeout: 10000, maximumAge: 60000});
        });
    }
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
