package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.photos.PhotoContent;
import org.lianqin.core.tenancy.Tenant;
import org.lianqin.core.tenancy.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current street office's public record, as anyone may read it without an account: the public list
 * of problems and those near a place, one public case, its photos, the month's and year's figures, and
 * the lists Open311 integrators ask for. Nothing is shown before the command centre registered a case,
 * nor anything staff hid; never a contact or a staff name.
 */
@Stateless
@PermitAll
public class PublicRecord {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseFiles files;

    @Inject
    PublicViews views;

    @EJB
    ResidentAccess access;

    /** A case of the public list, as anyone may see it. */
    public Optional<PublicCase> publicCase(String number) {
        return files.byNumber(number).filter(Case::publiclyVisible).map(c -> views.view(c, false));
    }

    /** Whether the case has a public page: registered and not hidden. */
    public boolean isPublic(String number) {
        return files.byNumber(number).filter(Case::publiclyVisible).isPresent();
    }

    /** The id of a public case not yet closed, for those who ask to follow it by e-mail. */
    public Optional<Long> followable(String number) {
        return files.byNumber(number).filter(Case::publiclyVisible).filter(c -> CaseState.PUBLIC_OPEN.contains(c.state()))
                .map(Case::id);
    }

    /**
     * A case as Open311 shows it: the public view once registered. Before that it exists for nobody but
     * an integrator of this street office (who shows its api_key, {@code integrator}), who sees only its
     * number, category, state and time (nothing published unreviewed).
     */
    public Optional<PublicCase> request(String number, boolean integrator) {
        Optional<Case> c = files.byNumber(number);
        if (c.isPresent() && c.get().publiclyVisible()) {
            return Optional.of(views.view(c.get(), false));
        }
        return c.filter(x -> integrator && x.state() == CaseState.REPORTED && !x.publicHidden()).map(views::awaitingReview);
    }

