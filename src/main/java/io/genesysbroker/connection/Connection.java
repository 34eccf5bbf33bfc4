package io.genesysbroker.connection;

import java.net.URI;

/** One configured Genesys org reached with one OAuth client. */
public record Connection(String name, Region region, URI apiUrl, URI loginUrl, String clientId,
        ClientSecret clientSecret, int requestsPerMinute) {
}
