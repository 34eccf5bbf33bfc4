package io.genesysbroker.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * The token of one connection.
 *
 * <p>
 * One atomic state holds the current token, the one token request in flight, or both while a renewal runs ahead of
 * expiry. A caller that finds no token it may send joins the request in flight, so any number of concurrent callers
 * cause exactly one token request; a finished request, successful or not, leaves the state, so the caller after a
 * failure starts a new one. Renewal ahead of expiry starts on a timer when the token's renewal window opens, and
 * after a failed renewal once the retry delay has passed; should a timer be late, the first caller that finds the
 * token in its renewal window starts it. Callers keep using the current token while the new one is on its way.
 */
public final class TokenCache {

    /**
     * Invariant: {@code request}, when present, is the only request in flight, and a caller only waits for it when
     * {@code token} is absent or may no longer be sent.
     */
    private record State(AccessToken token, CompletableFuture<AccessToken> request, Instant renewNotBefore,
            boolean failed) {

        static final State EMPTY = new State(null, null, null, false);

        static State holding(AccessToken token) {
            return new State(token, null, null, false);
        }
    }

    private final String connection;
    private final TokenSource source;
    private final Clock clock;
    private final RenewalPolicy policy;
    private final TokenEvents events;
    private final TokenTimer timer;
    private final AtomicReference<State> state = new AtomicReference<>(State.EMPTY);

    public TokenCache(String connection, TokenSource source, Clock clock, RenewalPolicy policy, TokenEvents events,
            TokenTimer timer) {
        this.connection = connection;
        this.source = source;
        this.clock = clock;
        this.policy = policy;
        this.events = events;
        this.timer = timer;
    }

    /** A token that may be sent now; waits only when there is none. */
    public Uni<AccessToken> token() {
        return Uni.createFrom().completionStage(this::acquire);
    }

    /** Forgets a token the upstream refused, unless a newer one already replaced it. */
    public void invalidate(AccessToken refused) {
        State before = state.getAndUpdate(current -> current.token == refused
                ? new State(null, current.request, null, false)
                : current);
        if (before.token == refused) {
            events.dropped(connection);
        }
    }

    /** What the cache holds now, without the token itself. */
    public TokenStatus status() {
        State current = state.get();
        Instant now = clock.instant();
        boolean usable = current.token != null && policy.usable(current.token, now);
        Optional<Duration> expiresIn = usable
                ? Optional.of(Duration.between(now, current.token.expiresAt()))
                : Optional.empty();

        if (current.request != null) {
            return new TokenStatus(TokenState.RENEWING, expiresIn);
        }
        if (usable) {
            return new TokenStatus(TokenState.VALID, expiresIn);
        }
        return new TokenStatus(current.failed ? TokenState.FAILED : TokenState.NONE, expiresIn);
    }

    private CompletionStage<AccessToken> acquire() {
        while (true) {
            State current = state.get();
            Instant now = clock.instant();
            if (current.token != null && policy.usable(current.token, now)) {
                renewIfDue(current, now);
                return CompletableFuture.completedFuture(current.token);
            }
            if (current.request != null) {
                return current.request.copy();
            }

            State requesting = new State(null, new CompletableFuture<>(), null, false);
            if (state.compareAndSet(current, requesting)) {
                request(requesting.request, TokenEvents.Trigger.ON_DEMAND);
                return requesting.request.copy();
            }
        }
    }

    private void renewIfDue(State current, Instant now) {
        boolean waiting = current.renewNotBefore != null && now.isBefore(current.renewNotBefore);
        if (current.request != null || waiting || !policy.renewalDue(current.token, now)) {
            return;
        }

        State renewing = new State(current.token, new CompletableFuture<>(), null, false);
        if (state.compareAndSet(current, renewing)) {
            request(renewing.request, TokenEvents.Trigger.AHEAD);
        }
    }

    /**
     * Renews the token on time, unless it has been replaced, dropped or may no longer be sent (the next caller then
     * asks for a new one), or its window has not opened yet.
     */
    private void renewOnTime(AccessToken token) {
        State current = state.get();
        Instant now = clock.instant();
        if (current.token != token || !policy.usable(token, now)) {
            return;
        }

        Instant due = current.renewNotBefore != null && current.renewNotBefore.isAfter(now) ? current.renewNotBefore
                : policy.renewalAt(token);
        if (due.isAfter(now)) {
            renewAt(token, due);
        } else {
            renewIfDue(current, now);
        }
    }

    private void renewAt(AccessToken token, Instant due) {
        timer.schedule(Duration.between(clock.instant(), due), () -> renewOnTime(token));
    }

    private void request(CompletableFuture<AccessToken> request, TokenEvents.Trigger trigger) {
        events.requested(connection, trigger);
        long started = System.nanoTime();
        source.fetch().subscribe().with(token -> obtained(request, token, started),
                failure -> failed(request, failure, started));
    }

    private void obtained(CompletableFuture<AccessToken> request, AccessToken token, long started) {
        state.updateAndGet(current -> current.request == request ? State.holding(token) : current);
        Log.infof("Connection '%s': token obtained, valid for %s", connection, token.lifetime());
        events.answered(connection, "success", Duration.ofNanos(System.nanoTime() - started));
        renewAt(token, policy.renewalAt(token));
        request.complete(token);
    }

    private void failed(CompletableFuture<AccessToken> request, Throwable failure, long started) {
        Instant retryAt = clock.instant().plus(policy.retryDelay());
        State after = state.updateAndGet(current -> current.request != request ? current
                : current.token == null ? new State(null, null, null, true)
                        : new State(current.token, null, retryAt, false));
        // a failed renewal leaves the current token in place and is retried on time
        if (after.token != null && retryAt.equals(after.renewNotBefore)) {
            renewAt(after.token, retryAt);
        }
        Log.warnf("Connection '%s': token request failed: %s", connection, failure.getMessage());
        String outcome = failure instanceof TokenRequestException refused ? refused.reason().name().toLowerCase()
                : TokenRequestException.Reason.UNAVAILABLE.name().toLowerCase();
        events.answered(connection, outcome, Duration.ofNanos(System.nanoTime() - started));
        request.completeExceptionally(failure);
    }
}
