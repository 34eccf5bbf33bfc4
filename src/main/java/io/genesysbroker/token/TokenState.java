package io.genesysbroker.token;

/** What a connection's token cache holds, as reported to operators. */
public enum TokenState {
    /** No token yet, and none requested. */
    NONE,
    /** A token that may be sent. */
    VALID,
    /** A token request is in flight, ahead of expiry or because no token may be sent. */
    RENEWING,
    /** The last token request failed and no token may be sent. */
    FAILED
}
