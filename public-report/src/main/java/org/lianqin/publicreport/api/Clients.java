package org.lianqin.publicreport.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a client is, for the rate limits: the address the request came from or, when that address is a
 * proxy named in {@code lianqin.trusted-proxies} (comma-separated), the last address the proxy put in
 * X-Forwarded-For (read across all of its header lines, so that a client's extra line cannot replace the
 * proxy's). Nobody else's X-Forwarded-For is believed.
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
        return network(address(request));
    }

    /**
     * An IPv6 address stands for its /64: one subscriber usually holds a whole /64, so counting each
     * address apart would give one person 2^64 "clients". IPv4 addresses count one by one.
     */
    static String network(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.indexOf(']')) : address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException | RuntimeException e) {
            return address;   // not an address after all (a proxy's odd entry): counted as written
        }
    }

    private String address(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (trusted().contains(remote) && request.getHeader("X-Forwarded-For") != null) {
            // every header line, in order: a proxy may append its own line after the client's ones
            List<String> hops = Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                    .flatMap(line -> Arrays.stream(line.split(","))).map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (!hops.isEmpty()) {
                String last = hops.get(hops.size() - 1);
                return last.length() > 64 ? last.substring(0, 64) : last;
            }
        }
        return remote;
    }
}
