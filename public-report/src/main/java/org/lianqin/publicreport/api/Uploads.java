package org.lianqin.publicreport.api;

import org.lianqin.rest.Problem;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.photos.Photo;

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
public record Uploads(Map<String, String> fields, List<Photo> photos, Problem.Raised photoRefusal) {

    private static final int MAX_FIELD_BYTES = 8 * 1024;

    /** The whole request, as web.xml's multipart-config caps it too. */
    public static final long MAX_REQUEST_BYTES = 26L * 1024 * 1024;

    public static Uploads read(HttpServletRequest request) {
        return read(request, false);
    }

    /**
     * A form's upload for a page that shows the form again: a refused photo (one too many, too large, not
     * an image at all) is noted ({@link #photoRefusal()}) rather than thrown, so that the fields typed are not lost.
     */
    public static Uploads readForm(HttpServletRequest request) {
        return read(request, true);
    }

    private static Uploads read(HttpServletRequest request, boolean keepFields) {
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
            throw Problem.badRequest(Refusal.MALFORMED_MULTIPART);
        }
        Map<String, String> fields = new HashMap<>();
        List<Photo> photos = new ArrayList<>();
        Problem.Raised photoRefusal = null;
        for (Part part : parts) {
            if (part.getSubmittedFileName() != null) {
                if (part.getSize() == 0 && part.getSubmittedFileName().isEmpty()) {
                    continue;   // a file input left empty (a named empty file is refused as one)
                }
                try {
                    if (!part.getName().equals("photo")) {
                        throw Problem.badRequest(Refusal.UNEXPECTED_FILE);
                    }
                    if (photos.size() == Photo.MAX_COUNT) {
                        throw Problem.badRequest(Refusal.PHOTO_COUNT, Photo.MAX_COUNT);
                    }
                    photos.add(new Photo(part.getSubmittedFileName(), bytes(part, Photo.MAX_BYTES + 1)));
                } catch (Problem.Raised | WorkflowException refused) {
                    if (!keepFields) {
                        throw refused;
                    }
                    if (photoRefusal == null) {   // the first photo refused, as a problem of the request either way
                        photoRefusal = refused instanceof WorkflowException w
                                ? Problem.badRequest(w.refusal(), w.params().toArray()) : (Problem.Raised) refused;
                    }
                }
            } else {
                if (part.getSize() > MAX_FIELD_BYTES) {
                    throw Problem.badRequest(Refusal.FIELD_TOO_LONG, part.getName());
                }
                fields.put(part.getName(), StrictJson.utf8(bytes(part, MAX_FIELD_BYTES)));
            }
        }
        return new Uploads(fields, photos, photoRefusal);
    }

    /** A place from the request, or a 400 problem when the point is half given or off the globe (or not a number at all). */
    public static Location place(String address, Double longitude, Double latitude) {
        if ((longitude == null) != (latitude == null)) {
            throw Problem.badRequest(Refusal.POINT_INCOMPLETE);
        }
        if (longitude != null && !Location.isPoint(longitude, latitude)) {
            throw Problem.badRequest(Refusal.POINT_INVALID);
        }
        return new Location(address, longitude, latitude);
    }

    private static Problem.Raised tooLarge() {
        return new Problem.Raised(413, "Payload too large / 上传过大", Refusal.TOO_LARGE);
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
            throw Problem.badRequest(Refusal.NOT_A_NUMBER, name);
        }
    }

    private static byte[] bytes(Part part, int max) {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw tooLarge();
            }
            return b;
        } catch (IOException e) {
            throw Problem.badRequest(Refusal.MALFORMED_MULTIPART);
        }
    }
}
