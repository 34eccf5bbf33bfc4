package io.genesysbroker.connection;

/** An OAuth client secret that never shows itself in a string, a log line or an exception. */
public final class ClientSecret {

    private final String value;

    ClientSecret(String value) {
        this.value = value;
    }

    /** The secret itself, for the one place that builds the token request's Basic header. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
