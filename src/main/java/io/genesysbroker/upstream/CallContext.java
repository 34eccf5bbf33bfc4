package io.genesysbroker.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One caller request on its way upstream: who asks, until when it may take, how many attempts it made and the
 * correlation id of Genesys' last error answer.
 */
public final class CallContext {

    /** The key under which the request's context is kept beside the request, for its audit line. */
    public static final String KEY = CallContext.class.getName();

    private final String caller;
    private final Instant deadline;
    private final Clock clock;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile String correlationId;

    CallContext(String caller, Instant deadline, Clock clock) {
        this.caller = caller;
        this.deadline = deadline;
        this.clock = clock;
    }

    public String caller() {
        return caller;
    }

    /** Time left before the deadline, never negative. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Upstream attempts made so far, retries included. */
    public int attempts() {
        return attempts.get();
    }

    /** The correlation id of Genesys' last error answer, for Genesys support; empty when none came. */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    void noteCorrelationId(String id) {
        correlationId = id;
    }

    int startAttempt() {
        return attempts.incrementAndGet();
    }
}
