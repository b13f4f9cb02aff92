package org.lianqin.portal.views;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.organisation.OrganisationViews.GridView;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The street office's outline and grids on a Leaflet map ({@code scripts/grid-editor.js}); a grid is chosen
 * by a click, and an outline is drawn or edited on it corner by corner. The picture is sent whole on each
 * change; the outline being edited comes back as a GeoJSON Polygon (empty while it has fewer than three corners).
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
@JavaScript("context://scripts/grid-editor.js")
class GridEditorMap extends Div {

    private final MapSettings settings;
    private final LongConsumer chosen;
    private final Consumer<String> outlined;

    GridEditorMap(MapSettings settings, LongConsumer chosen, Consumer<String> outlined) {
        this.settings = settings;
        this.chosen = chosen;
        this.outlined = outlined;
        setId("grid-map");
        addClassName("grid-map");
    }

    /**
     * Draws the office and its grids, the chosen grid stronger; {@code editing} is the outline being edited
     * (a GeoJSON Polygon, "" for a new one), null when none is; {@code fit} moves the view onto everything.
     */
    void show(String officeOutline, List<GridView> grids, Long selected, String editing, boolean fit) {
        JsonObjectBuilder picture = Json.createObjectBuilder()
                .add("tiles", settings.tiles().orElse(""))
                .add("attribution", settings.attribution())
                .add("grids", GridOutlines.of(grids))
                .add("fit", fit);
        if (officeOutline != null) {
            picture.add("office", GridOutlines.geometry(officeOutline));
        }
        if (selected != null) {
            picture.add("selected", selected);
        }
        if (editing != null) {
            picture.add("editing", corners(editing));
        }
        getElement().executeJs("window.lianqinGridEditor.render(this, JSON.parse($0))", picture.build().toString());
    }

    /** The corners of a polygon's outer ring, the closing repeat left off: what the editor moves (none when unreadable). */
    private static JsonArrayBuilder corners(String polygon) {
        JsonArrayBuilder corners = Json.createArrayBuilder();
        if (polygon.isBlank()) {
            return corners;
        }
        try {
            JsonArray ring = GridOutlines.geometry(polygon).getJsonArray("coordinates").getJsonArray(0);
            for (int i = 0; i < ring.size() - 1; i++) {
                corners.add(ring.getJsonArray(i));
            }
        } catch (RuntimeException unreadable) {
            // an outline the browser sent that is not one: the editor starts again from no corners
            return Json.createArrayBuilder();
        }
        return corners;
    }

    @ClientCallable
    private void gridChosen(long id) {
        chosen.accept(id);
    }

    @ClientCallable
    private void outlineChanged(String polygon) {
        outlined.accept(polygon == null ? "" : polygon);
    }
}
