package io.genesysbroker.upstream;

import java.time.Duration;
import java.util.Optional;

/**
 * An upstream call that failed, with what Genesys said about it. The message states facts a person can act on and
 * never carries a credential or a token.
 */
public class UpstreamException extends RuntimeException {

    private final UpstreamFailure failure;
    private final String connection;
    private final transient Details details;
    private final transient Optional<Duration> retryIn;

    /** What the upstream's answer said, where it said anything. */
    public record Details(Optional<Integer> status, Optional<String> genesysCode, Optional<String> correlationId,
            Optional<Duration> retryAfter, Optional<String> host) {

        static Details none() {
            return new Details(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        static Details retryAfter(Duration wait) {
            return none().withRetryAfter(wait);
        }

        Details withRetryAfter(Duration wait) {
            return new Details(status, genesysCode, correlationId, Optional.of(wait), host);
        }
    }

    UpstreamException(UpstreamFailure failure, String connection, String message, Details details) {
        this(failure, connection, message, details, Optional.empty());
    }

    private UpstreamException(UpstreamFailure failure, String connection, String message, Details details,
            Optional<Duration> retryIn) {
        super(message);
        this.failure = failure;
        this.connection = connection;
        this.details = details;
        this.retryIn = retryIn;
    }

    public UpstreamFailure failure() {
        return failure;
    }

    public String connection() {
        return connection;
    }

    public Details details() {
        return details;
    }

    /** Present when the broker will retry the call after this wait. */
    Optional<Duration> retryIn() {
        return retryIn;
    }

    boolean is(UpstreamFailure kind) {
        return failure == kind;
    }

    UpstreamException retryingIn(Duration wait) {
        return new UpstreamException(failure, connection, getMessage(), details, Optional.of(wait));
    }

    UpstreamException withRetryAfter(Duration wait) {
        return new UpstreamException(failure, connection, getMessage(), details.withRetryAfter(wait), retryIn);
    }
}
