package org.lianqin.core.cases;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replaces the application's clock in the integration tests' deployment: time stands where the test puts it. */
@Alternative
@Priority(100)
@Dependent
public class TestClock extends Clock {

    private static volatile Instant now = Instant.parse("2025-09-26T01:00:00Z");

    public static void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
