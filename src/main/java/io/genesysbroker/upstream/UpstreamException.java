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

    /** What the upstream's answer said, where it said anything. */
    public record Details(Optional<Integer> status, Optional<String> genesysCode, Optional<String> correlationId,
            Optional<Duration> retryAfter, Optional<String> host) {

        static Details none() {
            return new Details(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    UpstreamException(UpstreamFailure failure, String connection, String message, Details details) {
        super(message);
        this.failure = failure;
        this.connection = connection;
        this.details = details;
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

    boolean is(UpstreamFailure kind) {
        return failure == kind;
    }
}
