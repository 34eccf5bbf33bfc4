package io.genesysbroker.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.smallrye.mutiny.Uni;

/** A token source whose requests stay in flight until the test answers them. */
final class ScriptedTokenSource implements TokenSource {

    private final Clock clock;
    private final List<CompletableFuture<AccessToken>> requests = new CopyOnWriteArrayList<>();

    ScriptedTokenSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<AccessToken> fetch() {
        return Uni.createFrom().completionStage(() -> {
            CompletableFuture<AccessToken> request = new CompletableFuture<>();
            requests.add(request);
            return request;
        });
    }

    int requestCount() {
        return requests.size();
    }

    AccessToken answerLatest(String value, Duration lifetime) {
        Instant now = clock.instant();
        AccessToken token = new AccessToken(value, now, now.plus(lifetime));
        requests.get(requests.size() - 1).complete(token);
        return token;
    }

    void failLatest(RuntimeException failure) {
        requests.get(requests.size() - 1).completeExceptionally(failure);
    }
}
