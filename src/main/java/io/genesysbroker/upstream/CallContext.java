package io.genesysbroker.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** One caller request on its way upstream: who asks, until when it may take, and how many attempts it made. */
public final class CallContext {

    private final String caller;
    private final Instant deadline;
    private final Clock clock;
    private final AtomicInteger attempts = new AtomicInteger();

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

    int startAttempt() {
        return attempts.incrementAndGet();
    }
}
