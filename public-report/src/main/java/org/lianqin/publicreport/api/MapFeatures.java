package org.lianqin.publicreport.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import org.lianqin.core.cases.PublicMap;
import org.lianqin.core.cases.PublicSummary;
import org.lianqin.core.tenancy.StreetOffice;

import java.io.StringReader;

/**
 * A street office's map as a GeoJSON FeatureCollection (RFC 7946): the office's outline
 * ({@code kind: office}), its grids' ({@code kind: grid}, code and name) and its open public problems
 * ({@code kind: case}: number, category, state, supporters). What the residents' maps draw with no tile
 * service at all.
 */
final class MapFeatures {

    private MapFeatures() {
    }

    static JsonObject of(StreetOffice office, PublicMap map) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        if (map.outline() != null) {
            geometry(map.outline()).ifPresent(g -> features.add(feature(g, Json.createObjectBuilder()
                    .add("kind", "office").add("name", office.name()))));
        }
        for (PublicMap.Area grid : map.grids()) {
            geometry(grid.outline()).ifPresent(g -> features.add(feature(g, Json.createObjectBuilder()
                    .add("kind", "grid").add("code", grid.code()).add("name", grid.name()))));
        }
        for (PublicSummary c : map.open()) {
            JsonObject point = Json.createObjectBuilder().add("type", "Point")
                    .add("coordinates", Json.createArrayBuilder().add(c.longitude()).add(c.latitude())).build();
            features.add(feature(point, Json.createObjectBuilder().add("kind", "case").add("number", c.number())
                    .add("category", c.categoryName()).add("categoryEn", c.categoryNameEn())
                    .add("state", c.state().name()).add("supporters", c.supporters())));
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
    }

    private static JsonObject feature(JsonObject geometry, JsonObjectBuilder properties) {
        return Json.createObjectBuilder().add("type", "Feature").add("geometry", geometry)
                .add("properties", properties).build();
    }

    /** An outline as kept (checked when it was recorded); one that does not parse is left off the map. */
    private static java.util.Optional<JsonObject> geometry(String geoJson) {
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            return java.util.Optional.of(reader.readObject());
        } catch (JsonParsingException | ClassCastException e) {
            return java.util.Optional.empty();
        }
    }
}
