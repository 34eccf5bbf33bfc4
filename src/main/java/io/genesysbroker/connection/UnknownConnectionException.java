package io.genesysbroker.connection;

/** A caller named a connection the broker does not hold. */
public class UnknownConnectionException extends RuntimeException {

    private final String connection;

    public UnknownConnectionException(String connection) {
        super("No connection named '" + connection + "' is configured");
        this.connection = connection;
    }

    public String connection() {
        return connection;
    }
}
