package io.genesysbroker.sandbox;

/** The Genesys error codes the sandbox answers with, each with its status and message template. */
enum Problem {

    BAD_REQUEST(400, "bad.request", "The request could not be understood by the server due to malformed syntax."),
    INVALID_VALUE(400, "bad.request", "Value [{value}] of {name} is not valid: {rule}"),
    AUTHENTICATION_REQUIRED(401, "authentication.required",
            "No authentication bearer token specified in authorization header."),
    BAD_CREDENTIALS(401, "bad.credentials", "Invalid login credentials."),
    CREDENTIALS_EXPIRED(401, "credentials.expired", "The supplied credentials are expired and cannot be used."),
    MISSING_PERMISSIONS(403, "missing.permissions",
            "Unable to perform the requested action. You are missing the following permission(s): {permissions}"),
    NOT_FOUND(404, "not.found", "The requested resource was not found."),
    TOO_MANY_REQUESTS(429, "too.many.requests.retry.after",
            "Rate limit exceeded the maximum. Retry the request in [{retryAfter}] seconds"),
    TOO_MANY_REQUESTS_WITHOUT_WAIT(429, "too.many.requests", "Rate limit exceeded the maximum."),
    INTERNAL_SERVER_ERROR(500, "internal.server.error",
            "The server encountered an unexpected condition which prevented it from fulfilling the request."),
    SERVICE_UNAVAILABLE(503, "service.unavailable", "Service Unavailable - The server is currently unavailable "
            + "(because it is overloaded or down for maintenance)."),
    REQUEST_TIMEOUT(504, "request.timeout", "The request timed out.");

    final int status;

    final String code;

    final String messageWithParams;

    Problem(int status, String code, String messageWithParams) {
        this.status = status;
        this.code = code;
        this.messageWithParams = messageWithParams;
    }
}
