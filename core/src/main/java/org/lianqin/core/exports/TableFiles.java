package org.lianqin.core.exports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@link Table} as CSV or as an Excel workbook. */
public final class TableFiles {

    /** Excel's limit of rows in a sheet, head included. */
    public static final int MAX_ROWS = 1_048_575;

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

    private TableFiles() {
    }

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark. A text cell that a spreadsheet would run as a formula
     * (starting with =, +, -, @, a tab or a return), unless it is a plain number such as "-3.1%", is
     * written with a leading apostrophe.
     */
    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.head().stream().map(h -> (Object) h).toList());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell instanceof String s ? defused(s) : cell.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** An .xlsx workbook of one sheet: the head in bold, frozen; numbers as numbers. */
    public static byte[] xlsx(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Lianqin", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
            for (int c = 0; c < table.head().size(); c++) {
                sheet.value(0, c, table.head().get(c));
                sheet.style(0, c).bold().fillColor("E3F2FD").set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : table.rows()) {
                if (r > MAX_ROWS) {
                    break;
                }
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (cell != null) {
                        sheet.value(r, c, cell.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Sheet1" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
