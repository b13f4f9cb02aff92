package org.lianqin.portal.views;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.lianqin.core.photos.Photo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * Photos taken on the spot, held in memory until the form is sent (at most {@link Photo#MAX_COUNT}, each
 * at most {@link Photo#MAX_BYTES}); on a phone the picker offers the camera. What a photo really is, is
 * checked when the form is sent ({@link #photos}), where a refusal names the file.
 */
class PhotoDrop extends Composite<Upload> {

    private final Map<String, byte[]> received = Collections.synchronizedMap(new LinkedHashMap<>());

    PhotoDrop(String id) {
        Upload upload = getContent();
        upload.setId(id);
        upload.setUploadHandler(UploadHandler.inMemory((file, bytes) -> received.put(file.fileName(), bytes)));
        upload.setMaxFiles(Photo.MAX_COUNT);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.addFileRemovedListener(e -> received.remove(e.getFileName()));
        upload.getElement().setAttribute("capture", "environment");
    }

    /** The photos received so far; a file that is not a photo is refused with its name. */
    List<Photo> photos() {
        List<Photo> photos = new ArrayList<>();
        synchronized (received) {
            received.forEach((name, bytes) -> photos.add(new Photo(name, bytes)));
        }
        return photos;
    }

    void clear() {
        received.clear();
        getContent().clearFileList();
    }
}
