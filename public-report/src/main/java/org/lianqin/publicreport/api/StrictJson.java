package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import org.lianqin.core.kernel.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a JSON request body the strict way: within a size limit, valid UTF-8 (not silently repaired),
 * exactly one JSON object (nothing after it, not nested deeper than needed) of the expected shape: only
 * its members, each of its JSON type. Each failure is a problem with its own code.
 */
public final class StrictJson {

    /** No JSON request of this API needs more; photos travel as multipart. */
    public static final int MAX_BYTES = 64 * 1024;

    /** No request of this API nests deeper than an object of answers. */
    static final int MAX_DEPTH = 8;

    private static final Jsonb JSONB = JsonbBuilder.create();
    /** Made once: each {@code Json.createParser} would look the provider up again (a sixth of a submission's time). */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private StrictJson() {
    }

    /** Reads at most {@link #MAX_BYTES} (and one more, to know it was too many) of the body, never the whole of a huge one. */
    public static <T> T read(InputStream in, Class<T> type) {
        byte[] body;
        try {
            body = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw Problem.badRequest(Refusal.BODY_REQUIRED);   // the client stopped sending
        }
        if (body.length == 0) {
            throw Problem.badRequest(Refusal.BODY_REQUIRED);
        }
        if (body.length > MAX_BYTES) {
            throw new Problem.Raised(413, "Payload too large / 请求过大", Refusal.JSON_TOO_LARGE);
        }
        String text = utf8(body);
        if (!text.stripLeading().startsWith("{")) {
            throw Problem.badRequest(Refusal.MALFORMED_JSON);
        }
        wellFormed(text);
        shaped(text, type);
        try {
            T value = JSONB.fromJson(text, type);
            if (value == null) {
                throw Problem.badRequest(Refusal.MALFORMED_JSON);
            }
            return value;
        } catch (JsonbException e) {
            throw Problem.badRequest(Refusal.WRONG_JSON);
        }
    }

    /**
     * One JSON value and nothing after it (JSON-B would read the first object of {@code {}{}} or of
     * {@code {} garbage} and ignore the rest), nested at most {@link #MAX_DEPTH} deep.
     */
    private static void wellFormed(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            int depth = 0;
            do {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw Problem.badRequest(Refusal.MALFORMED_JSON);
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            } while (depth > 0);
            if (parser.hasNext()) {
                throw Problem.badRequest(Refusal.MALFORMED_JSON);
            }
        } catch (JsonException | NoSuchElementException e) {
            throw Problem.badRequest(Refusal.MALFORMED_JSON);
        }
    }

    /**
     * Every member is one the request type has, of its JSON type: JSON-B would quietly drop a misspelt
     * member, and turn {@code "contact": 13900001111} into a string or {@code "longitude": "121.4"} into a
     * number — a client that sends such things has a bug it should hear about.
     */
    private static void shaped(String text, Class<?> type) {
        if (!type.isRecord()) {
            return;
        }
        Map<String, Class<?>> members = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            members.put(c.getName(), c.getType());
        }
        JsonObject object;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            object = reader.readObject();
        } catch (JsonException e) {
            throw Problem.badRequest(Refusal.MALFORMED_JSON);
        }
        object.forEach((name, value) -> {
            Class<?> expected = members.get(name);
            if (expected == null || !fits(value.getValueType(), expected)) {
                throw Problem.badRequest(Refusal.WRONG_JSON);
            }
        });
    }

    private static boolean fits(JsonValue.ValueType given, Class<?> expected) {
        if (given == JsonValue.ValueType.NULL) {
            return !expected.isPrimitive();
        }
        if (expected == String.class) {
            return given == JsonValue.ValueType.STRING;
        }
        if (Number.class.isAssignableFrom(expected) || expected == double.class || expected == int.class || expected == long.class) {
            return given == JsonValue.ValueType.NUMBER;
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return given == JsonValue.ValueType.TRUE || given == JsonValue.ValueType.FALSE;
        }
        if (Map.class.isAssignableFrom(expected)) {
            return given == JsonValue.ValueType.OBJECT;
        }
        return true;
    }

    /** The bytes as UTF-8, refusing anything that is not. */
    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest(Refusal.INVALID_UTF8);
        }
    }
}
