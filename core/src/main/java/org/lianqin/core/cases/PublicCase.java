package org.lianqin.core.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as residents see it: what happened and when, the unit's public result and photos, the
 * deadline. Never a staff name, an internal note or anyone's contact. The reporter's own tracking page
 * ({@code own = true}) also shows their own text and photos when staff hid them from everyone else.
 * {@code mediaUrl} is the photo address an Open311 integrator sent with the request, if any.
 */
public record PublicCase(String number, CaseState state, boolean closed, String categoryCode, String categoryName,
                         String categoryNameEn,
                         String address, Double longitude, Double latitude, String description, String unitName,
                         Instant reportedAt, Instant deadline, Instant closedAt, Integer satisfaction,
                         int supporters, boolean canRate, boolean canReopen, String duplicateOf,
                         List<Step> timeline, List<PhotoRef> photos, String mediaUrl) {

    /** A public step: what happened (the web tier words it), when, and the public text it carries, if any. */
    public record Step(CaseAction action, CaseState to, Instant at, String text) {
    }

    /** A photo residents may see, and the step it came with (REPORT or HANDLE). */
    public record PhotoRef(long id, String contentType, CaseAction step) {
    }
}
