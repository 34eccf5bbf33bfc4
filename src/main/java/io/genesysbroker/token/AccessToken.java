package io.genesysbroker.token;

import java.time.Duration;
import java.time.Instant;

/** A Genesys access token and its validity window; its value shows only in the header it builds. */
public final class AccessToken {

    private final String value;
    private final Instant obtainedAt;
    private final Instant expiresAt;

    public AccessToken(String value, Instant obtainedAt, Instant expiresAt) {
        this.value = value;
        this.obtainedAt = obtainedAt;
        this.expiresAt = expiresAt;
    }

    /** The {@code Authorization} header value that carries this token to the upstream. */
    public String authorization() {
        return "Bearer " + value;
    }

    public Instant obtainedAt() {
        return obtainedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Duration lifetime() {
        return Duration.between(obtainedAt, expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
