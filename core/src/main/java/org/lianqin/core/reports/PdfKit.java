package org.lianqin.core.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * An A4 report being written: the house style (title, headings, body, tables with a shaded head, charts
 * as vector graphics, page numbers in the footer) over OpenPDF, in the embedded Chinese font.
 */
final class PdfKit implements AutoCloseable {

    static final Color INK = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x61, 0x61, 0x61);
    static final Color ACCENT = new Color(0x0d, 0x47, 0xa1);
    static final Color HEAD = new Color(0xe3, 0xf2, 0xfd);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 64, 64, 64, 64);
    private final PdfWriter writer;
    private final BaseFont base = ReportFont.base();
    final Font title = new Font(base, 26, Font.NORMAL, ACCENT);
    final Font subtitle = new Font(base, 15, Font.NORMAL, INK);
    final Font heading = new Font(base, 15, Font.NORMAL, ACCENT);
    final Font body = new Font(base, 11, Font.NORMAL, INK);
    final Font small = new Font(base, 9, Font.NORMAL, MUTED);
    final Font cell = new Font(base, 9.5f, Font.NORMAL, INK);

    PdfKit(String documentTitle, String author, boolean english) {
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setPageEvent(new Footer(english));
        document.addTitle(documentTitle);
        document.addAuthor(author);
        document.addCreator("Lianqin 联勤");
        document.open();
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(english ? "en" : "zh-CN"));
    }

    /** The page numbers ("第 3 页" / "Page 3"), from the second page on. */
    private final class Footer extends PdfPageEventHelper {
        private final boolean english;

        Footer(boolean english) {
            this.english = english;
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            if (w.getPageNumber() > 1) {
                String text = english ? "Page " + w.getPageNumber() : "第 " + w.getPageNumber() + " 页";
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, new Phrase(text, small),
                        (d.left() + d.right()) / 2, d.bottom() - 28, 0);
            }
        }
    }

    /** A bold face drawn by stroking the regular one: the report carries one font. */
    Chunk strong(String text, Font font) {
        Chunk c = new Chunk(text, font);
        c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, 0.35f, font.getColor());
        return c;
    }

    void add(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    void newPage() {
        document.newPage();
    }

    void heading(String text) {
        if (writer.getVerticalPosition(true) - document.bottom() < 120) {   // a heading never ends a page
            document.newPage();
        }
        Paragraph p = new Paragraph("", heading);
        p.add(strong(text, heading));
        p.setSpacingBefore(14);
        p.setSpacingAfter(8);
        p.setKeepTogether(true);
        add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setLeading(0, 1.6f);
        p.setFirstLineIndent(22);
        p.setSpacingAfter(6);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        add(p);
    }

    void note(String text) {
        Paragraph p = new Paragraph(text, small);
        p.setSpacingAfter(6);
        add(p);
    }

    /** A table: the first column left, the others (figures) right; the head shaded and repeated on a new page. */
    void table(List<String> head, List<List<String>> rows, float[] widths) {
        table(head, rows, widths, 1);
    }

    /** A table whose first {@code textColumns} columns are text (left), the rest figures (right). */
    void table(List<String> head, List<List<String>> rows, float[] widths, int textColumns) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        for (int i = 0; i < head.size(); i++) {
            PdfPCell c = new PdfPCell(new Phrase(head.get(i), cell));
            c.setBackgroundColor(HEAD);
            c.setHorizontalAlignment(i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            c.setPadding(4);
            c.setBorderColor(new Color(0xbb, 0xde, 0xfb));
            t.addCell(c);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(row.get(i), cell));
                c.setHorizontalAlignment(i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                c.setPadding(4);
                c.setBorderColor(new Color(0xe0, 0xe0, 0xe0));
                t.addCell(c);
            }
        }
        add(t);
    }

    /** The chart as vector graphics, its text in the embedded font, across the text width. */
    void chart(JFreeChart chart, float height) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, ReportFont.mapper(base));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        try {
            Image image = Image.getInstance(template);
            image.setSpacingAfter(8);
            add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An image (a case's photo), fitted into the text width and a height. */
    void image(byte[] bytes, float maxHeight) {
        try {
            Image image = Image.getInstance(bytes);
            image.scaleToFit(document.right() - document.left(), maxHeight);
            image.setSpacingAfter(6);
            add(image);
        } catch (DocumentException | java.io.IOException e) {
            note("（照片无法读取 / photo unreadable）");
        }
    }

    int pages() {
        return writer.getPageNumber();
    }

    /** Closes the document: its bytes. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }
}
