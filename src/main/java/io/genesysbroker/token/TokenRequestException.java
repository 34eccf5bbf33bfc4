package io.genesysbroker.token;

import java.time.Duration;
import java.util.Optional;

/** The login service did not give a token; the message names the login host and never a credential. */
public class TokenRequestException extends RuntimeException {

    /** Why no token came back. */
    public enum Reason {
        /** {@code invalid_client}: a wrong client id or secret, or the login host of another region. */
        CREDENTIALS_REFUSED,
        /** Another OAuth refusal, such as a client not allowed the client-credentials grant. */
        REFUSED,
        /** Too many token requests. */
        RATE_LIMITED,
        /** The login service could not be reached, timed out or failed. */
        UNAVAILABLE,
        /** The answer was not a usable token. */
        BAD_ANSWER
    }

    private final Reason reason;
    private final String loginHost;
    private final transient Optional<Duration> retryAfter;

    public TokenRequestException(Reason reason, String loginHost, String detail, Optional<Duration> retryAfter) {
        super(detail);
        this.reason = reason;
        this.loginHost = loginHost;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public String loginHost() {
        return loginHost;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
