package io.genesysbroker.validation;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.upstream.UpstreamException;
import io.quarkus.logging.Log;

/** Turns a failed upstream call into the check it failed, in words a person setting up a connection can act on. */
final class FailedCheck {

    private FailedCheck() {
    }

    static Check of(String name, CheckStatus status, Connection connection, Throwable failure) {
        if (!(failure instanceof UpstreamException upstream)) {
            Log.errorf(failure, "Connection '%s': the %s check failed unexpectedly", connection.name(), name);
            return new Check(name, status, "the broker failed while checking; its log has the details",
                    "Run the validation again; if it persists, tell the broker's operators.");
        }
        String detail = label(upstream) + ": " + upstream.getMessage()
                + upstream.details().correlationId().map(id -> " (correlation id " + id + ")").orElse("");
        return new Check(name, status, detail, hint(upstream, connection));
    }

    private static String label(UpstreamException failure) {
        return switch (failure.failure()) {
            case CREDENTIALS_REFUSED -> "credentials refused";
            case LOGIN_REFUSED -> "token request refused";
            case TOKEN_REFUSED -> "token refused by the API";
            case PERMISSION_MISSING -> "permission missing";
            case UNAVAILABLE, CIRCUIT_OPEN -> "Genesys unavailable";
            case TIMEOUT -> "Genesys did not answer in time";
            case RATE_LIMITED, BUDGET_EXHAUSTED, BUSY -> "no capacity now";
            case ERROR -> "Genesys failed";
            case BAD_ANSWER -> "not a Genesys answer";
            case NOT_FOUND, REJECTED -> "request refused";
        };
    }

    private static String hint(UpstreamException failure, Connection connection) {
        String apiHost = connection.apiUrl().getHost();
        return switch (failure.failure()) {
            case CREDENTIALS_REFUSED -> credentialsHint(failure, connection);
            case LOGIN_REFUSED -> "Check in Genesys that the OAuth client is active and has the Client Credentials "
                    + "grant.";
            case TOKEN_REFUSED -> "Check that the OAuth client is active and that Genesys accepts the broker's "
                    + "address.";
            case PERMISSION_MISSING -> "Give the OAuth client a role holding the permission Genesys names.";
            case UNAVAILABLE, CIRCUIT_OPEN, TIMEOUT -> "Run the validation again later; if it persists, check Genesys' "
                    + "status page and the network path to " + apiHost + ".";
            case RATE_LIMITED, BUDGET_EXHAUSTED, BUSY -> "Run the validation again in a minute.";
            case ERROR -> "If it persists, give Genesys support the correlation id.";
            case BAD_ANSWER -> "A proxy or a login page answered instead of Genesys: check the connection's URLs.";
            case NOT_FOUND, REJECTED -> "Check that the connection's api-url is the Genesys platform API.";
        };
    }

    private static String credentialsHint(UpstreamException failure, Connection connection) {
        String loginHost = failure.details().host().orElse(connection.loginUrl().getHost());
        return "Check the client id and secret. A wrong region looks exactly like a wrong secret: the login host used "
                + "was " + loginHost + ", which must be the login host of the org's region (configured: "
                + connection.region().id() + ").";
    }
}
