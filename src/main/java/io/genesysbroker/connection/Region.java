package io.genesysbroker.connection;

/** A Genesys Cloud region: its id and the environment domain that hosts its API and login services. */
public record Region(String id, String domain) {
}
