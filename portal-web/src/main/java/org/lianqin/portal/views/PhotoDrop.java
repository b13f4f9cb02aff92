package org.lianqin.portal.views;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.lianqin.core.photos.Photo;

import java.util.ArrayList;
import java.util.List;

/**
 * Photos taken on the spot, held in memory until the form is sent; on a phone the picker offers the
 * camera. The server keeps at most {@link Photo#MAX_COUNT} and reads at most one byte more than
 * {@link Photo#MAX_BYTES} of each, whatever the browser was told; what a photo really is (and whether it
 * is too big) is checked when the form is sent ({@link #photos}), where a refusal names the file.
 * Phones name every camera shot alike ({@code image.jpg}), so photos are kept in the order they came,
 * and removing one removes the last of that name.
 */
class PhotoDrop extends Composite<Upload> {

    private record Received(String name, byte[] content) {
    }

    private final List<Received> received = new ArrayList<>();

    PhotoDrop(String id) {
        Upload upload = getContent();
        upload.setId(id);
        upload.setUploadHandler((UploadHandler) event -> {
            byte[] bytes = event.getInputStream().readNBytes(Photo.MAX_BYTES + 1);
            synchronized (received) {
                if (received.size() < Photo.MAX_COUNT) {
                    received.add(new Received(event.getFileName(), bytes));
                }
            }
        });
        upload.setMaxFiles(Photo.MAX_COUNT);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.addFileRemovedListener(e -> {
            synchronized (received) {
                for (int i = received.size() - 1; i >= 0; i--) {
                    if (received.get(i).name().equals(e.getFileName())) {
                        received.remove(i);
                        break;
                    }
                }
            }
        });
        upload.getElement().setAttribute("capture", "environment");
    }

    /** The photos received so far, in order; a file that is not a photo, or too big, is refused with its name. */
    List<Photo> photos() {
        synchronized (received) {
            return received.stream().map(r -> new Photo(r.name(), r.content())).toList();
        }
    }
}
