package io.genesysbroker.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Singleton;

import io.genesysbroker.budget.BudgetExhaustedException;
import io.genesysbroker.budget.Budgets;
import io.genesysbroker.budget.CacheSettings;
import io.genesysbroker.budget.SharedReads;
import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.connection.GenesysConfig;
import io.genesysbroker.http.RestClients;
import io.genesysbroker.token.AccessToken;
import io.genesysbroker.token.TokenCache;
import io.genesysbroker.token.TokenStatus;
import io.genesysbroker.token.Tokens;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;

/**
 * The one way out to the Genesys Cloud platform API.
 *
 * <p>
 * A read passes these layers, outermost first, each for a reason:
 * <ol>
 * <li>the caller's deadline ({@code broker.upstream.deadline}, or less on request) bounds everything below, so a caller
 * never waits longer than it said it would;</li>
 * <li>identical reads share one call in flight and reuse its answer for a short time, so that many callers cost the
 * budget one request;</li>
 * <li>{@code @Retry} retries a 429 after its {@code Retry-After} (3 s when it names none) and a 502, 503, 504 or broken
 * connection after an exponential backoff with jitter, but only when the wait fits both
 * {@code broker.upstream.max-retry-after} and the deadline; otherwise the caller gets the answer at once, with
 * {@code Retry-After}. A 400, 403, 404 or 500 is never retried: it would only fail again;</li>
 * <li>the connection's circuit breaker opens on sustained 5xx answers and timeouts, never on 4xx, and while open
 * refuses at once with {@code Retry-After}. It is built per connection with SmallRye's programmatic guard, because
 * the state of an annotated breaker belongs to the method and would let one failing org pause every other;</li>
 * <li>a token from the connection's cache; a 401 drops it, gets one new token and sends the call once more, since
 * Genesys revokes idle tokens before they expire;</li>
 * <li>a slot of the connection's budget, waited for up to the queue time, so the broker itself never causes a 429;</li>
 * <li>{@code @Timeout} bounds each HTTP exchange and {@code @Bulkhead} caps the exchanges in flight.</li>
 * </ol>
 * Every failure leaves as an {@link UpstreamException} that names its class.
 */
@Singleton
public class GenesysUpstream {

    private static final TypeLiteral<Uni<Object>> ANY_UNI = new TypeLiteral<>() {
    };

    private final ConnectionRegistry registry;
    private final Tokens tokens;
    private final Budgets budgets;
    private final UpstreamGuards guards;
    private final UpstreamSettings settings;
    private final CacheSettings caching;
    private final Clock clock;
    private final Failures failures;
    private final UpstreamEvents events;
    private final SharedReads reads;
    private final Map<String, GenesysApi> apis = new HashMap<>();
    private final Map<String, TypedGuard<Uni<Object>>> breakers = new HashMap<>();

    GenesysUpstream(ConnectionRegistry registry, Tokens tokens, Budgets budgets, UpstreamGuards guards,
            UpstreamSettings settings, CacheSettings caching, GenesysConfig config, Clock clock,
            UpstreamEvents events) {
        this.registry = registry;
        this.tokens = tokens;
        this.budgets = budgets;
        this.guards = guards;
        this.settings = settings;
        this.caching = caching;
        this.clock = clock;
        this.failures = new Failures(settings.breaker().delay());
        this.events = events;
        this.reads = new SharedReads(caching.maxEntries(), clock);
        for (Connection connection : registry.all()) {
            apis.put(connection.name(), api(connection, config.http()));
            breakers.put(connection.name(), breaker(connection.name(), settings.breaker()));
        }
    }

    /** A context for one caller request, with the configured deadline or the shorter one the caller asked for. */
    public CallContext context(String caller, Optional<Duration> requestedDeadline) {
        Duration deadline = requestedDeadline.filter(requested -> requested.compareTo(settings.deadline()) < 0)
                .orElse(settings.deadline());
        return new CallContext(caller, clock.instant().plus(deadline), clock);
    }

