package io.genesysbroker.api;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Singleton;

import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.upstream.CallContext;
import io.genesysbroker.upstream.GenesysUpstream;
import io.genesysbroker.upstream.GenesysUserListing;
import io.genesysbroker.upstream.UserListRequest;
import io.genesysbroker.upstream.UserListRequest.SortOrder;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Every user of a connection's org, read page after page by name. A page is read only once the previous one has been
 * taken by the reader, and never sooner after the previous read than the export's share of the connection's budget
 * allows. Each page gets a fresh deadline, since a whole export of a large org outlasts any one request's.
 */
@Singleton
class UserExport {

    static final int PAGE_SIZE = 100;

    private final GenesysUpstream upstream;
    private final CallContexts contexts;
    private final ConnectionRegistry registry;
    private final ExportSettings settings;

    UserExport(GenesysUpstream upstream, CallContexts contexts, ConnectionRegistry registry,
            ExportSettings settings) {
        this.upstream = upstream;
        this.contexts = contexts;
        this.registry = registry;
        this.settings = settings;
    }

    Multi<UserView> users(String connection, String state, RequestOptions options) {
        Duration pause = pause(connection);
        Cursor cursor = new Cursor();

        return Multi.createBy().repeating()
                .uni(() -> cursor, next -> page(connection, state, options, next, pause))
                .whilst(listing -> orZero(listing.pageNumber()) < orZero(listing.pageCount()))
                .onItem().transformToIterable(listing -> listing.entities() == null ? List.of()
                        : listing.entities().stream().map(UserView::of).toList());
    }

    /** The pause between page reads that keeps the export within its share of requests per minute. */
    Duration pause(String connection) {
        double perMinute = registry.require(connection).requestsPerMinute() * settings.budgetShare();
        return Duration.ofMillis((long) Math.ceil(60_000 / perMinute));
    }

    private Uni<GenesysUserListing> page(String connection, String state, RequestOptions options, Cursor cursor,
            Duration pause) {
        int number = ++cursor.pageNumber;
        var request = new UserListRequest(PAGE_SIZE, number, SortOrder.ASCENDING, state);

        if (number == 1) {
            return contexts.of(options).invoke(context -> cursor.caller = context.caller())
                    .chain(context -> upstream.users(connection, context, request));
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                .chain(() -> upstream.users(connection, next(cursor, options), request))
                .onFailure().invoke(failure -> Log.warnf("Connection '%s': user export for caller '%s' ended early at"
                        + " page %d: %s", connection, cursor.caller, number, failure.getMessage()));
    }

    private CallContext next(Cursor cursor, RequestOptions options) {
        return upstream.context(cursor.caller, options.deadline());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Where an export has got to; one subscriber reads it, one page at a time. */
    private static final class Cursor {
        private int pageNumber;
        private String caller;
    }
}
