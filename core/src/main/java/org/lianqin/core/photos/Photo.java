package org.lianqin.core.photos;

import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Arrays;
import java.util.List;

/**
 * A photo attached to a report or to a step of the timeline. Checked by its content, not its name:
 * JPEG, PNG or WebP, whole, at most {@link #MAX_BYTES} and {@link PhotoCleaner#MAX_PIXELS} pixels each and
 * {@link #MAX_COUNT} at a time; kept without its metadata (EXIF and its GPS position, XMP, comments).
 */
public record Photo(String fileName, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_COUNT = 5;

    public Photo {
        if (content == null || content.length == 0) {
            throw new WorkflowException(Refusal.PHOTO_EMPTY, shown(fileName));
        }
        if (content.length > MAX_BYTES) {
            throw new WorkflowException(Refusal.PHOTO_SIZE, shown(fileName));
        }
        String type = contentType(content);
        if (type == null) {
            throw new WorkflowException(Refusal.PHOTO_TYPE, shown(fileName));
        }
        content = PhotoCleaner.clean(content, type).content();
        fileName = storedName(fileName, type);
    }

    /** The sent name as a refusal may quote it: its last part, without control characters, at most 60 characters. */
    private static String shown(String sent) {
        String name = sent == null ? "" : sent.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }

    /**
     * The name a photo is kept under: the last part of what was sent, cut at any control character,
     * letters, digits, CJK and {@code -_ } only, at most 40 of them, and the extension of what the
     * content really is — never a path, never {@code .php}.
     */
    static String storedName(String sent, String type) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                name = name.substring(0, i);
                break;
            }
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).replaceAll("[^\\p{L}\\p{Nd}_ -]", "").strip();
        if (base.codePointCount(0, base.length()) > 40) {
            base = base.substring(0, base.offsetByCodePoints(0, 40));
        }
        return (base.isEmpty() ? "photo" : base) + "." + type.substring("image/".length()).replace("jpeg", "jpg");
    }

    /** The media type the content really is, or null when it is none of the accepted ones. */
    public static String contentType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    public String contentType() {
        return contentType(content);
    }

    public static void checkCount(List<Photo> photos) {
        if (photos != null && photos.size() > MAX_COUNT) {
            throw new WorkflowException(Refusal.PHOTO_COUNT, MAX_COUNT);
        }
    }
}
