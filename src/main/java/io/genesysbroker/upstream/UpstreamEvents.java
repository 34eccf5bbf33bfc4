package io.genesysbroker.upstream;

import java.time.Duration;

import io.genesysbroker.budget.SharedReads;

/** Told what the upstream wrapper does, so that it can be counted; never given a token or a body. */
public interface UpstreamEvents {

    /** Ignores everything. */
    UpstreamEvents NONE = new UpstreamEvents() {
    };

    /** One HTTP exchange ended; {@code status} is 0 when no answer came. */
    default void exchanged(String connection, String operation, int status, Duration took) {
    }

    /** A failed attempt will be retried after {@code wait}. */
    default void retrying(String connection, String operation, UpstreamFailure failure, Duration wait) {
    }

    /** The budget refused a request, for exhaustion or for the caller's share. */
    default void refusedByBudget(String connection, boolean fairShare) {
    }

    /** A read was answered, by the upstream, by a call in flight or from the cache. */
    default void read(String connection, String operation, SharedReads.Source source) {
    }
}
