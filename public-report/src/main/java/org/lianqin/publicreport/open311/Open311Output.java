package org.lianqin.publicreport.open311;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * The one writer of Open311 answers: records of {@link Open311Assembler} written as the spec's XML (with
 * its declaration, as {@code text/xml; charset=utf-8}) or as JSON (a top-level array for lists). Each
 * component is an element or a member named by its {@link JsonbProperty}; a list component becomes a
 * wrapper holding one element per item, named by the wrapper without its plural "s" ({@code attributes}
 * → {@code attribute}). Nulls are JSON nulls and empty XML elements; identifiers stay strings.
 */
final class Open311Output {

    static final String XML_TYPE = "text/xml; charset=utf-8";
    static final String JSON_TYPE = "application/json; charset=utf-8";
    /** Made once: {@code JSON.createObjectBuilder()} looks the JSON provider up again on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private Open311Output() {
    }

    /** A list answer: {@code <root><element>…</element>…</root>} or a JSON array. */
    static Response list(String format, int status, String root, String element, List<? extends Record> items) {
        if ("json".equals(format)) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(i -> array.add(object(i)));
            return Response.status(status).type(JSON_TYPE).entity(array.build().toString()).build();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        items.forEach(i -> element(xml, element, i));
        xml.append("</").append(root).append(">\n");
        return Response.status(status).type(XML_TYPE).entity(xml.toString()).build();
    }

    /** A single-object answer (discovery, service definition): {@code <root>…</root>} or a JSON object. */
    static Response single(String format, String root, Record item) {
        if ("json".equals(format)) {
            return Response.ok(object(item).build().toString(), JSON_TYPE).build();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        element(xml, root, item);
        return Response.ok(xml.append('\n').toString(), XML_TYPE).build();
    }

    private static JsonObjectBuilder object(Record item) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        for (RecordComponent c : item.getClass().getRecordComponents()) {
            String k = name(c);
            Object v = value(c, item);
            if (v == null) {
                o.addNull(k);
            } else if (v instanceof String s) {
                o.add(k, s);
            } else if (v instanceof Boolean b) {
                o.add(k, b);
            } else if (v instanceof Integer n) {
                o.add(k, n);
            } else if (v instanceof Double d) {
                o.add(k, d);
            } else if (v instanceof Record r) {
                o.add(k, object(r));
            } else if (v instanceof List<?> list) {
                JsonArrayBuilder a = JSON.createArrayBuilder();
                list.forEach(x -> {
                    if (x instanceof Record r) {
                        a.add(object(r));
                    } else {
                        a.add(String.valueOf(x));
                    }
                });
                o.add(k, a);
            } else {
                o.add(k, String.valueOf(v));
            }
        }
        return o;
    }

    private static void element(StringBuilder xml, String name, Record item) {
        xml.append('<').append(name).append('>');
        for (RecordComponent c : item.getClass().getRecordComponents()) {
            String k = name(c);
            Object v = value(c, item);
            if (v == null) {
                xml.append('<').append(k).append("/>");
            } else if (v instanceof Record r) {
                element(xml, k, r);
            } else if (v instanceof List<?> list) {
                String each = k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
                xml.append('<').append(k).append('>');
                list.forEach(x -> {
                    if (x instanceof Record r) {
                        element(xml, each, r);
                    } else {
                        xml.append('<').append(each).append('>').append(escape(String.valueOf(x)))
                                .append("</").append(each).append('>');
                    }
                });
                xml.append("</").append(k).append('>');
            } else {
                xml.append('<').append(k).append('>').append(escape(String.valueOf(v))).append("</").append(k).append('>');
            }
        }
        xml.append("</").append(name).append('>');
    }

    private static String name(RecordComponent c) {
        JsonbProperty p = c.getAccessor().getAnnotation(JsonbProperty.class);
        return p == null ? c.getName() : p.value();
    }

    private static Object value(RecordComponent c, Record item) {
        try {
            return c.getAccessor().invoke(item);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + item.getClass().getSimpleName(), e);
        }
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
