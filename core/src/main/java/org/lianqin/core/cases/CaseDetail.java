package org.lianqin.core.cases;

import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;

import java.time.Instant;
import java.util.List;

/** A case as staff see it, with its timeline and the version a change must quote. */
public record CaseDetail(CaseSummary summary, long version, String description, Location place,
                         String reporterContact, int reworkCount, Integer satisfaction, boolean deferred,
                         Integer pendingExtensionHours, boolean pendingDeferral, Instant closedAt,
                         Boolean closedOnTime, String duplicateOf, List<TimelineEntry> timeline,
                         List<PhotoInfo> photos, String answers) {

    /** A photo of the case and the step of the timeline it came with. */
    public record PhotoInfo(long id, String fileName, String contentType, int size, CaseAction step) {
    }

    /** One step of the timeline. */
    public record TimelineEntry(CaseAction action, CaseState from, CaseState to, Actor.Kind actorKind,
                                String actorName, Instant at, String note) {
    }

    public String number() {
        return summary.number();
    }

    public CaseState state() {
        return summary.state();
    }

    static CaseDetail of(Case c, List<Attachment> attachments) {
        return new CaseDetail(CaseSummary.of(c), c.version(), c.description(), c.place(), c.reporter().contact(),
                c.reworkCount(), c.satisfaction(), c.deferred(), c.pendingExtensionHours(), c.pendingDeferral(),
                c.closedAt(), c.closedOnTime(), c.duplicateOf() == null ? null : c.duplicateOf().number(),
                c.events().stream().map(e -> new TimelineEntry(e.action(), e.fromState(), e.toState(),
                        e.actorKind(), e.actorName(), e.at(), e.note())).toList(),
                attachments.stream().map(a -> new PhotoInfo(a.id(), a.fileName(), a.contentType(), a.size(),
                        a.event() == null ? null : a.event().action())).toList(), c.reporter().answers());
    }
}
