package io.genesysbroker.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** Builds the REST clients of one connection, each with the upstream timeouts and its own error mapper. */
public final class RestClients {

    private RestClients() {
    }

    public static <T> T build(Class<T> api, URI baseUri, Duration connectTimeout, Duration readTimeout,
            Object errorMapper) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .register(errorMapper)
                .build(api);
    }
}
