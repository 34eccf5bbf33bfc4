package io.genesysbroker.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.upstream.CallContext;
import io.genesysbroker.upstream.GenesysUpstream;
import io.genesysbroker.upstream.UserListRequest;
import io.smallrye.mutiny.Uni;

/**
 * Runs the checks of one connection: its configuration, a fresh token, then, only once a token came, the org, its
 * users, user search, SSO and the budget side by side, each through the broker's usual upstream path. A check that
 * fails becomes part of the report; the report itself always comes back.
 */
@Singleton
public class ConnectionValidator {

    private static final List<String> NEED_TOKEN = List.of(OrganizationCheck.NAME, UsersCheck.NAME, SearchCheck.NAME,
            SsoCheck.NAME, BudgetCheck.NAME);

    private final ConnectionRegistry registry;
    private final GenesysUpstream upstream;

    ConnectionValidator(ConnectionRegistry registry, GenesysUpstream upstream) {
        this.registry = registry;
        this.upstream = upstream;
    }

    /** The report of the named connection; only an unknown name fails the answer. */
    public Uni<ValidationReport> validate(String name, CallContext context) {
        Connection connection = registry.require(name);
        Check configuration = ConfigurationCheck.of(connection);

        return token(connection, context).chain(token -> {
            Uni<List<Check>> rest = token.status() == CheckStatus.FAIL
                    ? Uni.createFrom().item(NEED_TOKEN.stream().map(Check::skipped).toList())
                    : withToken(connection, context);
            return rest.map(checks -> report(name, configuration, token, checks));
        });
    }

    private Uni<Check> token(Connection connection, CallContext context) {
        return upstream.probeToken(connection.name(), context)
                .map(probe -> TokenCheck.of(probe, upstream.tokenStatus(connection.name())))
                .onFailure().recoverWithItem(failure -> FailedCheck.of(TokenCheck.NAME, CheckStatus.FAIL, connection,
                        failure));
    }

    private Uni<List<Check>> withToken(Connection connection, CallContext context) {
        String name = connection.name();
        List<Uni<Check>> checks = List.of(
                check(upstream.organization(name, context), OrganizationCheck::of,
                        failed(OrganizationCheck.NAME), connection),
                check(upstream.users(name, context, new UserListRequest(1, 1, null, "active")), UsersCheck::of,
                        failed(UsersCheck.NAME), connection),
                check(upstream.probeUserSearch(name, context), SearchCheck::of, SearchCheck::failed, connection),
                check(upstream.identityProviders(name, context), SsoCheck::of, SsoCheck::failed, connection),
                check(upstream.limits(name, context), limits -> BudgetCheck.of(connection, limits),
                        BudgetCheck::failed, connection));
        return Uni.join().all(checks).andCollectFailures();
    }

    private static <T> Uni<Check> check(Uni<T> call, Function<T, Check> passed,
            BiFunction<Connection, Throwable, Check> failed, Connection connection) {
        return call.map(passed).onFailure().recoverWithItem(failure -> failed.apply(connection, failure));
    }

    private static BiFunction<Connection, Throwable, Check> failed(String check) {
        return (connection, failure) -> FailedCheck.of(check, CheckStatus.FAIL, connection, failure);
    }

    private static ValidationReport report(String name, Check configuration, Check token, List<Check> rest) {
        List<Check> checks = new ArrayList<>();
        checks.add(configuration);
        checks.add(token);
        checks.addAll(rest);
        return ValidationReport.of(name, checks);
    }
}
