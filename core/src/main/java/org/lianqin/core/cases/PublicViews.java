package org.lianqin.core.cases;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What residents may see of a case, in one place: the public timeline (public steps, with a note only
 * where it was written for them), the photos staff did not hide, the number of supporters. The reporter
 * ({@code own}) also sees their own text and photos when staff hid them from everyone else.
 */
@Dependent
class PublicViews {

    /** About 10 ms per "me too"; 2^32 addresses then cost years per case to turn back. */
    private static final int PSEUDONYM_ITERATIONS = 10_000;

    /** How many supporters one network (an IPv4 address, an IPv6 /64) brings to a case at most. */
    static final int PER_NETWORK = 3;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseFiles files;

    /** What residents may read of a step: the merged-into number, the rating, or a note written for them. */
    static String publicNote(Case c, CaseEvent e) {
        if (!e.action().isPublic()) {
            return null;
        }
        if (e.action() == CaseAction.MERGE) {
            return c.duplicateOf() == null ? null : c.duplicateOf().number();
        }
        if (e.action() == CaseAction.RATE) {
            return c.satisfaction() == null ? null : String.valueOf(c.satisfaction());
        }
        return e.action().hasPublicNote() ? e.note() : null;
    }

    PublicCase view(Case c, boolean own) {
        Instant now = clock.instant();
        List<PublicCase.Step> steps = c.events().stream()
                .filter(e -> e.action().isPublic())
                .map(e -> new PublicCase.Step(e.action(), e.toState(), e.at(), publicNote(c, e)))
                .toList();
        List<PublicCase.PhotoRef> photos = files.attachments(c).stream()
                .filter(a -> a.event() != null && (a.event().action() == CaseAction.REPORT || a.event().action() == CaseAction.HANDLE))
                .filter(a -> own || !a.publicHidden())
                .map(a -> new PublicCase.PhotoRef(a.id(), a.contentType(), a.event().action()))
                .toList();
        boolean closed = c.state() == CaseState.CLOSED;
        return new PublicCase(c.number(), c.state(), closed, c.category().code(), c.category().nameZh(), c.category().nameEn(),
                c.place().address(), c.place().longitude(), c.place().latitude(),
                own ? c.description() : c.publicDescription(), c.unit() == null ? null : c.unit().name(),
                c.reportedAt(), c.handleDeadline(), c.closedAt(), c.satisfaction(), supporters(c),
                own && closed && c.satisfaction() == null,
                own && closed && c.closedAt() != null && now.isBefore(c.closedAt().plus(ResidentCases.REOPEN_WITHIN)),
                c.duplicateOf() == null ? null : c.duplicateOf().number(), steps, photos, c.reporter().mediaUrl());
    }

    /** An integrator's own request while it waits for the command centre: number, category, state and time only. */
    PublicCase awaitingReview(Case c) {
        return new PublicCase(c.number(), c.state(), false, c.category().code(), c.category().nameZh(), c.category().nameEn(),
                null, null, null, null, null, c.reportedAt(), null, null, null, 0, false, false, null,
                List.of(), List.of(), c.reporter().mediaUrl());
    }

    PublicSummary summary(Case c) {
        return new PublicSummary(c.number(), c.state(), c.state() == CaseState.CLOSED, c.category().nameZh(), c.category().nameEn(),
                c.place().address(), c.place().longitude(), c.place().latitude(), c.publicDescription(),
                c.reportedAt(), supporters(c));
    }

    /** The public counters of a case just filed. */
    void startCounters(Case c) {
        em.persist(new CasePublic(c));
    }

    /**
     * Counts a resident's support once on the case: they count when their identity (a browser, or a
     * network when there is no browser) has not supported it before and their network has brought fewer
     * than {@link #PER_NETWORK} supporters to it — neighbours behind one router count, a script that
     * makes up a browser for every request does not. Identities and networks are kept only as slow hashes
     * salted with the case (the stored values match nothing across cases and are costly to turn back
     * into addresses). Supports of one case take turns on the case's row (a lock that changes nothing
     * staff see), and read the counters and supporters with locking reads, which see what the one before
     * committed: a double click counts once and never trips a unique key. True when this support counted.
     */
    boolean support(Case c, String identity, String network) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        CasePublic counters = em.createNamedQuery("CasePublic.ofCase", CasePublic.class).setParameter("case", c)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseGet(() -> {
                    CasePublic created = new CasePublic(c);
                    em.persist(created);
                    return created;
                });
        if (supported(c, identity)) {
            return false;
        }
        note(c, identity);
        for (int place = 1; place <= PER_NETWORK; place++) {
            String seat = "seat " + place + " of " + network;
            if (!supported(c, seat)) {
                note(c, seat);
                counters.support();
                return true;
            }
        }
        return false;
    }

    private boolean supported(Case c, String name) {
        return !em.createNamedQuery("CaseSupporter.of", CaseSupporter.class).setParameter("case", c)
                .setParameter("supporter", pseudonym(name, c.number())).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().isEmpty();
    }

    private void note(Case c, String name) {
        em.persist(new CaseSupporter(c, pseudonym(name, c.number()), clock.instant()));
    }

    static String pseudonym(String supporter, String salt) {
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                    new PBEKeySpec(String.valueOf(supporter).toCharArray(), salt.getBytes(StandardCharsets.UTF_8),
                            PSEUDONYM_ITERATIONS, 256)).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private int supporters(Case c) {
        return existingCounters(c).map(CasePublic::supporters).orElse(0);
    }

    private Optional<CasePublic> existingCounters(Case c) {
        return em.createNamedQuery("CasePublic.ofCase", CasePublic.class).setParameter("case", c)
                .getResultStream().findFirst();
    }
}
