package org.lianqin.core.cases;

import java.time.Instant;

/** A line of a street office's public list of problems: no personal data, the public description only. */
public record PublicSummary(String number, CaseState state, boolean closed, String categoryName, String categoryNameEn,
                            String address,
                            Double longitude, Double latitude, String description, Instant reportedAt,
                            int supporters) {
}
