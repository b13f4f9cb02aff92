package org.lianqin.publicreport.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.kernel.RandomTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a client is, for the rate limits: the address the request came from or, when that address is a
 * proxy named in {@code lianqin.trusted-proxies} (comma-separated), the last address the proxy put in
 * X-Forwarded-For (read across all of its header lines, so that a client's extra line cannot replace the
 * proxy's). Nobody else's X-Forwarded-For is believed.
 */
@ApplicationScoped
public class Clients {

    /** The cookie naming a browser for "me too": a random value, nothing else. */
    public static final String BROWSER_COOKIE = "lqb";
    private static final Pattern BROWSER = Pattern.compile("[A-Za-z0-9_-]{24}");

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
     * Who says "me too": a browser by the site's {@link #BROWSER_COOKIE} as it came with the request (a phone
     * moving from Wi-Fi to mobile data stays one person), a client without it (a script) by its network;
     * and the network either way, which counts at most a few people per case (neighbours behind one
     * router count, a script minting cookies does not).
     */
    public ResidentCases.Supporter supporter(HttpServletRequest request) {
        String network = of(request);
        return new ResidentCases.Supporter(browser(request).map(b -> "browser:" + b).orElse("network:" + network), network);
    }

    /** The site's name for this browser as the request brought it, if it brought one of the right shape. */
    public static Optional<String> browser(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> BROWSER_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> v != null && BROWSER.matcher(v).matches()).findFirst();
    }

    /**
     * Gives the browser a name of its own (a random cookie, nothing else in it) unless it has one, and
     * answers its name either way. Pages where a resident may say "me too" or send a report name the
     * browser before that, so that the first support already comes with it.
     */
    public static String nameBrowser(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> known = browser(request);
        if (known.isPresent()) {
            return known.get();
        }
        String name = RandomTokens.urlSafe(18);
        Cookie cookie = new Cookie(BROWSER_COOKIE, name);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(2 * 365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return name;
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
