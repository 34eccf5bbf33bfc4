package io.genesysbroker.upstream;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.genesysbroker.budget.BudgetExhaustedException;
import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.UnknownConnectionException;
import io.genesysbroker.http.TransportFailure;
import io.genesysbroker.token.TokenRequestException;
import io.genesysbroker.upstream.UpstreamException.Details;

/** Names every way an upstream call can fail as one {@link UpstreamFailure}. */
final class Failures {

    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration breakerDelay;

    Failures(Duration breakerDelay) {
        this.breakerDelay = breakerDelay;
    }

    /** The failure as an {@link UpstreamException}; an unknown connection stays what it is. */
    Throwable classify(Connection connection, Throwable failure) {
        String name = connection.name();
        if (failure instanceof UpstreamException || failure instanceof UnknownConnectionException) {
            return failure;
        }
        if (failure instanceof TokenRequestException refused) {
            return loginFailure(name, refused);
        }
        if (failure instanceof BudgetExhaustedException exhausted) {
            return new UpstreamException(UpstreamFailure.BUDGET_EXHAUSTED, name, "Connection '" + name + "': "
                    + exhausted.getMessage(), Details.retryAfter(exhausted.retryAfter()));
        }
        return guardFailure(connection, failure);
    }

    private UpstreamException guardFailure(Connection connection, Throwable failure) {
        String name = connection.name();
        String host = connection.apiUrl().getHost();
        if (failure instanceof TimeoutException) {
            return new UpstreamException(UpstreamFailure.TIMEOUT, name, host + " did not answer in time",
                    Details.none());
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new UpstreamException(UpstreamFailure.CIRCUIT_OPEN, name, "Calls to " + host
                    + " are paused after repeated failures", Details.retryAfter(breakerDelay));
        }
        if (failure instanceof BulkheadException) {
            return new UpstreamException(UpstreamFailure.BUSY, name, "The broker runs as many calls to " + host
                    + " as it allows at once", Details.retryAfter(BUSY_RETRY_AFTER));
        }
        return transportFailure(name, host, failure);
    }

    private static UpstreamException transportFailure(String name, String host, Throwable failure) {
        TransportFailure kind = TransportFailure.of(failure);
        UpstreamFailure upstreamFailure = switch (kind) {
            case TIMEOUT -> UpstreamFailure.TIMEOUT;
            case CONNECTION -> UpstreamFailure.UNAVAILABLE;
            case MALFORMED, HTML -> UpstreamFailure.BAD_ANSWER;
        };
        return new UpstreamException(upstreamFailure, name, host + " " + kind.description(), Details.none());
    }

    private static UpstreamException loginFailure(String name, TokenRequestException failure) {
        UpstreamFailure kind = switch (failure.reason()) {
            case CREDENTIALS_REFUSED -> UpstreamFailure.CREDENTIALS_REFUSED;
            case REFUSED -> UpstreamFailure.LOGIN_REFUSED;
            case RATE_LIMITED -> UpstreamFailure.RATE_LIMITED;
            case UNAVAILABLE -> UpstreamFailure.UNAVAILABLE;
            case BAD_ANSWER -> UpstreamFailure.BAD_ANSWER;
        };
        var details = new Details(Optional.empty(), Optional.empty(), Optional.empty(), failure.retryAfter(),
                Optional.of(failure.loginHost()));
        return new UpstreamException(kind, name, failure.getMessage(), details);
    }
}
