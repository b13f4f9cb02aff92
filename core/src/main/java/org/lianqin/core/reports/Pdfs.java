package org.lianqin.core.reports;

import com.lowagie.text.pdf.PdfReader;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What the kept reports note of a finished PDF. */
final class Pdfs {

    private Pdfs() {
    }

    static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
