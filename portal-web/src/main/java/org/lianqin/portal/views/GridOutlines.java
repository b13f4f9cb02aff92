package org.lianqin.portal.views;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.lianqin.core.organisation.OrganisationViews.GridView;

import java.io.StringReader;
import java.util.List;

/** The street office's grids as one GeoJSON FeatureCollection for Leaflet: id, code and whether a squad has it. */
public final class GridOutlines {

    private GridOutlines() {
    }

    public static JsonObject of(List<GridView> grids) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (GridView g : grids) {
            if (g.boundaryGeoJson() != null && !g.boundaryGeoJson().isBlank()) {
                features.add(Json.createObjectBuilder().add("type", "Feature")
                        .add("properties", Json.createObjectBuilder().add("id", g.id()).add("code", g.code())
                                .add("assigned", g.squadId() != null))
                        .add("geometry", geometry(g.boundaryGeoJson())));
            }
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
    }

    static JsonObject geometry(String geoJson) {
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            return reader.readObject();
        }
    }
}
