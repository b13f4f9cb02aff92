package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** One entry of a case's timeline: who did what, when, from which state to which. Never changed. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16, updatable = false)
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16, updatable = false)
    private CaseState toState;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 8, updatable = false)
    private Actor.Kind actorKind;

    @Column(name = "actor_login", nullable = false, length = 64, updatable = false)
    private String actorLogin;

    @Column(name = "actor_name", nullable = false, length = 64, updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(length = 2000, updatable = false)
    private String note;

    protected CaseEvent() {
    }

    CaseEvent(Case caseFile, CaseAction action, CaseState from, CaseState to, Actor by, Instant at, String note) {
        this.caseFile = caseFile;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actorKind = by.kind();
        this.actorLogin = by.login();
        this.actorName = by.name();
        this.at = at;
        this.note = note;
    }

    public CaseAction action() {
        return action;
    }

    public CaseState fromState() {
        return fromState;
    }

    public CaseState toState() {
        return toState;
    }

    public Actor.Kind actorKind() {
        return actorKind;
    }

    public String actorLogin() {
        return actorLogin;
    }

    public String actorName() {
        return actorName;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
