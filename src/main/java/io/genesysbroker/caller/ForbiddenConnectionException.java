package io.genesysbroker.caller;

/** A known caller named a connection it may not use; the message is the same whether the connection exists or not. */
public class ForbiddenConnectionException extends RuntimeException {

    private final String connection;

    public ForbiddenConnectionException(String caller, String connection) {
        super("Caller '" + caller + "' may not use the connection '" + connection + "'");
        this.connection = connection;
    }

    public String connection() {
        return connection;
    }
}
