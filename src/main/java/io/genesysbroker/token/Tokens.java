package io.genesysbroker.token;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.connection.GenesysConfig;
import io.genesysbroker.http.RestClients;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** The token cache of every connection. */
@Singleton
public class Tokens {

    private final Map<String, TokenCache> caches = new HashMap<>();
    private final Map<String, TokenSource> sources = new HashMap<>();

    Tokens(ConnectionRegistry registry, GenesysConfig config, TokenSettings settings, Clock clock,
            TokenEvents events, Vertx vertx) {
        TokenTimer timer = (delay, task) -> vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run());
        RenewalPolicy policy = RenewalPolicy.of(settings);
        for (Connection connection : registry.all()) {
            LoginApi api = loginApi(connection, config.http());
            TokenSource login = new GenesysLogin(connection, api, clock);
            caches.put(connection.name(), new TokenCache(connection.name(), login, clock, policy, events,
                    timer));
            sources.put(connection.name(), login);
        }
    }

    /** The token cache of a connection from the registry. */
    public TokenCache of(Connection connection) {
        return caches.get(connection.name());
    }

    /**
     * Requests a new token beside the cache, which neither sees it nor learns of a failure: for checks that must
     * prove the credentials work now, whatever the cache holds.
     */
    public Uni<AccessToken> probe(Connection connection) {
        return sources.get(connection.name()).fetch();
    }

    private static LoginApi loginApi(Connection connection, GenesysConfig.HttpConfig http) {
        var errors = new LoginErrorMapper(connection.loginUrl().getHost());
        return RestClients.build(LoginApi.class, connection.loginUrl(), http.connectTimeout(), http.readTimeout(),
                errors);
    }
}
