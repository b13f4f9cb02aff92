package org.lianqin.portal.views;

import com.vaadin.flow.component.html.Span;

/** An entry of a map's or a calendar's legend: a small square in the colour of a class (or a colour) and its words. */
final class Legend {

    private Legend() {
    }

    /** A square styled by {@code className} (and filled with {@code colour}, when one is given), then the words. */
    static Span entry(String className, String colour, String words) {
        Span square = new Span();
        square.addClassNames("grid-swatch", className);
        if (colour != null) {
            square.getStyle().set("background", colour);
        }
        Span entry = new Span(square, new Span(words));
        entry.addClassName("grid-legend-entry");
        return entry;
    }
}
