package org.lianqin.core.photos;

/** A stored photo, to be sent to whoever may see it. */
public record PhotoContent(String fileName, String contentType, byte[] content) {
}
