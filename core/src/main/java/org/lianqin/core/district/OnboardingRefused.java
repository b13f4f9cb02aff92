package org.lianqin.core.district;

import jakarta.ejb.ApplicationException;
import org.lianqin.core.geo.GridFile;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.GridFileRefused;

import java.util.List;
import java.util.Locale;

/** An onboarding refused with every problem found, each naming its field. Nothing was created. */
@ApplicationException(rollback = true)
public class OnboardingRefused extends WorkflowException {

    /** One field's problem: the refusal in words and, for a grid file or boundary, each flaw found. */
    public record FieldProblem(String field, Refusal refusal, List<Object> params, List<GridFile.Problem> flaws) {

        public FieldProblem(String field, WorkflowException e) {
            this(field, e.refusal(), e.params(), e instanceof GridFileRefused g ? g.problems() : List.of());
        }

        public String text(Locale locale) {
            return refusal.text(locale, params.toArray());
        }

        public List<String> details(Locale locale) {
            return flaws.stream().map(p -> GridFileRefused.describe(p, locale)).toList();
        }
    }

    private final transient List<FieldProblem> problems;

    public OnboardingRefused(List<FieldProblem> problems) {
        super(Refusal.ONBOARDING, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Whether the only problem is a code already taken (the API answers 409 then). */
    public boolean codeTaken() {
        return problems.stream().allMatch(p -> p.refusal() == Refusal.OFFICE_CODE_TAKEN);
    }
}
