package org.lianqin.core.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Real little photos for the tests, each carrying the metadata a phone would leave in it (an EXIF block
 * with a GPS marker, a text chunk), which {@link PhotoCleaner} must take out.
 */
public final class TestImages {

    /** What every test image hides in its metadata. */
    public static final String SECRET = "GPS 31.1900N 121.4500E";

    private TestImages() {
    }

    /** A 4 × 3 JPEG from ImageIO with an EXIF segment (APP1) after its JFIF header. */
    public static byte[] jpeg() {
        byte[] plain = encode("jpg");
        byte[] exif = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A 4 × 3 PNG from ImageIO with a tEXt chunk after IHDR. */
    public static byte[] png() {
        byte[] plain = encode("png");
        byte[] text = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterIhdr = 8 + 12 + 13;
        out.write(plain, 0, afterIhdr);
        writePngChunk(out, "tEXt", text);
        out.write(plain, afterIhdr, plain.length - afterIhdr);
        return out.toByteArray();
    }

    /** A 1 × 1 lossless WebP in the extended format, with an EXIF chunk its VP8X header announces. */
    public static byte[] webp() {
        byte[] vp8l = {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07};
        byte[] vp8x = {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] exif = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        writeRiffChunk(body, "VP8X", vp8x);
        writeRiffChunk(body, "VP8L", vp8l);
        writeRiffChunk(body, "EXIF", exif);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        writeLe32(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** A PNG claiming 100 000 × 100 000 pixels, its checksum right: a decompression bomb's header. */
    public static byte[] hugePng() {
        byte[] png = png();
        byte[] huge = png.clone();
        for (int at : new int[] {16, 20}) {
            huge[at] = 0;
            huge[at + 1] = 0x01;
            huge[at + 2] = (byte) 0x86;
            huge[at + 3] = (byte) 0xA0;
        }
        CRC32 crc = new CRC32();
        crc.update(huge, 12, 4 + 13);   // IHDR's type and data
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        writeBe32(value, (int) crc.getValue());
        System.arraycopy(value.toByteArray(), 0, huge, 8 + 8 + 13, 4);
        return huge;
    }

    /** The PNG with one byte of its image data changed and the checksum left as it was. */
    public static byte[] corruptPng() {
        byte[] png = png();
        byte[] bad = png.clone();
        bad[bad.length - 12 - 5] ^= 0x01;   // inside the last IDAT, before its CRC and the IEND chunk
        return bad;
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 3; y++) {
                image.setRGB(x, y, 0x3366CC);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writePngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        writeBe32(out, data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeBe32(out, (int) crc.getValue());
    }

    private static void writeRiffChunk(ByteArrayOutputStream out, String fourCc, byte[] data) {
        out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
        writeLe32(out, data.length);
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static void writeBe32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeLe32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
