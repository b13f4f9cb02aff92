package org.lianqin.core.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The maps of the residents' report form and of the portal's case: {@code lianqin.map.tiles}, a tile URL
 * template ({@code {z}/{x}/{y}}, {@code {s}} for subdomains) of the tile service the district licenses,
 * and {@code lianqin.map.attribution}.
 * Without tiles the maps draw the street office's own outlines only.
 */
@ApplicationScoped
public class MapSettings {

    @Inject
    @ConfigProperty(name = "lianqin.map.tiles")
    Optional<String> tiles;

    @Inject
    @ConfigProperty(name = "lianqin.map.attribution")
    Optional<String> attribution;   // an empty default would count as no value at all

    public Optional<String> tiles() {
        return tiles.filter(t -> !t.isBlank());
    }

    public String attribution() {
        return attribution.orElse("");
    }

    /** Where the tiles come from, for the page's Content-Security-Policy ({s} subdomains as a wildcard). */
    public Optional<String> origin() {
        return tiles().map(t -> {
            URI uri = URI.create(t.replace("{s}", "s").replaceAll("\\{[a-z]+}", "0"));
            String host = t.contains("{s}") ? uri.getHost().replaceFirst("^s", "*") : uri.getHost();
            return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        });
    }
}
