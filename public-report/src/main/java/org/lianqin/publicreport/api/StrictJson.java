package org.lianqin.publicreport.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.lianqin.core.kernel.Refusal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON request body the strict way: within a size limit, valid UTF-8 (not silently repaired),
 * one JSON object of the expected shape. Each failure is a problem with its own code.
 */
public final class StrictJson {

    /** No JSON request of this API needs more; photos travel as multipart. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    private StrictJson() {
    }

    public static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw Problem.badRequest(Refusal.BODY_REQUIRED);
        }
        if (body.length > MAX_BYTES) {
            throw new Problem.Raised(413, "Payload too large / 请求过大", Refusal.JSON_TOO_LARGE);
        }
        String text = utf8(body);
        if (!text.stripLeading().startsWith("{")) {
            throw Problem.badRequest(Refusal.MALFORMED_JSON);
        }
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
