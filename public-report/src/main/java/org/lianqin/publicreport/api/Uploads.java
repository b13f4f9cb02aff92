package org.lianqin.publicreport.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.lianqin.core.cases.Location;
import org.lianqin.core.cases.Photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multipart/form-data report as the site's form and integrators send it: its text fields (strict
 * UTF-8, each capped) and up to five photos (checked and cleaned by core's {@link Photo}). The servlet's
 * multipart-config caps each file and the whole request; over that is a 413 problem.
 */
public record Uploads(Map<String, String> fields, List<Photo> photos) {

    private static final int MAX_FIELD_BYTES = 8 * 1024;

    /** The whole request, as web.xml's multipart-config caps it too. */
    public static final long MAX_REQUEST_BYTES = 26L * 1024 * 1024;

    public static Uploads read(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IllegalStateException e) {
            throw tooLarge();
        } catch (IOException | ServletException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IllegalStateException) {
                    throw tooLarge();
                }
            }
            throw Problem.badRequest("malformed-multipart", "上传的表单不完整或格式有误");
        }
        Map<String, String> fields = new HashMap<>();
        List<Photo> photos = new ArrayList<>();
        for (Part part : parts) {
            if (part.getSubmittedFileName() != null) {
                if (part.getSize() == 0) {
                    continue;   // a file input left empty
                }
                if (!part.getName().equals("photo")) {
                    throw Problem.badRequest("unexpected-file", "只接受名为 photo 的照片文件");
                }
                if (photos.size() == Photo.MAX_COUNT) {
                    throw Problem.badRequest("photo-count", "每次最多上传 " + Photo.MAX_COUNT + " 张照片");
                }
                photos.add(new Photo(part.getSubmittedFileName(), bytes(part, Photo.MAX_BYTES + 1)));
            } else {
                if (part.getSize() > MAX_FIELD_BYTES) {
                    throw Problem.badRequest(part.getName() + "-too-long", "字段 " + part.getName() + " 过长");
                }
                fields.put(part.getName(), StrictJson.utf8(bytes(part, MAX_FIELD_BYTES)));
            }
        }
        return new Uploads(fields, photos);
    }

    /** A place from the request, or a 400 problem when the point is half given or off the globe. */
    public static Location place(String address, Double longitude, Double latitude) {
        if ((longitude == null) != (latitude == null)) {
            throw Problem.badRequest("point-incomplete", "位置须同时给出经度和纬度");
        }
        if (longitude != null && (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90)) {
            throw Problem.badRequest("point-invalid", "经纬度超出范围");
        }
        return new Location(address, longitude, latitude);
    }

    private static Problem.Raised tooLarge() {
        return new Problem.Raised(Problem.of(413, "too-large", "Payload too large / 上传过大",
                "每张照片不能超过 5 MB，整个请求不能超过 26 MB"));
    }

    /** The fields named {@code prefix + code + "]"} (e.g. {@code attribute[plate]}), by code. */
    public Map<String, String> prefixed(String prefix) {
        Map<String, String> found = new HashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith("]") && !v.isBlank()) {
                found.put(k.substring(prefix.length(), k.length() - 1), v);
            }
        });
        return found;
    }

    public String field(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** A number field, absent when empty; anything else that is not a number is a 400 problem. */
    public Double number(String name) {
        String v = field(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + "-invalid", "字段 " + name + " 须为数字");
        }
    }

    private static byte[] bytes(Part part, int max) {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new Problem.Raised(Problem.of(413, "too-large", "Payload too large / 上传过大", "文件过大"));
            }
            return b;
        } catch (IOException e) {
            throw Problem.badRequest("malformed-multipart", "上传的表单不完整或格式有误");
        }
    }
}
