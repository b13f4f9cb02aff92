package org.lianqin.core.exports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFilesTest {

    private final Table table = new Table("案件 [2026]", List.of("编号", "地址", "件数"), List.of(
            List.of("FENGLIN-2026-000001", "枫林路 1 号, 东侧", 3),
            Arrays.asList("=HYPERLINK(\"x\")", "说\"明\"", null),
            List.of("-3.1%", "-", 12.5),
            List.of("-1+1+cmd|' /C calc'!A0", "+86 21 1234", 0)));

    @Test
    void csvIsQuotedMarkedAndDefused() {
        String csv = new String(TableFiles.csv(table), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF编号,地址,件数\r\n"), csv);
        assertTrue(csv.contains("FENGLIN-2026-000001,\"枫林路 1 号, 东侧\",3\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",\"说\"\"明\"\"\",\r\n"), csv);
        assertTrue(csv.contains("-3.1%,'-,12.5\r\n"), "a number stays, a lone dash is defused: " + csv);
        assertTrue(csv.contains("'-1+1+cmd|' /C calc'!A0,'+86 21 1234,0\r\n"), "a formula after a sign is defused: " + csv);
    }

    @Test
    void xlsxIsAWorkbookWithTheRows() throws Exception {
        byte[] xlsx = TableFiles.xlsx(table);
        StringBuilder sheet = new StringBuilder();
        StringBuilder strings = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("table", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.append(text);
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings.append(text);
                } else if (e.getName().equals("xl/workbook.xml")) {
                    assertTrue(text.contains("name=\"&#x6848;&#x4ef6;  2026\""), "the sheet named without [ ] (escaped): " + text);
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertEquals(5, sheet.toString().split("<row ", -1).length - 1, "a head and four rows");
        assertTrue(strings.toString().contains("&#x67ab;&#x6797;&#x8def; 1 &#x53f7;, &#x4e1c;&#x4fa7;"), "枫林路 1 号, 东侧 as text: " + strings);
        assertTrue(sheet.toString().contains("<v>12.5</v>"), "numbers stay numbers: " + sheet);
    }
}
