// "Find my street office": the browser's location, the street office whose grids cover it, and its
// report form with the point filled in. Without JavaScript or location the list below is the way.
(function () {
    'use strict';
    var button = document.getElementById('find-office');
    if (!button || !navigator.geolocation || !window.fetch) { return; }
    var result = document.getElementById('find-result');
    button.hidden = false;
    button.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (p) {
            var lon = p.coords.longitude.toFixed(6);
            var lat = p.coords.latitude.toFixed(6);
            fetch(button.dataset.api + '/offices/at?longitude=' + lon + '&latitude=' + lat, {headers: {'Accept': 'application/json'}})
                .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
                .then(function (office) {
                    window.location.href = button.dataset.api.replace(/\/api\/v1$/, '') + '/o/' + encodeURIComponent(office.code)
                        + '/report?longitude=' + lon + '&latitude=' + lat;
                })
                .catch(function () { result.textContent = button.dataset.failed; });
        }, function () { result.textContent = button.dataset.failed; }, {timeout: 10000, maximumAge: 60000});
    });
})();
