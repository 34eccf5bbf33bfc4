package io.genesysbroker.budget;

import java.time.Duration;

/** A request the budget cannot serve in time; {@link #retryAfter()} says when a slot frees up. */
public class BudgetExhaustedException extends RuntimeException {

    private final transient Duration retryAfter;
    private final boolean fairShare;

    BudgetExhaustedException(String message, Duration retryAfter, boolean fairShare) {
        super(message);
        this.retryAfter = retryAfter;
        this.fairShare = fairShare;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the caller was refused for holding more than its share while others wait. */
    public boolean fairShare() {
        return fairShare;
    }
}