    /** The organization of the connection. */
    public Uni<GenesysOrganization> organization(String connection, CallContext context) {
        return read(connection, context, new Read<>("organization", "organization", caching.organizationTtl(),
                (api, authorization) -> api.organization(authorization)));
    }

    /** One page of the organization's users. */
    public Uni<GenesysUserListing> users(String connection, CallContext context, UserListRequest request) {
        String sortOrder = request.sortOrder() == null ? null : request.sortOrder().genesysName();
        String key = "users?pageSize=" + request.pageSize() + "&pageNumber=" + request.pageNumber() + "&sortOrder="
                + sortOrder + "&state=" + request.state() + "&expand=" + request.expand();
        return read(connection, context, new Read<>("users.list", key, caching.usersTtl(),
                (api, authorization) -> api.users(authorization, request.pageSize(), request.pageNumber(), sortOrder,
                        request.state(), request.expand())));
    }

    /** One user, or {@link UpstreamFailure#NOT_FOUND}. */
    public Uni<GenesysUser> user(String connection, CallContext context, String userId) {
        return user(connection, context, userId, List.of());
    }

    /** The state of the connection's token, without the token. */
    public TokenStatus tokenStatus(String connection) {
        return tokens.of(registry.require(connection)).status();
    }

    /** The state of the connection's circuit breaker. */
    public CircuitBreakerState circuitState(String connection) {
        return CircuitBreakerMaintenance.get().currentState(breakerName(connection));
    }

    @FunctionalInterface
    private interface Call<T> {
        Uni<T> send(GenesysApi api, String authorization);
    }

    /** A read: its operation name, the key under which identical reads meet, how long its answer is reused. */
    private record Read<T>(String operation, String key, Duration ttl, Call<T> call) {
    }

    private <T> Uni<T> read(String name, CallContext context, Read<T> read) {
        Uni<T> answer = Uni.createFrom().deferred(() -> {
            Connection connection = registry.require(name);
            return reads.read(name + " " + read.key(), read.ttl(), () -> retrying(connection, context, read),
                    source -> events.read(name, read.operation(), source));
        }).onFailure(UpstreamException.class).invoke(failure -> ((UpstreamException) failure).details()
                .correlationId().ifPresent(context::noteCorrelationId));
        Duration remaining = context.remaining();
        return answer.ifNoItem().after(remaining.isZero() ? Duration.ofMillis(1) : remaining)
                .failWith(() -> new UpstreamException(UpstreamFailure.TIMEOUT, name,
                        "No answer within the request's deadline", UpstreamException.Details.none()));
    }

    private <T> Uni<T> retrying(Connection connection, CallContext context, Read<T> read) {
        return guards.retrying(() -> attempt(connection, context, read))
                .onFailure().transform(failure -> failures.classify(connection, failure))
                .onTermination().invoke((item, failure, cancelled) -> Log.debugf("Connection '%s': call %s after %d"
                        + " attempts", connection.name(),
                        failure == null ? "succeeded"
                                : "failed: "
                                        + failure.getMessage(),
                        context.attempts()));
    }

    private <T> Uni<T> attempt(Connection connection, CallContext context, Read<T> read) {
        int attempt = context.startAttempt();
        Uni<T> guarded = narrow(breakers.get(connection.name()).get(() -> widen(send(connection, context, read))));
        return guarded.onFailure().transform(failure -> retryDecision(connection, read, context, attempt,
                failures.classify(connection, failure)));
    }

    private <T> Uni<T> send(Connection connection, CallContext context, Read<T> read) {
        TokenCache cache = tokens.of(connection);
        return cache.token().chain(token -> exchange(connection, context, read, token)
                .onFailure(GenesysUpstream::isTokenRefused)
                .recoverWithUni(refused -> {
                    cache.invalidate(token);
                    return cache.token().chain(fresh -> exchange(connection, context, read, fresh));
                }))
                .onFailure().transform(failure -> failures.classify(connection, failure));
    }

