package org.lianqin.publicreport.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lianqin.core.cases.PublicRecord;

import org.lianqin.core.cases.PublicStatistics;
import org.lianqin.core.cases.PublicSummary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the public pages and lists show, kept for {@link #AT_MOST_STALE} per street office and question
 * instead of being read again for every visitor: a storm of residents on one office page, or integrators
 * polling Open311, then cost one reading per office every few seconds. Every entry is keyed by the
 * street office's code first, so one office's record is never handed to another; only public data is
 * kept (nothing that needs an access code or an API key). A server of a cluster keeps its own copies:
 * an office page's figures are read again in the background once {@link #AT_MOST_STALE} old while
 * visitors come, and read afresh when nobody asked for twice that long (so a page is never older than
 * twice {@link #AT_MOST_STALE}); a list is written again after {@link #AT_MOST_STALE};
 * a resident's "me too" drops their office's page at once.
 */
@ApplicationScoped
public class PublicSnapshots {

    /** How old a public page or list may be: the office page's figures and problems, an Open311 list. */
    public static final Duration AT_MOST_STALE = Duration.ofSeconds(10);

    /** What the office page shows, read once per office and period. */
    public record OfficePage(PublicStatistics statistics, List<PublicSummary> cases) {
    }

    /** An answer already written (Open311), with its media type. */
    public record Written(String body, String type) {
    }

    /** How long a rendered office page is kept: it is rendered again from {@link #officePage} figures. */
    static final Duration RENDERED = Duration.ofSeconds(2);

    /**
     * A thread of the server's own (with the application's context) reads an office's figures again once
     * they are {@link #AT_MOST_STALE} old, while visitors are still answered from the previous ones: at a
     * hundred thousand cases the figures take a second or two to compute, and nobody should wait for it.
     */
    @Resource
    ManagedExecutorService executor;

    @EJB
    PublicRecord record;

    @Inject
    Offices offices;

    private LoadingCache<String, Optional<OfficePage>> pages;

    @PostConstruct
    void start() {
        pages = Caffeine.newBuilder().executor(executor).refreshAfterWrite(AT_MOST_STALE)
                .expireAfterWrite(AT_MOST_STALE.multipliedBy(2)).maximumSize(5_000)
                .build(code -> offices.find(code).map(office -> offices.in(office,
                        () -> new OfficePage(record.statistics(), record.list(true, 0, 20).items()))));
    }

    /** Bounded by size in characters, keys included: the key space is open (any list filter a client sends). */
    private final Cache<List<String>, Written> written = Caffeine.newBuilder()
            .expireAfterWrite(AT_MOST_STALE).maximumWeight(32L * 1024 * 1024)
            .<List<String>, Written>weigher(PublicSnapshots::weight).build();

    /** Rendered pages, re-rendered every {@link #RENDERED} from the kept figures (a few per office and language). */
    private final Cache<List<String>, Written> rendered = Caffeine.newBuilder()
            .expireAfterWrite(RENDERED).maximumWeight(32L * 1024 * 1024)
            .<List<String>, Written>weigher(PublicSnapshots::weight).build();

    /** The office page's figures and problems of the street office (by its code), if there is one. */
    public Optional<OfficePage> officePage(String office) {
        return pages.get(office);
    }

    /**
     * An answer of the street office already written (a page, an Open311 list) for the question: every
     * parameter that shapes it, in order. {@code write} may answer null (no such office): nothing is kept.
     */
    public Written written(String office, List<String> question, Supplier<Written> write) {
        return written.get(key(office, question), k -> write.get());
    }

    /** A page of the street office as rendered at most {@link #RENDERED} ago for the question (language, ...). */
    public Written rendered(String office, List<String> question, Supplier<Written> render) {
        return rendered.get(key(office, question), k -> render.get());
    }

    private static int weight(List<String> key, Written value) {
        return key.stream().mapToInt(String::length).sum() + value.body().length() + 64;
    }

    private static List<String> key(String office, List<String> question) {
        List<String> key = new ArrayList<>(question.size() + 1);
        key.add(office);
        question.forEach(q -> key.add(q == null ? "\u0000" : q));   // an absent parameter is not an empty one
        return List.copyOf(key);
    }

    /** Forgets what this server keeps of the office (after a change its visitor expects to see at once). */
    public void forgetOffice(String office) {
        pages.invalidate(office);
        written.asMap().keySet().removeIf(k -> k.get(0).equals(office));
        rendered.asMap().keySet().removeIf(k -> k.get(0).equals(office));
    }
}
