package org.lianqin.core.photos;

import org.junit.jupiter.api.Test;
import org.lianqin.core.kernel.WorkflowException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoTest {

    static final byte[] JPEG = TestImages.jpeg();
    static final byte[] PNG = TestImages.png();
    static final byte[] WEBP = TestImages.webp();

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
        assertEquals("photo-pixels", assertThrows(WorkflowException.class,
                () -> new Photo("bomb.png", TestImages.hugePng())).code());
        assertEquals("photo-size", assertThrows(WorkflowException.class, () -> new Photo("big.jpg", big)).code());
        assertEquals("photo-empty", assertThrows(WorkflowException.class, () -> new Photo("x.jpg", new byte[0])).code());
        assertEquals("photo-count", assertThrows(WorkflowException.class,
                () -> Photo.checkCount(Collections.nCopies(6, new Photo("p.jpg", JPEG)))).code());
    }

    @Test
    void aPngWhoseChecksumDoesNotMatchIsRefused() {
        assertEquals("photo-broken", assertThrows(WorkflowException.class,
                () -> new Photo("bad.png", TestImages.corruptPng())).code());
    }

    @Test
    void theStoredNameIsNeverAPathOrAnotherType() {
        assertEquals("passwd.jpg", new Photo("../../etc/passwd.jpg", JPEG).fileName());
        assertEquals("a.jpg", new Photo("a.jpg\0.php", JPEG).fileName());
        assertEquals("shell.png", new Photo("C:\\temp\\shell.php", PNG).fileName());
        assertEquals("现场照片.webp", new Photo("现场照片.JPG", WEBP).fileName());
        assertEquals("script.jpg", new Photo("<script>.jpg", JPEG).fileName());
        assertEquals("photo.jpg", new Photo(null, JPEG).fileName());
        assertEquals(40 + ".jpg".length(), new Photo("长".repeat(200) + ".jpg", JPEG).fileName().length());
    }

    @Test
    void metadataIsStrippedAndTheImageKept() {
        for (byte[] original : new byte[][] {JPEG, PNG, WEBP}) {
            assertTrue(contains(original, TestImages.SECRET), "the fixture carries metadata");
            Photo photo = new Photo("p", original);
            assertFalse(contains(photo.content(), TestImages.SECRET), photo.contentType() + " still has its metadata");
            assertEquals(Photo.contentType(original), photo.contentType());
            assertTrue(original.length - photo.content().length >= TestImages.SECRET.length());
        }
    }

    @Test
    void cleanedPhotosStillDecode() throws Exception {
        for (byte[] original : new byte[][] {JPEG, PNG}) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(new Photo("p", original).content()));
            assertEquals(4, image.getWidth());
            assertEquals(3, image.getHeight());
            int rgb = image.getRGB(1, 1);
            assertEquals(0x66, rgb >> 8 & 0xFF, 24, "the pixel survived (JPEG is lossy: near enough)");
        }
        byte[] webp = new Photo("p", WEBP).content();
        assertEquals(webp.length - 8, (webp[4] & 0xFF) | (webp[5] & 0xFF) << 8, "RIFF size rewritten");
        assertEquals(0, webp[20] & 0x0C, "VP8X no longer announces EXIF or XMP");
    }

    @Test
    void aTruncatedImageIsRefused() {
        for (byte[] original : new byte[][] {JPEG, PNG, WEBP}) {
            byte[] cut = Arrays.copyOf(original, 24);
            assertEquals("photo-broken", assertThrows(WorkflowException.class, () -> new Photo("cut", cut)).code());
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
