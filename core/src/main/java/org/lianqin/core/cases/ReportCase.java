package org.lianqin.core.cases;

import org.lianqin.core.catalogue.Priority;
import org.lianqin.core.geo.Location;

/** A new problem from any channel. The access code's hash is the resident's key to it, if any. */
public record ReportCase(SourceChannel channel, String categoryCode, Location place, String description,
                         String reporterContact, Priority priority, String accessCodeHash) {
}
