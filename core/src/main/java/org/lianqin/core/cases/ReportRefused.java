package org.lianqin.core.cases;

import jakarta.ejb.ApplicationException;
import org.lianqin.core.kernel.WorkflowException;

import java.util.List;

/**
 * A report refused for what was typed, every field at once: each refusal with the field it belongs to
 * ({@code category}, {@code description}, {@code address} (the place: an address or a point),
 * {@code contact}, {@code media_url}, {@code idempotencyKey}, {@code answers} or {@code q.<question code>}),
 * in the order of the form. It reads as its first refusal wherever one refusal is enough.
 */
@ApplicationException(rollback = true)
public class ReportRefused extends WorkflowException {

    /** One field's refusal. */
    public record Field(String name, WorkflowException refusal) {
    }

    private final transient List<Field> fields;

    ReportRefused(List<Field> fields) {
        super(fields.get(0).refusal().refusal(), fields.get(0).refusal().params().toArray());
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }
}
