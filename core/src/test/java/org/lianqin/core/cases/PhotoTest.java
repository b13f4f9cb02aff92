package org.lianqin.core.cases;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhotoTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    @Test
    void theTypeComesFromTheContent() {
        assertEquals("image/jpeg", new Photo("a.png", JPEG).contentType());
        assertEquals("image/png", new Photo("b.jpg", PNG).contentType());
        assertEquals("image/webp", new Photo("c", WEBP).contentType());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> new Photo("evil.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("photo-type", e.code());
    }

    @Test
    void sizeAndCountAreCapped() {
        byte[] big = new byte[Photo.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        assertEquals("photo-size", assertThrows(WorkflowException.class, () -> new Photo("big.jpg", big)).code());
        assertEquals("photo-empty", assertThrows(WorkflowException.class, () -> new Photo("x.jpg", new byte[0])).code());
        assertEquals("photo-count", assertThrows(WorkflowException.class,
                () -> Photo.checkCount(Collections.nCopies(6, new Photo("p.jpg", JPEG)))).code());
    }
}
