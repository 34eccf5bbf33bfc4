package io.genesysbroker.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Identical reads share one upstream call while it is in flight, and its answer for a time-to-live afterwards. A
 * failed call is never kept: the next read tries again.
 */
public final class SharedReads {

    /** Where a read's answer came from. */
    public enum Source {
        /** This read made the upstream call. */
        UPSTREAM,
        /** This read joined an identical call already in flight. */
        SHARED,
        /** This read was answered from a recent identical call. */
        CACHE
    }

    /** {@code expiresAt} is absent while the call is in flight. */
    private record Entry(CompletableFuture<Object> answer, Instant expiresAt) {

        boolean servesAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public SharedReads(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The answer to the read named by {@code key}: shared, cached for {@code ttl}, or loaded; tells where from. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> read(String key, Duration ttl, Supplier<Uni<T>> load, Consumer<Source> served) {
        return Uni.createFrom().deferred(() -> {
            Instant now = clock.instant();
            Entry loading = new Entry(new CompletableFuture<>(), null);
            Entry entry = entries.compute(key, (name, existing) -> existing != null && existing.servesAt(now)
                    ? existing
                    : loading);

            if (entry == loading) {
                served.accept(Source.UPSTREAM);
                load.get().subscribe().with(answer -> settle(key, loading, answer, ttl),
                        failure -> forget(key, loading, failure));
            } else {
                served.accept(entry.expiresAt == null ? Source.SHARED : Source.CACHE);
            }
            return Uni.createFrom().completionStage(() -> (CompletableFuture<T>) entry.answer.copy());
        });
    }

    private void settle(String key, Entry loading, Object answer, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative() || entries.size() > maxEntries) {
            entries.remove(key, loading);
            dropExpired();
        } else {
            entries.replace(key, loading, new Entry(loading.answer, clock.instant().plus(ttl)));
        }
        loading.answer.complete(answer);
    }

    private void forget(String key, Entry loading, Throwable failure) {
        entries.remove(key, loading);
        loading.answer.completeExceptionally(failure);
    }

    private void dropExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.servesAt(now));
    }
}
