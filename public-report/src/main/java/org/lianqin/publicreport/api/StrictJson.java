package org.lianqin.publicreport.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

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
            throw Problem.badRequest("body-required", "请求体不能为空");
        }
        if (body.length > MAX_BYTES) {
            throw new Problem.Raised(Problem.of(413, "too-large", "Payload too large / 请求过大",
                    "JSON 请求体不能超过 64 KB"));
        }
        String text = utf8(body);
        if (!text.stripLeading().startsWith("{")) {
            throw Problem.badRequest("malformed", "请求体须为一个 JSON 对象");
        }
        try {
            T value = JSONB.fromJson(text, type);
            if (value == null) {
                throw Problem.badRequest("malformed", "请求体须为一个 JSON 对象");
            }
            return value;
        } catch (JsonbException e) {
            throw Problem.badRequest("malformed", "请求内容不是所需格式的 JSON：字段类型或取值有误");
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
            throw Problem.badRequest("invalid-utf8", "请求内容不是有效的 UTF-8 文本");
        }
    }
}
