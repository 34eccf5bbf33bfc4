package io.genesysbroker.budget;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.genesysbroker.budget.BudgetSettings.Scope;
import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.smallrye.mutiny.Uni;

/** The budget of every connection, one per token or one per OAuth client as configured. */
@Singleton
public class Budgets {

    /** The budget of one connection, replaced when a new token brings a new allowance. */
    private final class ConnectionBudget {

        private record Keyed(Object token, Budget budget) {
        }

        private final int limit;
        private final AtomicReference<Keyed> current;

        ConnectionBudget(int limit) {
            this.limit = limit;
            this.current = new AtomicReference<>(new Keyed(null, newBudget()));
        }

        Budget forToken(Object token) {
            Object key = settings.scope() == Scope.CLIENT ? Scope.CLIENT : token;
            return current.updateAndGet(keyed -> keyed.token == key ? keyed : new Keyed(key, newBudget())).budget;
        }

        Budget latest() {
            return current.get().budget;
        }

        private Budget newBudget() {
            return new Budget(limit, settings.window(), settings.callerShare(), clock);
        }
    }

    private final BudgetSettings settings;
    private final Clock clock;
    private final Map<String, ConnectionBudget> budgets = new HashMap<>();

    Budgets(ConnectionRegistry registry, BudgetSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        for (Connection connection : registry.all()) {
            budgets.put(connection.name(), new ConnectionBudget(connection.requestsPerMinute()));
        }
    }

    /**
     * A permit for one upstream request with the given token, once its slot comes; fails with
     * {@link BudgetExhaustedException} when the slot is further away than the queue time or {@code maxWait}.
     */
    public Uni<Void> acquire(String connection, Object token, String caller, Duration maxWait) {
        return Uni.createFrom().deferred(() -> {
            Duration limit = maxWait.compareTo(settings.queueTime()) < 0 ? maxWait : settings.queueTime();
            Duration wait = budgets.get(connection).forToken(token).reserve(caller, limit);
            Uni<Void> permit = Uni.createFrom().voidItem();
            return wait.isZero() ? permit : permit.onItem().delayIt().by(wait);
        });
    }

    /** Requests the connection may still make in the current window. */
    public int remaining(String connection) {
        return budgets.get(connection).latest().remaining();
    }

    /** Requests of the connection waiting for their slot. */
    public int queued(String connection) {
        return budgets.get(connection).latest().queued();
    }
}
