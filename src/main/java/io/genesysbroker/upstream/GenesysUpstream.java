package io.genesysbroker.upstream;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.connection.GenesysConfig;
import io.genesysbroker.connection.UnknownConnectionException;
import io.genesysbroker.http.RestClients;
import io.genesysbroker.http.TransportFailure;
import io.genesysbroker.token.AccessToken;
import io.genesysbroker.token.TokenCache;
import io.genesysbroker.token.TokenRequestException;
import io.genesysbroker.token.TokenStatus;
import io.genesysbroker.token.Tokens;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * The one way out to the Genesys Cloud platform API.
 *
 * <p>
 * Each call takes a token from the connection's cache and sends it. A 401 means the token died before its expiry
 * (Genesys revokes idle tokens): the token is dropped, one new token is obtained and the call is sent once more. A
 * second 401 is final. Every failure leaves as an {@link UpstreamException} that names its class.
 */
@Singleton
public class GenesysUpstream {

    private final ConnectionRegistry registry;
    private final Tokens tokens;
    private final Map<String, GenesysApi> apis = new HashMap<>();

    GenesysUpstream(ConnectionRegistry registry, Tokens tokens, GenesysConfig config) {
        this.registry = registry;
        this.tokens = tokens;
        registry.all().forEach(connection -> apis.put(connection.name(), api(connection, config.http())));
    }

    /** The organization of the connection. */
    public Uni<GenesysOrganization> organization(String connection) {
        return call(connection, "organization", (api, authorization) -> api.organization(authorization));
    }

    /** One page of the organization's users. */
    public Uni<GenesysUserListing> users(String connection, UserListRequest request) {
        String sortOrder = request.sortOrder() == null ? null : request.sortOrder().genesysName();
        return call(connection, "users.list", (api, authorization) -> api.users(authorization, request.pageSize(),
                request.pageNumber(), sortOrder, request.state()));
    }

    /** One user, or {@link UpstreamFailure#NOT_FOUND}. */
    public Uni<GenesysUser> user(String connection, String userId) {
        return call(connection, "users.get", (api, authorization) -> api.user(authorization, userId));
    }

    /** The state of the connection's token, without the token. */
    public TokenStatus tokenStatus(String connection) {
        return tokens.of(registry.require(connection)).status();
    }

    @FunctionalInterface
    private interface Call<T> {
        Uni<T> send(GenesysApi api, String authorization);
    }

    private <T> Uni<T> call(String name, String operation, Call<T> call) {
        return Uni.createFrom().deferred(() -> {
            Connection connection = registry.require(name);
            TokenCache cache = tokens.of(connection);
            GenesysApi api = apis.get(name);
            return cache.token().chain(token -> sendWithReplay(cache, api, call, token));
        })
                .onFailure(TokenRequestException.class).transform(failure -> loginFailure(name, failure))
                .onFailure(GenesysUpstream::isUnclassified).transform(failure -> transportFailure(name, failure))
                .onItem().ifNull().failWith(() -> emptyAnswer(name))
                .onTermination().invoke((item, failure, cancelled) -> Log.debugf("Connection '%s': %s %s", name,
                        operation, failure == null ? "succeeded" : "failed: " + failure.getMessage()));
    }

    private static <T> Uni<T> sendWithReplay(TokenCache cache, GenesysApi api, Call<T> call, AccessToken token) {
        return call.send(api, token.authorization())
                .onFailure(GenesysUpstream::isTokenRefused)
                .recoverWithUni(refused -> {
                    cache.invalidate(token);
                    return cache.token().chain(fresh -> call.send(api, fresh.authorization()));
                });
    }

    private static boolean isTokenRefused(Throwable failure) {
        return failure instanceof UpstreamException upstream && upstream.is(UpstreamFailure.TOKEN_REFUSED);
    }

    private static boolean isUnclassified(Throwable failure) {
        return !(failure instanceof UpstreamException) && !(failure instanceof UnknownConnectionException);
    }

    private static UpstreamException loginFailure(String connection, Throwable throwable) {
        TokenRequestException failure = (TokenRequestException) throwable;
        UpstreamFailure kind = switch (failure.reason()) {
            case CREDENTIALS_REFUSED -> UpstreamFailure.CREDENTIALS_REFUSED;
            case REFUSED -> UpstreamFailure.LOGIN_REFUSED;
            case RATE_LIMITED -> UpstreamFailure.RATE_LIMITED;
            case UNAVAILABLE -> UpstreamFailure.UNAVAILABLE;
            case BAD_ANSWER -> UpstreamFailure.BAD_ANSWER;
        };
        var details = new UpstreamException.Details(Optional.empty(), Optional.empty(), Optional.empty(),
                failure.retryAfter(), Optional.of(failure.loginHost()));
        return new UpstreamException(kind, connection, failure.getMessage(), details);
    }

    private UpstreamException transportFailure(String connection, Throwable failure) {
        TransportFailure kind = TransportFailure.of(failure);
        UpstreamFailure upstreamFailure = switch (kind) {
            case TIMEOUT -> UpstreamFailure.TIMEOUT;
            case CONNECTION -> UpstreamFailure.UNAVAILABLE;
            case MALFORMED -> UpstreamFailure.BAD_ANSWER;
        };
        String host = registry.require(connection).apiUrl().getHost();
        return new UpstreamException(upstreamFailure, connection, host + " " + kind.description(),
                UpstreamException.Details.none());
    }

    private UpstreamException emptyAnswer(String connection) {
        String host = registry.require(connection).apiUrl().getHost();
        return new UpstreamException(UpstreamFailure.BAD_ANSWER, connection, host + " answered with an empty body",
                UpstreamException.Details.none());
    }

    private static GenesysApi api(Connection connection, GenesysConfig.HttpConfig http) {
        var errors = new UpstreamErrorMapper(connection.name());
        return RestClients.build(GenesysApi.class, connection.apiUrl(), http.connectTimeout(), http.readTimeout(),
                errors);
    }
}
