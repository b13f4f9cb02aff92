package org.lianqin.core.organisation;

import jakarta.ejb.ApplicationException;
import org.lianqin.core.geo.GridFile;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.util.List;
import java.util.Locale;

/**
 * A grid file or a drawn outline refused, with every flaw found, each naming the feature (its place in
 * the file and its code) it came from. Nothing was imported.
 */
@ApplicationException(rollback = true)
public class GridFileRefused extends WorkflowException {

    private final transient List<GridFile.Problem> problems;

    public GridFileRefused(List<GridFile.Problem> problems) {
        super(Refusal.GRID_FILE, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<GridFile.Problem> problems() {
        return problems;
    }

    /** Each flaw in words, in the reader's language: "第 4 个要素（HJ-13）：边界自相交，约在 121.45, 31.13". */
    public List<String> details(Locale locale) {
        return problems.stream().map(p -> describe(p, locale)).toList();
    }

    public static String describe(GridFile.Problem p, Locale locale) {
        Refusal flaw = Refusal.valueOf("GRID_" + p.flaw().name());
        String text = flaw.text(locale, p.detail(), p.share());
        if (p.feature() == 0) {
            return text;
        }
        return Refusal.GRID_FEATURE.text(locale, p.feature(), p.code().isEmpty() ? "—" : p.code(), text);
    }
}
