package io.genesysbroker.caller;

/** How a caller proves who it is, as the HTTP answers and the API description name it. */
public final class CallerCredentials {

    /** The request header that carries a caller's API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    /** The {@code WWW-Authenticate} value of every 401 answer: both ways a caller can authenticate. */
    public static final String CHALLENGE = "ApiKey header=\"" + API_KEY_HEADER + "\", Bearer";

    private CallerCredentials() {
    }
}
