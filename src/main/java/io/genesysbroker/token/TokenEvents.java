package io.genesysbroker.token;

import java.time.Duration;

/** Told what the token caches do, so that it can be counted; never given a token. */
public interface TokenEvents {

    /** Why a token request started. */
    enum Trigger {
        /** In the background, ahead of expiry, while callers use the current token. */
        AHEAD,
        /** With a caller waiting: at start, at expiry or after a 401. */
        ON_DEMAND
    }

    /** Ignores everything. */
    TokenEvents NONE = new TokenEvents() {
    };

    /** A token request started. */
    default void requested(String connection, Trigger trigger) {
    }

    /** A token request ended; {@code outcome} is {@code success} or the lower-case refusal reason. */
    default void answered(String connection, String outcome, Duration took) {
    }

    /** A token the upstream refused was dropped. */
    default void dropped(String connection) {
    }
}
