package io.genesysbroker.api;

import io.genesysbroker.upstream.UpstreamException;

/** The problem type of an upstream failure and what the reader can do about it. */
record UpstreamProblem(ProblemType type, String hint) {

    static UpstreamProblem of(UpstreamException failure) {
        String host = failure.details().host().orElse("the login host");
        return switch (failure.failure()) {
            case CREDENTIALS_REFUSED -> new UpstreamProblem(ProblemType.CREDENTIALS_REFUSED,
                    "Check the connection's client id and secret. A wrong region looks exactly like a wrong secret: "
                            + host + " must be the login host of the org's region.");
            case LOGIN_REFUSED -> new UpstreamProblem(ProblemType.LOGIN_REFUSED,
                    "Check in Genesys that the OAuth client is active and uses the Client Credentials grant.");
            case TOKEN_REFUSED -> new UpstreamProblem(ProblemType.TOKEN_REFUSED,
                    "Check that the OAuth client is active and that Genesys accepts calls from the broker's address.");
            case PERMISSION_MISSING -> new UpstreamProblem(ProblemType.PERMISSION_MISSING,
                    "Give the OAuth client a role that holds the permission Genesys names, in the right divisions.");
            case NOT_FOUND -> new UpstreamProblem(ProblemType.NOT_FOUND,
                    "Check the id; the entity may have been deleted.");
            case REJECTED -> new UpstreamProblem(ProblemType.GENESYS_REJECTED_REQUEST,
                    "Change the request as Genesys' message says.");
            case RATE_LIMITED -> new UpstreamProblem(ProblemType.RATE_LIMITED,
                    "Retry after the time the Retry-After header gives.");
            case BUDGET_EXHAUSTED -> new UpstreamProblem(ProblemType.BUDGET_EXHAUSTED,
                    "Retry after the time the Retry-After header gives; reads of the same data are shared and cached.");
            case CIRCUIT_OPEN -> new UpstreamProblem(ProblemType.GENESYS_UNAVAILABLE,
                    "Retry after the time the Retry-After header gives; the broker is letting Genesys recover.");
            case BUSY -> new UpstreamProblem(ProblemType.BROKER_BUSY,
                    "Retry after the time the Retry-After header gives.");
            case UNAVAILABLE -> new UpstreamProblem(ProblemType.GENESYS_UNAVAILABLE,
                    "Retry later; if it persists, check Genesys' status and the network path to it.");
            case TIMEOUT -> new UpstreamProblem(ProblemType.GENESYS_TIMEOUT,
                    "Retry later; if it persists, check Genesys' status and the network path to it.");
            case ERROR -> new UpstreamProblem(ProblemType.GENESYS_ERROR,
                    "Retry later; if it persists, give Genesys support the correlation id.");
            case BAD_ANSWER -> new UpstreamProblem(ProblemType.GENESYS_BAD_ANSWER,
                    "A proxy or a login page may stand between the broker and Genesys: check the connection's URLs.");
        };
    }
}
