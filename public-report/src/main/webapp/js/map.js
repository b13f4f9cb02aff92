// The street office's map (Leaflet): its outline, its grids and its open public problems, read from
// the API as GeoJSON, so that it is a usable map with no tile service at all; on tiles when the site has
// them (lianqin.map.tiles). Modes: "office" (problems open their pages), "case" (one problem), "pick"
// (the report form: tap to set the point, drag the pin to correct it; Enter sets it at the map's centre).
(function () {
    'use strict';
    var box = document.getElementById('map');
    if (!box) { return; }
    if (!window.L) { return; }
    var L = window.L;
    box.hidden = false;   // shown, with the words about it, only where it works
    document.querySelectorAll('.map-hint').forEach(function (hint) { hint.hidden = false; });
    var mode = box.dataset.mode;
    var en = box.dataset.lang === 'en';
    // maxZoom: with no tile layer to cap it, fitting a box of no size yet would zoom without end
    var map = L.map(box, {zoomSnap: 0.5, maxZoom: 19});
    map.attributionControl.setPrefix(false);
    if (box.dataset.tiles) {
        L.tileLayer(box.dataset.tiles, {maxZoom: 19, attribution: box.dataset.attribution}).addTo(map);
    } else {
        box.classList.add('bare');
    }
    map.setView([31.2, 121.45], 12);   // until the office's outlines arrive

    var lon = document.getElementById('longitude');
    var lat = document.getElementById('latitude');
    var status = document.getElementById('located');
    var pin = null;
    var given = null;   // a point the page came with: the form's, or the case's
    if (mode === 'pick' && lat && lon && lat.value && lon.value) {
        given = [Number(lat.value), Number(lon.value)];
    }
    var holder = box.closest('.case-map');
    if (mode === 'case' && holder) {
        given = [Number(holder.dataset.latitude), Number(holder.dataset.longitude)];
    }

    function pinAt(latitude, longitude) {
        var icon = L.divIcon({className: 'pin', iconSize: [30, 30], iconAnchor: [15, 28]});
        if (pin) {
            pin.setLatLng([latitude, longitude]);
        } else {
            pin = L.marker([latitude, longitude], mode === 'pick'
                ? {icon: icon, draggable: true, title: box.dataset.pin, keyboard: true}
                : {icon: icon, interactive: false, keyboard: false}).addTo(map);
            if (mode === 'pick') {
                pin.on('dragend', function () { var p = pin.getLatLng(); place(p.lat, p.lng); });
            }
        }
    }

    // the report form's point: the hidden fields, the pin, the words under the map, and who listens
    function place(latitude, longitude, zoom) {
        lat.value = latitude.toFixed(6);
        lon.value = longitude.toFixed(6);
        pinAt(latitude, longitude);
        if (zoom) { map.setView([latitude, longitude], zoom); }
        if (status) { status.textContent = status.dataset.picked.replace('{0}', lat.value + ', ' + lon.value); }
        box.dispatchEvent(new CustomEvent('place', {bubbles: true, detail: {latitude: latitude, longitude: longitude}}));
    }
    box.lianqin = {place: place};

    if (mode === 'pick') {
        map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng); });
        box.addEventListener('keydown', function (e) {
            if (e.target === box && (e.key === 'Enter' || e.key === ' ')) {
                e.preventDefault();
                var c = map.getCenter();
                place(c.lat, c.lng);
            }
        });
    }
    if (given && isFinite(given[0]) && isFinite(given[1])) {
        pinAt(given[0], given[1]);
    }

    function style(feature) {
        return feature.properties.kind === 'office'
            ? {color: '#3d444d', weight: 2, fillColor: '#ffffff', fillOpacity: mode === 'case' || box.dataset.tiles ? 0.1 : 0.7}
            : {color: '#6e7781', weight: 1, dashArray: '4 3', fill: false};
    }

    fetch(box.dataset.geo, {headers: {'Accept': 'application/geo+json'}}).then(function (r) {
        return r.ok ? r.json() : {features: []};
    }).then(function (data) {
        var areas = data.features.filter(function (f) { return f.properties.kind !== 'case'; });
        var cases = data.features.filter(function (f) {
            return f.properties.kind === 'case' && (mode !== 'case' || f.properties.number !== box.dataset.case);
        });
        var outlines = L.geoJSON(areas, {style: style, interactive: false}).addTo(map);
        L.geoJSON(cases, {
            pointToLayer: function (f, at) {
                return L.circleMarker(at, {radius: 8, color: '#8f1c22', weight: 2, fillColor: '#b4232a', fillOpacity: 0.85,
                    interactive: mode === 'office'});
            },
            onEachFeature: function (f, layer) {
                if (mode !== 'office') { return; }
                var a = document.createElement('a');
                a.href = box.dataset.base + encodeURIComponent(f.properties.number);
                a.textContent = (en ? f.properties.categoryEn : f.properties.category) + ' · ' + box.dataset.openCase;
                layer.bindPopup(a);
            }
        }).addTo(map);
        // the first real view, without animation: from the provisional one it would scale the outlines
        var bounds = outlines.getBounds();
        var still = {animate: false};
        if (mode === 'case' && given) {
            map.setView(given, 16, still);
        } else if (bounds.isValid()) {
            map.fitBounds(bounds, {padding: [8, 8], animate: false});
            if (given) { map.setView(given, Math.max(map.getZoom(), 16), still); }
        } else if (given) {
            map.setView(given, 16, still);
        }
        box.dataset.ready = 'true';
    }).catch(function () { box.dataset.ready = 'true'; });
})();
