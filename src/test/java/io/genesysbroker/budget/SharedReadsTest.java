package io.genesysbroker.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.genesysbroker.budget.SharedReads.Source;
import io.genesysbroker.testing.MutableClock;
import io.smallrye.mutiny.Uni;

class SharedReadsTest {

    private static final Duration TTL = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Source> sources = new CopyOnWriteArrayList<>();
    private final SharedReads reads = new SharedReads(100, clock);
    private final List<CompletableFuture<String>> loads = new ArrayList<>();
    private final Supplier<Uni<String>> load = () -> Uni.createFrom().completionStage(() -> {
        CompletableFuture<String> answer = new CompletableFuture<>();
        loads.add(answer);
        return answer;
    });

    @Test
    void identicalReadsInFlightShareOneLoad() {
        CompletableFuture<String> first = read("org");
        CompletableFuture<String> second = read("org");

        loads.get(0).complete("answer");

        assertThat(loads).hasSize(1);
        assertThat(first).isCompletedWithValue("answer");
        assertThat(second).isCompletedWithValue("answer");
        assertThat(sources).containsExactly(Source.UPSTREAM, Source.SHARED);
    }

    @Test
    void reusesAnAnswerForItsTimeToLive() {
        read("org");
        loads.get(0).complete("answer");
        clock.advance(TTL.minusMillis(1));

        assertThat(read("org")).isCompletedWithValue("answer");
        assertThat(loads).hasSize(1);
        assertThat(sources).containsExactly(Source.UPSTREAM, Source.CACHE);
    }

    @Test
    void loadsAgainOnceTheAnswerExpired() {
        read("org");
        loads.get(0).complete("old");
        clock.advance(TTL);

        CompletableFuture<String> fresh = read("org");
        loads.get(1).complete("new");

        assertThat(fresh).isCompletedWithValue("new");
    }

    @Test
    void neverKeepsAFailure() {
        CompletableFuture<String> failed = read("org");
        loads.get(0).completeExceptionally(new IllegalStateException("upstream down"));

        CompletableFuture<String> retried = read("org");
        loads.get(1).complete("answer");

        assertThat(failed).isCompletedExceptionally();
        assertThat(retried).isCompletedWithValue("answer");
    }

    @Test
    void sharesOnlyReadsInFlightWhenTheTimeToLiveIsZero() {
        reads.read("page", Duration.ZERO, load, sources::add).subscribeAsCompletionStage();
        loads.get(0).complete("answer");

        reads.read("page", Duration.ZERO, load, sources::add).subscribeAsCompletionStage();

        assertThat(loads).hasSize(2);
    }

    @Test
    void keepsDifferentReadsApart() {
        read("page-1");
        read("page-2");

        assertThat(loads).hasSize(2);
    }

    private CompletableFuture<String> read(String key) {
        return reads.read(key, TTL, load, sources::add).subscribeAsCompletionStage();
    }
}
