package org.lianqin.core.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The current street office's standard replies (规范用语): offered to staff for the note of a step, the
 * most specific category first; kept by the street office's admin.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class StandardReplies {

    public static final int MAX_LENGTH = 2000;
    private static final Pattern CATEGORY_CODE = Pattern.compile("\\d{2,8}");

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A standard reply as the screens show it. */
    public record Reply(long id, CaseStep step, String categoryCode, String text) {
        static Reply of(StandardReply r) {
            return new Reply(r.id(), r.step(), r.categoryCode(), r.text());
        }
    }

    /** The replies for the step that suit a case of the category, those written for it (or nearest above it) first. */
    public List<Reply> forStep(CaseStep step, String caseCategory) {
        return em.createNamedQuery("StandardReply.ofStep", StandardReply.class).setParameter("step", step)
                .getResultStream().filter(r -> r.suits(caseCategory))
                .sorted(Comparator.comparingInt((StandardReply r) -> r.categoryCode() == null ? 0 : r.categoryCode().length()).reversed())
                .map(Reply::of).toList();
    }

    /** Every reply of the street office, by step and category. */
    public List<Reply> all() {
        return em.createNamedQuery("StandardReply.all", StandardReply.class).getResultStream().map(Reply::of).toList();
    }

    /** A new reply (id null) or a changed one; applies to the next note written. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public Reply save(Long id, CaseStep step, String categoryCode, String text, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_CATALOGUE);
        if (step == null || step.note() == CaseStep.Note.NONE) {
            throw new WorkflowException(Refusal.REPLY_STEP);
        }
        String code = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
        if (code != null && !CATEGORY_CODE.matcher(code).matches()) {
            throw new WorkflowException(Refusal.REPLY_CATEGORY, code);
        }
        String words = CaseGuards.written(text, Refusal.REPLY_TEXT);
        if (words.length() > MAX_LENGTH) {
            throw new WorkflowException(Refusal.REPLY_TEXT);
        }
        StandardReply reply;
        String before = null;
        if (id == null) {
            reply = new StandardReply(step, code, words);
            em.persist(reply);
        } else {
            reply = found(id);
            before = describe(reply);
            reply.change(step, code, words);
        }
        em.flush();
        audit.record(by, AuditEntry.Subject.REPLY, String.valueOf(reply.id()), id == null ? "create" : "change", before, describe(reply));
        return Reply.of(reply);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public void delete(long id, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_CATALOGUE);
        StandardReply reply = found(id);
        audit.record(by, AuditEntry.Subject.REPLY, String.valueOf(id), "delete", describe(reply), null);
        em.remove(reply);
    }

    private static String describe(StandardReply r) {
        return r.step() + "；" + (r.categoryCode() == null ? "所有类别" : r.categoryCode()) + "；" + r.text();
    }

    private StandardReply found(long id) {
        StandardReply reply = em.find(StandardReply.class, id);
        if (reply == null) {
            throw new WorkflowException(Refusal.REPLY_UNKNOWN);
        }
        return reply;
    }

}
