package io.genesysbroker.upstream;

/** The classes of upstream failure a caller can tell apart and act on. */
public enum UpstreamFailure {
    /** The login service refused the client id and secret ({@code invalid_client}). */
    CREDENTIALS_REFUSED,
    /** The login service refused the token request for another reason. */
    LOGIN_REFUSED,
    /** The API refused a fresh token too (401), for example for an IP allow-list. */
    TOKEN_REFUSED,
    /** The OAuth client lacks a permission the call needs (403). */
    PERMISSION_MISSING,
    /** Genesys has no such entity (404). */
    NOT_FOUND,
    /** Genesys refused the request as sent (400 and other 4xx). */
    REJECTED,
    /** Genesys asked the broker to slow down (429). */
    RATE_LIMITED,
    /** The connection's budget has no slot within the queue time, or the caller holds more than its share. */
    BUDGET_EXHAUSTED,
    /** Genesys could not be reached or said it is unavailable (502, 503, 504, connection failures). */
    UNAVAILABLE,
    /** The connection's circuit breaker is open after sustained 5xx answers and timeouts. */
    CIRCUIT_OPEN,
    /** The broker already runs as many upstream calls as it allows at once. */
    BUSY,
    /** Genesys did not answer in time, or the caller's deadline passed. */
    TIMEOUT,
    /** Genesys failed with an internal error (500). */
    ERROR,
    /** The answer was not the JSON Genesys sends: a proxy page, a login page, an empty or broken body. */
    BAD_ANSWER;

    /** Whether the failure speaks of Genesys' health, so that the circuit breaker counts it. */
    boolean signalsUpstreamTrouble() {
        return this == UNAVAILABLE || this == ERROR || this == TIMEOUT;
    }

    static UpstreamFailure ofStatus(int status) {
        return switch (status) {
            case 401 -> TOKEN_REFUSED;
            case 403 -> PERMISSION_MISSING;
            case 404 -> NOT_FOUND;
            case 429 -> RATE_LIMITED;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> status >= 500 ? ERROR : REJECTED;
        };
    }
}
