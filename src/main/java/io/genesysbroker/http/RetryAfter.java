package io.genesysbroker.http;

import java.time.Duration;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Reads the {@code Retry-After} header, which Genesys sends in whole seconds. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the answer asks for, or empty when it names none in seconds. */
    public static Optional<Duration> of(Response response) {
        try {
            return Optional.ofNullable(response.getHeaderString(HttpHeaders.RETRY_AFTER))
                    .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
