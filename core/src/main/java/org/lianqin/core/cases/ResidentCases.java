package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.catalogue.Questions;
import org.lianqin.core.mail.Notifications;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What residents do, anonymously, in the current street office: report a problem and get its number
 * and access code, track it with the code, rate or reopen it once closed, say "me too" on a public
 * case, and read the public list and record. What a resident may see of a case is {@link PublicCase}.
 * The public site and the APIs (JSON, Open311) all come through here.
 */
@Stateless
@PermitAll
public class ResidentCases {

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_CONTACT = 100;
    public static final int MAX_COMMENT = 500;
    public static final int MAX_KEY = 64;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,190}\\.[A-Za-z]{2,24}");
    /** The start of an HTML tag, comment or declaration: residents write plain text. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z/!?]");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8," + MAX_KEY + "}");

    /** The states a case is publicly listed in (when not hidden). */
    static final Set<CaseState> PUBLIC_STATES = EnumSet.of(CaseState.REGISTERED, CaseState.DISPATCHED,
            CaseState.IN_PROGRESS, CaseState.HANDLED, CaseState.CLOSED);

    private static final Set<CaseState> OPEN_STATES = EnumSet.of(CaseState.REGISTERED, CaseState.DISPATCHED,
            CaseState.IN_PROGRESS, CaseState.HANDLED);

    /** The steps of the timeline residents see; the others (comments, returns, requests) are internal. */
    static final Set<CaseAction> PUBLIC_STEPS = EnumSet.of(CaseAction.REPORT, CaseAction.REGISTER,
            CaseAction.REJECT, CaseAction.DISPATCH, CaseAction.ACCEPT, CaseAction.HANDLE, CaseAction.VERIFY_PASS,
            CaseAction.VERIFY_FAIL, CaseAction.CLOSE, CaseAction.REOPEN, CaseAction.MERGE,
            CaseAction.APPROVE_EXTENSION, CaseAction.APPROVE_DEFERRAL, CaseAction.ESCALATE, CaseAction.RATE);

    /** Steps whose note is written for the resident: the unit's result and the reason for a rejection. */
    private static final Set<CaseAction> PUBLIC_TEXT = EnumSet.of(CaseAction.HANDLE, CaseAction.REJECT);

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    CaseService cases;

    @EJB
    Catalogue catalogue;

    @EJB
    TenantDirectory tenants;

    @EJB
    ResidentAccess access;

    @EJB
    Notifications notifications;

    /**
     * Files a report in the current street office and returns its number and a fresh access code. With
     * an idempotency key already used in this office, files nothing and answers for the case the key
     * made, with a new code (the first answer never arrived, or the resident would not retry).
     */
    public Receipt submit(ResidentReport report, List<Photo> photos) {
        StreetOffice office = requireOpenOffice();
        Location place = report.place() == null ? new Location(null, null, null) : report.place();
        String description = check(report.description(), MAX_DESCRIPTION, "description");
        if (description == null) {
            throw new WorkflowException("description-required", "请描述问题");
        }
        if (place.address() != null && place.address().length() > MAX_ADDRESS) {
            throw new WorkflowException("address-too-long", "地址不能超过 " + MAX_ADDRESS + " 个字");
        }
        if (place.address() != null && MARKUP.matcher(place.address()).find()) {
            throw markup();
        }
        if (place.address() == null && !place.hasPoint()) {
            throw new WorkflowException("place-required", "请填写地址或在地图上选择位置");
        }
        String contact = contact(report.contact());
        String key = report.idempotencyKey() == null || report.idempotencyKey().isBlank() ? null : report.idempotencyKey();
        if (key != null && !KEY.matcher(key).matches()) {
            throw new WorkflowException("idempotency-key", "幂等键须为 8 到 64 个字母、数字或 . _ : -");
        }
        Category category = catalogue.subCategory(report.categoryCode());
        if (!category.publicVisible()) {
            throw new WorkflowException("category-unknown", "没有这个问题类别：" + report.categoryCode());
        }
        String answers = Questions.check(category.code(), report.answers());
        String code = AccessCodes.generate();
        if (key != null) {
            Optional<Case> earlier = em.createNamedQuery("Case.findByIdempotencyKey", Case.class)
                    .setParameter("key", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                earlier.get().replaceAccessCode(AccessCodes.hash(code));
                return new Receipt(earlier.get().number(), code, true);
            }
        }
        SourceChannel channel = report.channel() == null ? SourceChannel.PUBLIC_WEB : report.channel();
        CaseDetail created = cases.report(new ReportCase(channel, category.code(), place, description, contact, null,
                AccessCodes.hash(code)), photos == null ? List.of() : photos, Actor.resident());
        Case c = load(created.number());
        c.submittedWith(key);
        c.answered(answers);
        em.persist(new CasePublic(c));
        em.flush();
        notifications.submitted(c.id(), c.number(), office.name(), contact, code, report.follow());
        return new Receipt(c.number(), code, false);
    }

    /** The reporter's view of their case, if the number and code match; otherwise nothing, whatever the reason. */
    public Optional<PublicCase> track(String number, String code) {
        if (!access.check(number, code)) {
            return Optional.empty();
        }
        return Optional.of(view(load(normaliseNumber(number)), true));
    }

    /** Rates a closed case once (1–5 and a comment); a wrong code answers as an unknown number. */
    public PublicCase rate(String number, String code, int score, String comment) {
        String n = requireAccess(number, code);
        cases.rate(n, score, Actor.resident(), check(comment, MAX_COMMENT, "comment"));
        return view(load(n), true);
    }

    /** Asks for a closed case to be handled again, within {@link CaseService#REOPEN_WITHIN} of its closure. */
    public PublicCase reopen(String number, String code, String reason) {
        String n = requireAccess(number, code);
        String why = check(reason, MAX_COMMENT, "reason");
        if (why == null) {
            throw new WorkflowException("reason-required", "请说明问题为什么没有解决");
        }
        cases.reopen(n, Actor.resident(), why);
        return view(load(n), true);
    }

    /** A case of the public list, as anyone may see it. */
    public Optional<PublicCase> publicCase(String number) {
        return byNumber(normaliseNumber(number)).filter(Case::publiclyVisible).map(c -> view(c, false));
    }

    /**
     * A case as an integrator following its own request sees it: the public view once registered; while
     * it waits for the command centre, only its number, category, state and time (nothing published unreviewed).
     */
    public Optional<PublicCase> request(String number) {
        Optional<Case> c = byNumber(normaliseNumber(number));
        if (c.isPresent() && c.get().publiclyVisible()) {
            return Optional.of(view(c.get(), false));
        }
        return c.filter(x -> x.state() == CaseState.REPORTED && !x.publicHidden())
                .map(x -> new PublicCase(x.number(), x.state(), false, x.category().code(), x.category().nameZh(), x.category().nameEn(),
                        null, null, null, null, null, x.reportedAt(), null, null, null, 0, false, false, null,
                        List.of(), List.of()));
    }

    /** The number of the case a submission with this idempotency key made, if any (Open311 tokens). */
    public Optional<String> numberOfKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Case.findByIdempotencyKey", Case.class).setParameter("key", key)
                .getResultStream().findFirst().filter(c -> c.state() != CaseState.REJECTED).map(Case::number);
    }

    /**
     * Public cases by the filters of an Open311 GET list: numbers (which override the rest), categories,
     * reported within [from, to), states; newest first, at most {@code max}.
     */
    public List<PublicCase> requests(Set<String> numbers, Set<String> categoryCodes, Instant from, Instant to,
                                     Set<CaseState> states, int max) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM CaseFile c WHERE c.publicHidden = false AND c.state IN :states");
        if (!numbers.isEmpty()) {
            jpql.append(" AND c.number IN :numbers");
        } else {
            if (!categoryCodes.isEmpty()) {
                jpql.append(" AND c.category.code IN :categories");
            }
            jpql.append(" AND c.reportedAt >= :from AND c.reportedAt < :to");
        }
        jpql.append(" ORDER BY c.reportedAt DESC, c.id DESC");
        Set<CaseState> wanted = EnumSet.copyOf(PUBLIC_STATES);
        wanted.retainAll(states);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(jpql.toString(), Case.class).setParameter("states", wanted).setMaxResults(max);
        if (!numbers.isEmpty()) {
            query.setParameter("numbers", numbers.stream().map(ResidentCases::normaliseNumber).toList());
        } else {
            if (!categoryCodes.isEmpty()) {
                query.setParameter("categories", categoryCodes);
            }
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultStream().map(c -> view(c, false)).toList();
    }

    /** "Me too": a resident supports an open public case instead of reporting it again. */
    public PublicCase support(String number) {
        Case c = byNumber(normaliseNumber(number)).filter(Case::publiclyVisible)
                .filter(x -> OPEN_STATES.contains(x.state()))
                .orElseThrow(() -> new CaseNotFoundException(number));
        counters(c).support();
        return view(c, false);
    }

    /** The public list, newest first: open problems only, or all registered ones. */
    public Slice<PublicSummary> list(boolean openOnly, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new WorkflowException("paging", "页码须从 0 开始，每页 1 到 100 条");
        }
        List<Case> found = em.createNamedQuery("Case.publicList", Case.class)
                .setParameter("states", openOnly ? OPEN_STATES : PUBLIC_STATES)
                .setFirstResult(page * size).setMaxResults(size + 1)
                .getResultList();
        List<PublicSummary> items = found.stream().limit(size).map(this::summary).toList();
        return new Slice<>(items, page, size, found.size() > size);
    }

    /** Open public cases of the category near the place: what a resident may support instead of reporting. */
    public List<PublicSummary> nearby(String categoryCode, Location place) {
        if (place == null || !place.hasPoint()) {
            return List.of();
        }
        return CaseService.openNear(em, catalogue.subCategory(categoryCode), clock.instant(), place, OPEN_STATES,
                Case::publiclyVisible).stream().map(this::summary).toList();
    }

    /** A photo a resident may see: of a public case and not hidden, or any of their own with the code. */
    public Optional<PhotoContent> photo(String number, String code, long attachmentId) {
        String n = normaliseNumber(number);
        boolean own = code != null && !code.isBlank() && access.check(n, code);
        Optional<Case> c = byNumber(n).filter(x -> own || x.publiclyVisible());
        return c.flatMap(x -> attachments(x).stream().filter(a -> a.id() == attachmentId)
                        .filter(a -> own || !a.publicHidden()).findFirst())
                .map(a -> new PhotoContent(a.fileName(), a.contentType(), a.content()));
    }

    /**
     * Any photo of the reporter's own case, for a page that has just opened the case with its access code
     * and hands out short-lived signed links to its photos (the code stays out of URLs).
     */
    public Optional<PhotoContent> trackedPhoto(String number, long attachmentId) {
        return byNumber(normaliseNumber(number))
                .flatMap(c -> attachments(c).stream().filter(a -> a.id() == attachmentId).findFirst())
                .map(a -> new PhotoContent(a.fileName(), a.contentType(), a.content()));
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
                .setParameter("states", PUBLIC_STATES).setParameter("since", since).getSingleResult();
    }

    private StreetOffice requireOpenOffice() {
        StreetOffice office = tenants.find(TenantContext.require())
                .orElseThrow(() -> new WorkflowException("office-unknown", "没有这个街镇"));
        if (office.status() != TenantStatus.ACTIVE) {
            throw new WorkflowException("office-suspended", office.name() + "暂停受理网上反映");
        }
        return office;
    }

    private String requireAccess(String number, String code) {
        if (!access.check(number, code)) {
            throw new CaseNotFoundException(number);
        }
        return normaliseNumber(number);
    }

    private static String normaliseNumber(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    /** Trimmed text within its limit, or null when blank; over the limit is refused, not cut. */
    private static String check(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new WorkflowException(field + "-too-long", "内容不能超过 " + max + " 个字");
        }
        if (MARKUP.matcher(t).find()) {
            throw markup();
        }
        return t;
    }

    private static WorkflowException markup() {
        return new WorkflowException("markup", "请用文字描述，不要输入 HTML 标记（如 <script>）");
    }

    private static String contact(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String c = contact.strip();
        if (c.length() > MAX_CONTACT || !(PHONE.matcher(c).matches() || EMAIL.matcher(c).matches())) {
            throw new WorkflowException("contact-invalid", "联系方式须为手机号码或电子邮箱");
        }
        return c;
    }

    private Case load(String number) {
        return byNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }

    private Optional<Case> byNumber(String number) {
        return em.createNamedQuery("Case.findByNumber", Case.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    private CasePublic counters(Case c) {
        return em.createNamedQuery("CasePublic.ofCase", CasePublic.class).setParameter("case", c)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    CasePublic created = new CasePublic(c);
                    em.persist(created);
                    return created;
                });
    }

    private List<Attachment> attachments(Case c) {
        return em.createNamedQuery("Attachment.ofCase", Attachment.class).setParameter("case", c).getResultList();
    }

    private int supporters(Case c) {
        return em.createNamedQuery("CasePublic.ofCase", CasePublic.class).setParameter("case", c)
                .getResultStream().findFirst().map(CasePublic::supporters).orElse(0);
    }

    private PublicSummary summary(Case c) {
        return new PublicSummary(c.number(), c.state(), c.state() == CaseState.CLOSED, c.category().nameZh(), c.category().nameEn(),
                c.place().address(), c.place().longitude(), c.place().latitude(), c.publicDescription(),
                c.reportedAt(), supporters(c));
    }

    private PublicCase view(Case c, boolean own) {
        Instant now = clock.instant();
        List<PublicCase.Step> steps = c.events().stream()
                .filter(e -> PUBLIC_STEPS.contains(e.action()))
                .map(e -> new PublicCase.Step(e.action(), e.toState(), e.at(), publicText(c, e)))
                .toList();
        List<PublicCase.PhotoRef> photos = attachments(c).stream()
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
                own && closed && c.closedAt() != null && now.isBefore(c.closedAt().plus(CaseService.REOPEN_WITHIN)),
                c.duplicateOf() == null ? null : c.duplicateOf().number(), steps, photos);
    }

    static String publicText(Case c, CaseEvent e) {
        if (e.action() == CaseAction.MERGE) {
            return c.duplicateOf() == null ? null : c.duplicateOf().number();
        }
        if (e.action() == CaseAction.RATE) {
            return c.satisfaction() == null ? null : String.valueOf(c.satisfaction());
        }
        return PUBLIC_TEXT.contains(e.action()) ? e.note() : null;
    }
}
