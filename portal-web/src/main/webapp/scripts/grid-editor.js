/*
 * The street office's grids on a Leaflet map, for its admin: the office's outline, every grid with its
 * code, the chosen one stronger; and an outline editor with no plug-in: a click adds a corner (on the
 * nearest side once there are three), a corner is dragged to move it and double-clicked to remove it.
 * Every change is sent to the server (outlineChanged) as a GeoJSON Polygon. The server sends the whole
 * picture each time (render); the map keeps its view unless asked to fit.
 */
window.lianqinGridEditor = (function () {
  'use strict';

  function whenLeaflet(work) {
    if (window.L) { work(); } else { setTimeout(function () { whenLeaflet(work); }, 50); }
  }

  function setUp(box, tiles, attribution) {
    // maxZoom: with no tile layer to cap it, fitting a box of no size yet would zoom without end
    const map = L.map(box, {doubleClickZoom: false, zoomSnap: 0.25, maxZoom: 19});
    map.attributionControl.setPrefix('Leaflet');
    if (tiles) { L.tileLayer(tiles, {maxZoom: 19, attribution: attribution}).addTo(map); }
    const state = {map: map, drawn: L.layerGroup().addTo(map), editor: L.layerGroup().addTo(map), corners: null,
      bounds: null, autoFit: true};
    map.on('click', function (e) {
      if (state.corners) { addCorner(box, state, e.latlng); }
    });
    // until the person moves the map, it follows the size of its box (the page lays out after the map starts)
    map.getContainer().addEventListener('pointerdown', function () { state.autoFit = false; });
    map.getContainer().addEventListener('wheel', function () { state.autoFit = false; }, {passive: true});
    new ResizeObserver(function () {
      map.invalidateSize();
      if (state.autoFit) { fit(state); }
    }).observe(box);
    box.lq = state;
    return state;
  }

  function render(box, picture) {
    whenLeaflet(function () {
      const state = box.lq || setUp(box, picture.tiles, picture.attribution);
      state.drawn.clearLayers();
      const everything = L.featureGroup();
      if (picture.office) {
        L.geoJSON(picture.office, {interactive: false, style: {color: '#37474f', weight: 2, dashArray: '6 4', fill: false}})
          .addTo(everything);
      }
      const grids = L.geoJSON(picture.grids, {
        style: function (f) {
          const chosen = f.properties.id === picture.selected;
          return {color: chosen ? '#1565c0' : '#546e7a', weight: chosen ? 3 : 1.5,
            fillColor: f.properties.assigned ? '#42a5f5' : '#ffb74d', fillOpacity: chosen ? 0.25 : 0.12};
        },
        onEachFeature: function (f, layer) {
          layer.bindTooltip(f.properties.code, {permanent: true, direction: 'center', className: 'grid-code'});
          layer.on('click', function (e) {
            if (state.corners) { return; } // the map's own click adds the corner
            L.DomEvent.stopPropagation(e);
            box.$server.gridChosen(f.properties.id);
          });
        }
      }).addTo(everything);
      everything.eachLayer(function (l) { state.drawn.addLayer(l); });
      state.bounds = everything.getBounds();
      if (picture.fit) { state.autoFit = true; }
      if (state.autoFit) { fit(state); }
      state.corners = picture.editing ? picture.editing.map(function (p) { return L.latLng(p[1], p[0]); }) : null;
      drawCorners(box, state);
      box.classList.toggle('editing', !!state.corners);
    });
  }

  function fit(state) {
    if (state.bounds && state.bounds.isValid()) {
      state.map.fitBounds(state.bounds, {padding: [16, 16]});
    } else {
      state.map.setView([31.2, 121.45], 13);
    }
  }

  function addCorner(box, state, at) {
    const corners = state.corners;
    if (corners.length < 3) {
      corners.push(at);
    } else {
      const map = state.map, p = map.latLngToLayerPoint(at);
      let best = 0, bestDistance = Infinity;
      for (let i = 0; i < corners.length; i++) {
        const a = map.latLngToLayerPoint(corners[i]), b = map.latLngToLayerPoint(corners[(i + 1) % corners.length]);
        const d = L.LineUtil.pointToSegmentDistance(p, a, b);
        if (d < bestDistance) { bestDistance = d; best = i; }
      }
      corners.splice(best + 1, 0, at);
    }
    changed(box, state);
  }

  function drawCorners(box, state) {
    state.editor.clearLayers();
    if (!state.corners) { return; }
    if (state.corners.length >= 2) {
      L.polygon(state.corners, {color: '#e65100', weight: 2, dashArray: '4 3', fillOpacity: 0.15, interactive: false})
        .addTo(state.editor);
    }
    state.corners.forEach(function (c, i) {
      const corner = L.marker(c, {draggable: true, keyboard: false, title: String(i + 1),
        icon: L.divIcon({className: 'grid-corner', iconSize: [14, 14]})});
      corner.on('drag', function (e) { state.corners[i] = e.target.getLatLng(); redrawOutline(state); });
      corner.on('dragend', function () { changed(box, state); });
      corner.on('dblclick', function (e) {
        L.DomEvent.stopPropagation(e);
        if (state.corners.length > 3) { state.corners.splice(i, 1); changed(box, state); }
      });
      corner.addTo(state.editor);
    });
  }

  function redrawOutline(state) {
    state.editor.eachLayer(function (l) { if (l instanceof L.Polygon) { l.setLatLngs(state.corners); } });
  }

  function changed(box, state) {
    drawCorners(box, state);
    const ring = state.corners.map(function (c) { return [round(c.lng), round(c.lat)]; });
    if (ring.length >= 3) {
      ring.push(ring[0]);
      box.$server.outlineChanged(JSON.stringify({type: 'Polygon', coordinates: [ring]}));
    } else {
      box.$server.outlineChanged('');
    }
  }

  function round(x) { return Math.round(x * 1e6) / 1e6; }

  return {render: render};
})();
