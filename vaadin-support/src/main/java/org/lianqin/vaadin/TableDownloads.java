package org.lianqin.vaadin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.lianqin.core.exports.Table;
import org.lianqin.core.exports.TableFiles;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Two links that take a table away, as CSV and as Excel, made when clicked (the filters as they are then). */
public final class TableDownloads {

    private TableDownloads() {
    }

    /**
     * @param id    the links' ids are {@code id-csv} and {@code id-xlsx}
     * @param file  the file's name without extension
     * @param table the table, read when a link is followed
     */
    public static HorizontalLayout of(String id, String file, Supplier<Table> table, boolean english) {
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = TableFiles.csv(table.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), file + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }), english ? "Export CSV" : "导出 CSV");
        csv.setId(id + "-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = TableFiles.xlsx(table.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), file + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), english ? "Export Excel" : "导出 Excel");
        xlsx.setId(id + "-xlsx");
        xlsx.getElement().setAttribute("download", true);
        HorizontalLayout links = new HorizontalLayout(csv, xlsx);
        links.addClassName("table-downloads");
        return links;
    }
}
