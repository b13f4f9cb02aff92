package org.lianqin.publicreport.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import org.lianqin.core.cases.PublicStatistics;
import org.lianqin.core.cases.PublicSummary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the public pages and lists show, kept for {@link #AT_MOST_STALE} per street office and question
 * instead of being read again for every visitor: a storm of residents on one office page, or integrators
 * polling Open311, then cost one reading per office every few seconds. Every entry is keyed by the
 * street office's code first, so one office's record is never handed to another; only public data is
 * kept (nothing that needs an access code or an API key). A server of a cluster keeps its own copies,
 * each at most {@link #AT_MOST_STALE} old; a resident's "me too" drops their office's page at once.
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

    private final Cache<String, OfficePage> pages = Caffeine.newBuilder()
            .expireAfterWrite(AT_MOST_STALE).maximumSize(5_000).build();

    /** Bounded by size in characters: the key space is open (any combination of list filters). */
    private final Cache<List<String>, Written> written = Caffeine.newBuilder()
            .expireAfterWrite(AT_MOST_STALE).maximumWeight(32L * 1024 * 1024)
            .<List<String>, Written>weigher((k, v) -> v.body().length() + 64).build();

    /** The office page's figures and problems of the street office (by its code). */
    public OfficePage officePage(String office, Supplier<OfficePage> read) {
        return pages.get(office, o -> read.get());
    }

    /**
     * An answer of the street office already written (a page, an Open311 list) for the question: every
     * parameter that shapes it, in order. {@code write} may answer null (no such office): nothing is kept.
     */
    public Written written(String office, List<String> question, Supplier<Written> write) {
        List<String> key = new ArrayList<>(question.size() + 1);
        key.add(office);
        question.forEach(q -> key.add(q == null ? "\u0000" : q));   // an absent parameter is not an empty one
        return written.get(List.copyOf(key), k -> write.get());
    }

    /** Forgets what this server keeps of the office (after a change its visitor expects to see at once). */
    public void forgetOffice(String office) {
        pages.invalidate(office);
        written.asMap().keySet().removeIf(k -> k.get(0).equals(office));
    }
}
