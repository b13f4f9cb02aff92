package org.lianqin.portal.views;

import com.vaadin.flow.component.Component;
import org.lianqin.core.geo.Location;

import java.util.Optional;
import java.util.function.Consumer;

/** Where the browser is, when the person lets it say (the phone of an inspector on patrol). */
final class Geolocation {

    private static final String ASK = "return new Promise(done => navigator.geolocation"
            + " ? navigator.geolocation.getCurrentPosition(p => done(p.coords.longitude + ',' + p.coords.latitude),"
            + " () => done(''), {timeout: 10000, enableHighAccuracy: true}) : done(''))";

    private Geolocation() {
    }

    /** Asks the browser; the answer is the point, or empty when it would not or could not say. */
    static void ask(Component from, Consumer<Optional<Location>> then) {
        from.getElement().executeJs(ASK).then(String.class, answer -> then.accept(parse(answer)));
    }

    /** What the browser sent, read with suspicion: two finite numbers that make a point on the earth. */
    static Optional<Location> parse(String answer) {
        String[] parts = answer == null ? new String[0] : answer.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            double longitude = Double.parseDouble(parts[0]);
            double latitude = Double.parseDouble(parts[1]);
            return Location.isPoint(longitude, latitude) ? Optional.of(new Location(null, longitude, latitude)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
