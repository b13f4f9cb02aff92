package org.lianqin.portal.views;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import org.lianqin.core.geo.Location;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.organisation.OrganisationViews.GridView;

import java.util.List;

/**
 * Where a case is, drawn by Leaflet: the street office's grids as outlines with their codes, the case's
 * grid stronger, and the case's point; on the tiles of the district's tile service when one is configured
 * ({@link MapSettings}), on the outlines alone otherwise, which is still a map a dispatcher can read.
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
class PlaceMap extends Div {

    private static final String DRAW = """
            const box = this, at = [$1, $0], tiles = $2, attribution = $3, grids = JSON.parse($4), own = $5;
            const draw = () => {
              if (!window.L) { setTimeout(draw, 50); return; }
              const map = L.map(box, {scrollWheelZoom: false, maxZoom: 19});
              map.attributionControl.setPrefix('Leaflet');
              if (tiles) { L.tileLayer(tiles, {maxZoom: 19, attribution: attribution}).addTo(map); }
              const outlines = L.geoJSON(grids, {style: f => ({color: f.properties.code === own ? '#1565c0' : '#607d8b',
                  weight: f.properties.code === own ? 3 : 1, fillOpacity: f.properties.code === own ? 0.12 : 0.03})})
                .bindTooltip(l => l.feature.properties.code);
              const bounds = outlines.getBounds();
              // the view first: Leaflet draws vectors only on a map that has one
              if (bounds.isValid()) { map.fitBounds(bounds.extend(at), {padding: [12, 12]}); } else { map.setView(at, 16); }
              outlines.addTo(map);
              L.circleMarker(at, {radius: 9, color: '#b4232a', weight: 3, fillOpacity: 0.5}).addTo(map);
            };
            draw();""";

    PlaceMap(Location point, String gridCode, List<GridView> grids, MapSettings settings) {
        setId("case-map");
        setHeight("20em");
        getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");
        String collection = GridOutlines.of(grids).toString();
        getElement().executeJs(DRAW, point.longitude(), point.latitude(), settings.tiles().orElse(""),
                settings.attribution(), collection, gridCode == null ? "" : gridCode);
    }
}
