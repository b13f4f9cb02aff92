package org.lianqin.vaadin;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

import java.util.function.BiConsumer;

/**
 * A chart drawn by Apache ECharts (served from the WAR's WebJar, no CDN) from an option object given as
 * JSON, as ECharts documents it. A map chart names a GeoJSON registered first ({@link #withMap}). A click on a
 * bar, a point or an area reports the series and the data item's name to the listener, which the
 * dashboards turn into the list of cases behind it.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final String DRAW = """
            const box = this, option = JSON.parse($0), mapName = $1, geo = $2;
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              if (mapName) { echarts.registerMap(mapName, JSON.parse(geo)); }
              if (!box.chart) {
                box.chart = echarts.init(box, null, {renderer: 'svg'});
                box.chart.on('click', p => box.$server.clicked(p.seriesIndex == null ? -1 : p.seriesIndex, p.name == null ? '' : String(p.name)));
                new ResizeObserver(() => box.chart.resize()).observe(box);
              }
              box.chart.setOption(option, true);
              box.setAttribute('data-drawn', String(Date.now()));
            };
            draw();""";

    private BiConsumer<Integer, String> onClick = (series, name) -> { };
    private String mapName = "";
    private String geoJson = "";

    public EChart(String id, String height) {
        setId(id);
        setHeight(height);
        setWidthFull();
        getElement().setAttribute("role", "img");
    }

    /** The GeoJSON FeatureCollection a map series of the option refers to by {@code name}. */
    public EChart withMap(String name, String featureCollection) {
        this.mapName = name;
        this.geoJson = featureCollection;
        return this;
    }

    /**
     * Draws the option (replacing what was drawn).
     *
     * @param description what the chart shows, in words, for screen readers
     */
    public void draw(String optionJson, String description) {
        getElement().setAttribute("aria-label", description);
        getElement().executeJs(DRAW, optionJson, mapName, geoJson);
    }

    /** Called with the series index and the item's name (a category, a month, a grid) when one is clicked. */
    public void onClick(BiConsumer<Integer, String> listener) {
        this.onClick = listener;
    }

    @ClientCallable
    private void clicked(int series, String name) {
        onClick.accept(series, name);
    }
}
