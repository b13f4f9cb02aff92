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
            throw new WorkflowException(Refusal.PHOTO_EMPTY, String.valueOf(fileName));
        }
        if (content.length > MAX_BYTES) {
            throw new WorkflowException(Refusal.PHOTO_SIZE, String.valueOf(fileName));
        }
        String type = contentType(content);
        if (type == null) {
            throw new WorkflowException(Refusal.PHOTO_TYPE, String.valueOf(fileName));
        }
        content = PhotoCleaner.clean(content, type).content();
        fileName = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        if (fileName.length() > 100) {
            fileName = fileName.substring(fileName.length() - 100);
        }
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
