package io.genesysbroker.api;

import java.net.URI;

/** Every class of problem the broker answers, each with its own {@code type} and HTTP status. */
enum ProblemType {
    INVALID_REQUEST(400, "The request is not valid"),
    UNAUTHENTICATED(401, "The caller is not authenticated"),
    FORBIDDEN_CONNECTION(403, "The caller may not use this connection"),
    FORBIDDEN(403, "The caller may not do this"),
    UNKNOWN_CONNECTION(404, "No such connection"),
    NOT_FOUND(404, "Genesys has no such entity"),
    GENESYS_REJECTED_REQUEST(400, "Genesys refused the request"),
    CREDENTIALS_REFUSED(502, "Genesys refused the connection's client credentials"),
    LOGIN_REFUSED(502, "Genesys refused to issue a token"),
    TOKEN_REFUSED(502, "Genesys refused a fresh token"),
    PERMISSION_MISSING(502, "The connection's OAuth client lacks a permission"),
    GENESYS_ERROR(502, "Genesys failed to answer the request"),
    GENESYS_BAD_ANSWER(502, "Genesys answered with something the broker cannot read"),
    RATE_LIMITED(429, "Genesys asked the broker to slow down"),
    BUDGET_EXHAUSTED(429, "The connection's request budget is spent"),
    BROKER_BUSY(503, "The broker runs as many upstream calls as it allows"),
    GENESYS_UNAVAILABLE(503, "Genesys is unavailable"),
    GENESYS_TIMEOUT(504, "Genesys did not answer in time"),
    INTERNAL_ERROR(500, "The broker failed");

    private static final String PREFIX = "urn:genesys-token-broker:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    URI uri() {
        return URI.create(PREFIX + name().toLowerCase().replace('_', '-'));
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