    private <T> Uni<T> exchange(Connection connection, CallContext context, Read<T> read, AccessToken token) {
        GenesysApi api = apis.get(connection.name());
        return budgets.acquire(connection.name(), token, context.caller(), context.remaining())
                .onFailure(BudgetExhaustedException.class).invoke(refused -> events.refusedByBudget(connection.name(),
                        ((BudgetExhaustedException) refused).fairShare()))
                .chain(() -> timed(connection.name(), read.operation(),
                        guards.exchange(() -> read.call().send(api, token.authorization()))))
                .onFailure().transform(failure -> failures.classify(connection, failure))
                .onItem().ifNull().failWith(() -> new UpstreamException(UpstreamFailure.BAD_ANSWER,
                        connection.name(), connection.apiUrl().getHost() + " answered with an empty body",
                        UpstreamException.Details.none()));
    }

    private <T> Uni<T> timed(String connection, String operation, Uni<T> exchange) {
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return exchange.onItemOrFailure().invoke((item, failure) -> events.exchanged(connection, operation,
                    statusOf(failure), Duration.ofNanos(System.nanoTime() - started)));
        });
    }

    private static int statusOf(Throwable failure) {
        if (failure == null) {
            return 200;
        }
        return failure instanceof UpstreamException upstream ? upstream.details().status().orElse(0) : 0;
    }

    private <T> Throwable retryDecision(Connection connection, Read<T> read, CallContext context, int attempt,
            Throwable failure) {
        if (!(failure instanceof UpstreamException upstream)) {
            return failure;
        }
        Optional<Duration> wait = switch (upstream.failure()) {
            case RATE_LIMITED -> Optional.of(upstream.details().retryAfter().orElse(settings.defaultRetryAfter()));
            case UNAVAILABLE -> Optional.of(backoff(attempt));
            default -> Optional.empty();
        };
        if (wait.isEmpty()) {
            return upstream;
        }

        boolean fits = wait.get().compareTo(settings.maxRetryAfter()) <= 0
                && wait.get().compareTo(context.remaining()) < 0;
        UpstreamException answered = upstream.withRetryAfter(wait.get());
        if (!fits) {
            return answered;
        }
        events.retrying(connection.name(), read.operation(), upstream.failure(), wait.get());
        return answered.retryingIn(wait.get());
    }

    /** Exponential, with jitter so that callers failed together do not retry together. */
    private Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 10);
        long jittered = base / 2 + (long) (Math.random() * (base / 2 + 1));
        return Duration.ofMillis(jittered);
    }

    private static boolean isTokenRefused(Throwable failure) {
        return failure instanceof UpstreamException upstream && upstream.is(UpstreamFailure.TOKEN_REFUSED);
    }

    private static TypedGuard<Uni<Object>> breaker(String connection, UpstreamSettings.Breaker settings) {
        return TypedGuard.create(ANY_UNI)
                .withCircuitBreaker()
                .name(breakerName(connection))
                .requestVolumeThreshold(settings.requestVolume())
                .failureRatio(settings.failureRatio())
                .delay(settings.delay().toMillis(), ChronoUnit.MILLIS)
                .when(failure -> failure instanceof UpstreamException upstream
                        && upstream.failure().signalsUpstreamTrouble())
                .onStateChange(state -> logBreaker(connection, state))
                .done()
                .build();
    }

    private static String breakerName(String connection) {
        return "genesys-" + connection;
    }

    private static void logBreaker(String connection, CircuitBreakerState state) {
        if (state == CircuitBreakerState.OPEN) {
            Log.warnf("Connection '%s': circuit breaker opened after repeated 5xx answers or timeouts", connection);
        } else {
            Log.infof("Connection '%s': circuit breaker %s", connection, state.name().toLowerCase());
        }
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> widen(Uni<?> uni) {
        return (Uni<Object>) uni;
    }

    @SuppressWarnings("unchecked")
    private static <T> Uni<T> narrow(Uni<Object> uni) {
        return (Uni<T>) uni;
    }

    private static GenesysApi api(Connection connection, GenesysConfig.HttpConfig http) {
        var errors = new UpstreamErrorMapper(connection.name());
        return RestClients.build(GenesysApi.class, connection.apiUrl(), http.connectTimeout(), http.readTimeout(),
                errors);
    }

    /** One page of the users that match a search; needs the permission {@code directory:user:view}. */
    public Uni<GenesysUserSearchResults> searchUsers(String connection, CallContext context, GenesysUserSearch search) {
        return read(connection, context, new Read<>("users.search", "users/search " + search, caching.usersTtl(),
                (api, authorization) -> api.searchUsers(authorization, search)));
    }

    /** One user with the given parts expanded, or {@link UpstreamFailure#NOT_FOUND}. */
    public Uni<GenesysUser> user(String connection, CallContext context, String userId, List<String> expand) {
        return read(connection, context, new Read<>("users.get", "users/" + userId + "?expand=" + expand,
                caching.usersTtl(), (api, authorization) -> api.user(authorization, userId, expand)));
    }

    /**
     * Whether user search answers, with the smallest search: a 403 {@link UpstreamFailure#PERMISSION_MISSING} means
     * the client lacks {@code directory:user:view}. Never cached, so that a granted permission shows at once.
     */
    public Uni<GenesysSearchTotal> probeUserSearch(String connection, CallContext context) {
        return read(connection, context, new Read<>("users.search.probe", "users/search?probe", Duration.ZERO,
                (api, authorization) -> api.userSearchProbe(authorization, SEARCH_PROBE)));
    }

    /** The org's SSO identity providers; needs {@code sso:provider:view}. Never cached. */
    public Uni<GenesysIdentityProviders> identityProviders(String connection, CallContext context) {
        return read(connection, context, new Read<>("identityproviders", "identityproviders", Duration.ZERO,
                (api, authorization) -> api.identityProviders(authorization)));
    }

    /** The org's effective limits in the {@code platform.api} namespace. Never cached. */
    public Uni<GenesysLimits> limits(String connection, CallContext context) {
        return read(connection, context, new Read<>("limits", "limits/platform.api", Duration.ZERO,
                (api, authorization) -> api.platformApiLimits(authorization)));
    }

    /**
     * Asks the login service for a new token beside the cache and answers only its lifetime, so that a check proves
     * the credentials work now without dropping or replacing the token callers use. It passes the breaker and the
     * exchange guards but is never retried: a refused secret stays refused.
     */
    public Uni<TokenProbe> probeToken(String name, CallContext context) {
        Uni<TokenProbe> probe = Uni.createFrom().deferred(() -> {
            Connection connection = registry.require(name);
            Uni<TokenProbe> fetched = guards.exchange(() -> tokens.probe(connection))
                    .map(token -> new TokenProbe(token.lifetime(), connection.loginUrl().getHost()));
            Uni<TokenProbe> guarded = narrow(breakers.get(name).get(() -> widen(fetched)));
            return guarded.onFailure().transform(failure -> failures.classify(connection, failure));
        });
        Duration remaining = context.remaining();
        return probe.ifNoItem().after(remaining.isZero() ? Duration.ofMillis(1) : remaining)
                .failWith(() -> new UpstreamException(UpstreamFailure.TIMEOUT, name,
                        "No token within the request's deadline", UpstreamException.Details.none()));
    }

    /** Every active user matches; one is enough. */
    private static final Map<String, Object> SEARCH_PROBE = Map.of("pageSize", 1, "pageNumber", 1, "query",
            List.of(Map.of("type", "EXACT", "fields", List.of("state"), "value", "active")));
}