    /** The number of the case a submission with this idempotency key made, if any (Open311 tokens). */
    public Optional<String> numberOfKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return files.byIdempotencyKey(key).filter(c -> c.state() != CaseState.REJECTED).map(Case::number);
    }

    /**
     * Public cases by the filters of an Open311 GET list: numbers (which override the rest), categories,
     * reported within [from, to), states; newest first, at most {@code max}.
     */
    public List<PublicCase> requests(Set<String> numbers, Set<String> categoryCodes, Instant from, Instant to,
                                     Set<CaseState> states, int max) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM CaseFile c WHERE c.publication.hidden = false AND c.state IN :states");
        if (!numbers.isEmpty()) {
            jpql.append(" AND c.number IN :numbers");
        } else {
            if (!categoryCodes.isEmpty()) {
                jpql.append(" AND c.category.code IN :categories");
            }
            jpql.append(" AND c.reportedAt >= :from AND c.reportedAt < :to");
        }
        jpql.append(" ORDER BY c.reportedAt DESC, c.id DESC");
        Set<CaseState> wanted = EnumSet.copyOf(CaseState.PUBLIC);
        wanted.retainAll(states);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(jpql.toString(), Case.class).setParameter("states", wanted).setMaxResults(max);
        if (!numbers.isEmpty()) {
            List<String> parsed = numbers.stream().map(CaseNumber::parse).flatMap(Optional::stream)
                    .map(CaseNumber::toString).toList();
            if (parsed.isEmpty()) {
                return List.of();
            }
            query.setParameter("numbers", parsed);
        } else {
            if (!categoryCodes.isEmpty()) {
                query.setParameter("categories", categoryCodes);
            }
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultStream().map(c -> views.view(c, false)).toList();
    }

    /** The public list, newest first: open problems only, or all registered ones. */
    public Slice<PublicSummary> list(boolean openOnly, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new WorkflowException(Refusal.PAGING);
        }
        List<Case> found = em.createNamedQuery("Case.publicList", Case.class)
                .setParameter("states", openOnly ? CaseState.PUBLIC_OPEN : CaseState.PUBLIC)
                .setFirstResult(page * size).setMaxResults(size + 1)
                .getResultList();
        List<PublicSummary> items = found.stream().limit(size).map(views::summary).toList();
        return new Slice<>(items, page, size, found.size() > size);
    }

    /** The street office's outlines and its open public problems with a point, for the residents' maps. */
    public PublicMap map() {
        String outline = em.createNamedQuery("Tenant.findByCode", Tenant.class).setParameter("code", TenantContext.require())
                .getResultStream().findFirst().map(Tenant::boundaryGeoJson).filter(b -> !b.isBlank()).orElse(null);
        List<PublicMap.Area> grids = em.createNamedQuery("Grid.findAll", Grid.class).getResultStream()
                .filter(g -> g.boundaryGeoJson() != null && !g.boundaryGeoJson().isBlank())
                .map(g -> new PublicMap.Area(g.code(), g.name(), g.boundaryGeoJson())).toList();
        List<PublicSummary> open = em.createNamedQuery("Case.publicList", Case.class)
                .setParameter("states", CaseState.PUBLIC_OPEN).setMaxResults(PublicMap.MAX_MARKERS).getResultStream()
                .map(views::summary).filter(c -> c.longitude() != null && c.latitude() != null).toList();
        return new PublicMap(outline, grids, open);
    }

    /** Open public cases of the category near the place: what a resident may support instead of reporting. */
    public List<PublicSummary> nearby(String categoryCode, Location place) {
        return files.openNear(categoryCode, place, CaseState.PUBLIC_OPEN, Case::publiclyVisible).stream()
                .map(views::summary).toList();
    }

    /** A photo a resident may see: of a public case and not hidden, or any of their own with the code. */
    public Optional<PhotoContent> photo(String number, String code, long attachmentId) {
        boolean own = code != null && !code.isBlank() && access.check(number, code);
        Optional<Case> c = files.byNumber(number).filter(x -> own || x.publiclyVisible());
        return c.flatMap(x -> files.attachments(x).stream().filter(a -> a.id() == attachmentId)
                        .filter(a -> own || !a.publicHidden()).findFirst())
                .map(Attachment::photo);
    }

    /**
     * Any photo of the reporter's own case, for a page that has just opened the case with its access code
     * and hands out short-lived signed links to its photos (the code stays out of URLs).
     */
    public Optional<PhotoContent> trackedPhoto(String number, long attachmentId) {
        return files.byNumber(number)
                .flatMap(c -> files.attachments(c).stream().filter(a -> a.id() == attachmentId).findFirst())
                .map(Attachment::photo);
    }

    /** The street office's public record this month and this year (Beijing time). */
    public PublicStatistics statistics() {
        ZonedDateTime now = clock.instant().atZone(WorkCalendar.CHINA);
        Instant yearStart = LocalDate.of(now.getYear(), 1, 1).atStartOfDay(WorkCalendar.CHINA).toInstant();
        Instant monthStart = LocalDate.of(now.getYear(), now.getMonth(), 1).atStartOfDay(WorkCalendar.CHINA).toInstant();
        long month = count(monthStart);
        long year = count(yearStart);
        List<Object[]> closed = em.createNamedQuery("Case.closedSince", Object[].class)
                .setParameter("since", yearStart).getResultList();
        double[] hours = closed.stream()
                .mapToDouble(r -> Duration.between((Instant) r[0], (Instant) r[1]).toMinutes() / 60.0)
                .sorted().toArray();
        Double median = hours.length == 0 ? null
                : hours.length % 2 == 1 ? hours[hours.length / 2] : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
        Object[] ratings = em.createNamedQuery("Case.satisfactionSince", Object[].class)
                .setParameter("since", yearStart).getSingleResult();
        long rated = ((Number) ratings[1]).longValue();
        return new PublicStatistics(month, year, hours.length, year == 0 ? null : (double) hours.length / year,
                median, rated == 0 ? null : ((Number) ratings[0]).doubleValue(), rated);
    }

    private long count(Instant since) {
        return em.createNamedQuery("Case.countPublicSince", Long.class)
                .setParameter("states", CaseState.PUBLIC).setParameter("since", since).getSingleResult();
    }
}
