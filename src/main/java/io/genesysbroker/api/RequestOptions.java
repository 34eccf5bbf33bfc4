package io.genesysbroker.api;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;

/** Headers any {@code /v1} request may carry. */
public class RequestOptions {

    /** The header in which a caller asks for a deadline shorter than the broker's. */
    public static final String TIMEOUT_HEADER = "X-Request-Timeout-Ms";

    /** How many milliseconds the caller is willing to wait; the broker's own deadline when longer or absent. */
    @HeaderParam(TIMEOUT_HEADER)
    @Pattern(regexp = "[1-9][0-9]{0,6}", message = "must be a whole number of milliseconds from 1 to 9999999")
    String timeoutMillis;

    Optional<Duration> deadline() {
        return Optional.ofNullable(timeoutMillis).map(millis -> Duration.ofMillis(Long.parseLong(millis)));
    }
}
