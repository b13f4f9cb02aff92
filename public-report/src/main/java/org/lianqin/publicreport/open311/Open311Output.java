package org.lianqin.publicreport.open311;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open311 answer: a list of items, each an ordered map whose values are strings, booleans, numbers,
 * nested items ({@code Map}) or lists of them. Written as the spec's XML (with its declaration, as
 * {@code text/xml; charset=utf-8}) or as JSON (a top-level array; identifiers stay strings because the
 * caller puts them in as strings). Nulls are left out of JSON and written as empty elements in XML.
 */
final class Open311Output {

    static final String XML_TYPE = "text/xml; charset=utf-8";
    static final String JSON_TYPE = "application/json; charset=utf-8";

    private Open311Output() {
    }

    static Map<String, Object> item(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A list answer: {@code <root><element>…</element>…</root>} or a JSON array. */
    static Response list(String format, int status, String root, String element, List<Map<String, Object>> items) {
        if ("json".equals(format)) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(i -> array.add(object(i)));
            return Response.status(status).type(JSON_TYPE).entity(array.build().toString()).build();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        items.forEach(i -> element(xml, element, i));
        xml.append("</").append(root).append(">\n");
        return Response.status(status).type(XML_TYPE).entity(xml.toString()).build();
    }

    /** A single-object answer (discovery, service definition): {@code <root>…</root>} or a JSON object. */
    static Response single(String format, String root, Map<String, Object> item) {
        if ("json".equals(format)) {
            return Response.ok(object(item).build().toString(), JSON_TYPE).build();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        element(xml, root, item);
        return Response.ok(xml.append('\n').toString(), XML_TYPE).build();
    }

    @SuppressWarnings("unchecked")
    private static JsonObjectBuilder object(Map<String, Object> item) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        item.forEach((k, v) -> {
            if (v instanceof String s) {
                o.add(k, s);
            } else if (v instanceof Boolean b) {
                o.add(k, b);
            } else if (v instanceof Integer n) {
                o.add(k, n);
            } else if (v instanceof Double d) {
                o.add(k, d);
            } else if (v instanceof Map<?, ?> m) {
                o.add(k, object((Map<String, Object>) m));
            } else if (v instanceof Plural p) {
                JsonArrayBuilder a = Json.createArrayBuilder();
                p.values().forEach(x -> {
                    if (x instanceof Map<?, ?> m) {
                        a.add(object((Map<String, Object>) m));
                    } else {
                        a.add(String.valueOf(x));
                    }
                });
                o.add(k, a);
            } else if (v == null) {
                o.addNull(k);
            }
        });
        return o;
    }

    @SuppressWarnings("unchecked")
    private static void element(StringBuilder xml, String name, Map<String, Object> item) {
        xml.append('<').append(name).append('>');
        item.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                element(xml, k, (Map<String, Object>) m);
            } else if (v instanceof Plural p) {
                xml.append('<').append(k).append('>');
                p.values().forEach(x -> {
                    if (x instanceof Map<?, ?> m) {
                        element(xml, p.element(), (Map<String, Object>) m);
                    } else {
                        xml.append('<').append(p.element()).append('>').append(escape(String.valueOf(x)))
                                .append("</").append(p.element()).append('>');
                    }
                });
                xml.append("</").append(k).append('>');
            } else if (v == null) {
                xml.append('<').append(k).append("/>");
            } else {
                xml.append('<').append(k).append('>').append(escape(String.valueOf(v))).append("</").append(k).append('>');
            }
        });
        xml.append("</").append(name).append('>');
    }

    /** A repeated value: a JSON array, or in XML a wrapper holding one {@code element} per value. */
    record Plural(String element, List<?> values) {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
