package org.lianqin.core.reports;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC Regular, which the build puts into the jar ({@code fonts/}): for OpenPDF embedded as a
 * subset (only the characters a report uses), for JFreeChart as an AWT font, and a {@link FontMapper} so
 * the charts' text lands in the PDF in the same embedded font rather than as boxes.
 */
final class ReportFont {

    private static final String RESOURCE = "fonts/NotoSansSC_400Regular.ttf";
    private static final byte[] BYTES = load();
    private static final BaseFont BASE = createBase();
    private static final java.awt.Font AWT = awt();

    private ReportFont() {
    }

    private static byte[] load() {
        try (InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build fetches it (core/pom.xml, report-font)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont createBase() {
        try {
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awt() {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(BYTES));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("The report font cannot be read", e);
        }
    }

    /** The PDF font: each document that uses it embeds the subset of the characters it used (OpenPDF keeps them per writer). */
    static BaseFont base() {
        return BASE;
    }

    static java.awt.Font awt(float size) {
        return AWT.deriveFont(size);
    }

    /** Every AWT font a chart asks for becomes the document's embedded font. */
    static FontMapper mapper(BaseFont base) {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return base;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return AWT.deriveFont((float) size);
            }
        };
    }
}
