package org.lianqin.core.photos;

import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Walks the container of a JPEG, PNG or WebP photo, checks it is whole, reads its size in pixels and
 * writes it back without the metadata a phone leaves in it — EXIF (with the GPS position, the camera and
 * the time), XMP, IPTC, comments and text chunks — leaving the image data untouched (no re-encoding, no
 * loss). Anything it cannot walk is refused: a file that only starts like an image is not one.
 *
 * <p>Hand-written on purpose: the Java libraries that rewrite metadata (Commons Imaging 1.0 alphas)
 * cover JPEG only; ImageIO reads no WebP and would re-encode.
 */
final class PhotoCleaner {

    /** Larger than any phone camera; stops decompression bombs (a tiny PNG of 100 000 × 100 000). */
    static final long MAX_PIXELS = 50_000_000L;

    /** A cleaned photo and its size in pixels. */
    record Cleaned(byte[] content, int width, int height) {
    }

    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private PhotoCleaner() {
    }

    static Cleaned clean(byte[] b, String type) {
        Cleaned cleaned = switch (type) {
            case "image/jpeg" -> jpeg(b);
            case "image/png" -> png(b);
            case "image/webp" -> webp(b);
            default -> throw broken();
        };
        if (cleaned.width() <= 0 || cleaned.height() <= 0) {
            throw broken();
        }
        if ((long) cleaned.width() * cleaned.height() > MAX_PIXELS) {
            throw new WorkflowException(Refusal.PHOTO_PIXELS);
        }
        return cleaned;
    }

    private static WorkflowException broken() {
        return new WorkflowException(Refusal.PHOTO_BROKEN);
    }

    // JPEG: SOI, then marker segments up to the start of scan, after which the entropy-coded data runs to EOI.
    private static Cleaned jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int width = -1;
        int height = -1;
        int i = 2;
        while (true) {
            if (i + 4 > b.length || (b[i] & 0xFF) != 0xFF) {
                throw broken();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {          // fill byte
                i++;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > b.length) {
                throw broken();
            }
            if (marker == 0xDA) {          // start of scan: the rest is image data
                if (width < 0) {
                    throw broken();
                }
                out.write(b, i, b.length - i);
                return new Cleaned(out.toByteArray(), width, height);
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                if (length < 7) {
                    throw broken();
                }
                height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
            }
            if (keepJpegSegment(marker, b, i + 4, length - 2)) {
                out.write(b, i, 2 + length);
            }
            i += 2 + length;
        }
    }

    /** APP0 (JFIF), an ICC profile and Adobe's colour segment stay; other APPn and comments go. */
    private static boolean keepJpegSegment(int marker, byte[] b, int payload, int size) {
        if (marker == 0xFE) {
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true;
        }
        return marker == 0xE0 || marker == 0xEE
                || marker == 0xE2 && startsWith(b, payload, size, "ICC_PROFILE");
    }

    private static boolean startsWith(byte[] b, int at, int size, String ascii) {
        byte[] want = ascii.getBytes(StandardCharsets.US_ASCII);
        return size >= want.length && Arrays.equals(b, at, at + want.length, want, 0, want.length);
    }

    // PNG: signature, then chunks (length, type, data, CRC over type and data) from IHDR to IEND.
    private static Cleaned png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int i = 8;
        int width = -1;
        int height = -1;
        while (true) {
            if (i + 12 > b.length) {
                throw broken();
            }
            long length = int32(b, i) & 0xFFFFFFFFL;
            if (length > b.length - i - 12L) {
                throw broken();
            }
            String type = new String(b, i + 4, 4, StandardCharsets.US_ASCII);
            if (i == 8) {
                if (!type.equals("IHDR") || length < 8) {
                    throw broken();
                }
                width = int32(b, i + 8);
                height = int32(b, i + 12);
            }
            int whole = 12 + (int) length;
            CRC32 crc = new CRC32();
            crc.update(b, i + 4, 4 + (int) length);
            if ((int) crc.getValue() != int32(b, i + 8 + (int) length)) {
                throw broken();   // a chunk whose checksum does not match: damaged, or made by hand
            }
            if (!PNG_DROPPED.contains(type)) {
                out.write(b, i, whole);
            }
            i += whole;
            if (type.equals("IEND")) {
                return new Cleaned(out.toByteArray(), width, height);
            }
        }
    }

    private static int int32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
    }

    private static int le24(byte[] b, int i) {
        return le16(b, i) | ((b[i + 2] & 0xFF) << 16);
    }

    private static long le32(byte[] b, int i) {
        return (le24(b, i) | ((long) (b[i + 3] & 0xFF) << 24)) & 0xFFFFFFFFL;
    }

    // WebP: a RIFF file of chunks (FourCC, little-endian size, payload padded to even length).
    private static Cleaned webp(byte[] b) {
        if (b.length < 20 || le32(b, 4) + 8 > b.length) {
            throw broken();
        }
        int end = (int) (le32(b, 4) + 8);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(b.length);
        int width = -1;
        int height = -1;
        int i = 12;
        while (i < end) {
            if (i + 8 > end) {
                throw broken();
            }
            String fourCc = new String(b, i, 4, StandardCharsets.US_ASCII);
            long size = le32(b, i + 4);
            if (size > end - i - 8L) {
                throw broken();
            }
            int whole = 8 + (int) size + (int) (size & 1);
            if (i + whole > end) {
                whole = 8 + (int) size;     // an odd last chunk without its pad byte
            }
            int p = i + 8;
            switch (fourCc) {
                case "VP8X" -> {
                    if (size < 10) {
                        throw broken();
                    }
                    width = le24(b, p + 4) + 1;
                    height = le24(b, p + 7) + 1;
                }
                case "VP8L" -> {
                    if (width < 0) {
                        if (size < 5 || (b[p] & 0xFF) != 0x2F) {
                            throw broken();
                        }
                        long bits = le32(b, p + 1);
                        width = (int) (bits & 0x3FFF) + 1;
                        height = (int) ((bits >> 14) & 0x3FFF) + 1;
                    }
                }
                case "VP8 " -> {
                    if (width < 0) {
                        if (size < 10 || (b[p + 3] & 0xFF) != 0x9D || (b[p + 4] & 0xFF) != 0x01
                                || (b[p + 5] & 0xFF) != 0x2A) {
                            throw broken();
                        }
                        width = le16(b, p + 6) & 0x3FFF;
                        height = le16(b, p + 8) & 0x3FFF;
                    }
                }
                default -> {
                    // other chunks (ICCP, ANIM, ANMF, ALPH) are kept as they are
                }
            }
            if (!fourCc.equals("EXIF") && !fourCc.equals("XMP ")) {
                int start = chunks.size();
                chunks.write(b, i, whole);
                if (fourCc.equals("VP8X")) {
                    byte[] sofar = chunks.toByteArray();
                    sofar[start + 8] &= (byte) ~0x0C;   // no EXIF (0x08), no XMP (0x04) any more
                    chunks.reset();
                    chunks.write(sofar, 0, sofar.length);
                }
            }
            i += whole;
        }
        byte[] body = chunks.toByteArray();
        byte[] out = new byte[12 + body.length];
        System.arraycopy(b, 0, out, 0, 12);
        int riffSize = 4 + body.length;
        out[4] = (byte) riffSize;
        out[5] = (byte) (riffSize >> 8);
        out[6] = (byte) (riffSize >> 16);
        out[7] = (byte) (riffSize >> 24);
        System.arraycopy(body, 0, out, 12, body.length);
        return new Cleaned(out, width, height);
    }
}
