package org.lianqin.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where mail goes: {@code lianqin.mail.host} (no host: no mail at all), {@code .port} (25),
 * {@code .from}, {@code .username} and {@code .password} (both or neither), {@code .starttls}; and
 * {@code lianqin.site.url}, the residents' site as mail links to it. MicroProfile Config: system
 * properties, environment variables (LIANQIN_MAIL_HOST…) or microprofile-config.properties.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "lianqin.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lianqin.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "lianqin.mail.from", defaultValue = "noreply@lianqin.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "lianqin.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "lianqin.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lianqin.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "lianqin.site.url", defaultValue = "http://localhost:8080")
    String siteUrl;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    String host() {
        return host.orElseThrow();
    }

    int port() {
        return port;
    }

    String from() {
        return from;
    }

    Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    Optional<String> password() {
        return password;
    }

    boolean starttls() {
        return starttls;
    }

    /** The site's base URL without a trailing slash. */
    public String siteUrl() {
        return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
