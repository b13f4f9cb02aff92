package org.lianqin.publicreport.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a client is, for the rate limits: the address the request came from or, when that address is a
 * proxy named in {@code lianqin.trusted-proxies} (comma-separated), the last address the proxy put in
 * X-Forwarded-For. Nobody else's X-Forwarded-For is believed.
 */
@ApplicationScoped
public class Clients {

    @Inject
    @ConfigProperty(name = "lianqin.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted() {
        return trustedProxies.map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trusted().contains(remote)) {
            List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (!hops.isEmpty()) {
                String last = hops.get(hops.size() - 1);
                return last.length() > 64 ? last.substring(0, 64) : last;
            }
        }
        return remote;
    }
}
