package io.genesysbroker.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.MutableClock;

class TokenCacheTest {

    private static final int CALLERS = 200;
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ScriptedTokenSource source = new ScriptedTokenSource(clock);
    private final RenewalPolicy policy = new RenewalPolicy(0.1, Duration.ofMinutes(5), Duration.ofSeconds(10),
            Duration.ofSeconds(10));
    private final ManualTimer timer = new ManualTimer(clock);
    private final TokenCache cache = new TokenCache("test", source, clock, policy, TokenEvents.NONE, timer);
    private final ExecutorService callers = Executors.newFixedThreadPool(32);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void makesOneTokenRequestForConcurrentCallersAtColdStart() throws Exception {
        List<CompletableFuture<AccessToken>> answers = callConcurrently(CALLERS);

        assertThat(source.requestCount()).isEqualTo(1);
        assertThat(answers).noneMatch(CompletableFuture::isDone);

        AccessToken token = source.answerLatest("first", LIFETIME);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(token));
        assertThat(cache.status().state()).isEqualTo(TokenState.VALID);
    }

    @Test
    void makesOneTokenRequestForConcurrentCallersAtExpiry() throws Exception {
        obtainFirstToken();
        clock.advance(LIFETIME);

        List<CompletableFuture<AccessToken>> answers = callConcurrently(CALLERS);
        AccessToken renewed = source.answerLatest("second", LIFETIME);

        assertThat(source.requestCount()).isEqualTo(2);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(renewed));
    }

    @Test
    void neverServesATokenInsideItsExpiryMargin() throws Exception {
        AccessToken first = obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(5));

        CompletableFuture<AccessToken> answer = call();

        assertThat(answer).isNotDone();
        AccessToken second = source.answerLatest("second", LIFETIME);
        assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(second).isNotSameAs(first);
    }

    @Test
    void renewsAheadOfExpiryWhileCallersKeepTheCurrentToken() throws Exception {
        AccessToken first = obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(25));

        CompletableFuture<AccessToken> duringRenewal = call();

        assertThat(duringRenewal).isCompletedWithValue(first);
        assertThat(source.requestCount()).isEqualTo(2);
        assertThat(cache.status().state()).isEqualTo(TokenState.RENEWING);
        assertThat(call()).isCompletedWithValue(first);
        assertThat(source.requestCount()).isEqualTo(2);

        AccessToken second = source.answerLatest("second", LIFETIME);
        assertThat(call()).isCompletedWithValue(second);
        assertThat(cache.status().state()).isEqualTo(TokenState.VALID);
    }

    @Test
    void renewsOnTimeWithNoCallerAsking() {
        AccessToken first = obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(31));
        timer.runDue();

        assertThat(source.requestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        timer.runDue();

        assertThat(source.requestCount()).isEqualTo(2);
        assertThat(call()).isCompletedWithValue(first);
        AccessToken second = source.answerLatest("second", LIFETIME);
        assertThat(call()).isCompletedWithValue(second);
    }

    @Test
    void failedRenewalOnTimeIsRetriedOnTime() {
        AccessToken first = obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(30));
        timer.runDue();
        source.failLatest(new IllegalStateException("login unavailable"));

        clock.advance(Duration.ofSeconds(9));
        timer.runDue();
        assertThat(source.requestCount()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        timer.runDue();
        assertThat(source.requestCount()).isEqualTo(3);
        assertThat(call()).isCompletedWithValue(first);
    }

    @Test
    void failedRenewalsOnTimeStopOnceTheTokenMayNoLongerBeSent() {
        obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(30));
        timer.runDue();
        source.failLatest(new IllegalStateException("login unavailable"));
        clock.advance(Duration.ofSeconds(10));
        timer.runDue();
        source.failLatest(new IllegalStateException("login unavailable"));

        clock.advance(Duration.ofSeconds(10));
        timer.runDue();
        clock.advance(Duration.ofMinutes(5));
        timer.runDue();

        assertThat(source.requestCount()).isEqualTo(3);
    }

    @Test
    void timerOfAReplacedTokenRenewsNothing() {
        AccessToken first = obtainFirstToken();
        clock.advance(Duration.ofMinutes(1));
        cache.invalidate(first);
        call();
        source.answerLatest("second", LIFETIME);

        clock.advance(LIFETIME.minusSeconds(30).minus(Duration.ofMinutes(1)));
        timer.runDue();

        assertThat(source.requestCount()).isEqualTo(2);
    }

    @Test
    void startsNoRenewalBeforeTheRenewalWindow() {
        obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(31));

        call();

        assertThat(source.requestCount()).isEqualTo(1);
    }

    @Test
    void failedRequestFailsEveryWaiterAndTheNextCallerStartsAnew() throws Exception {
        List<CompletableFuture<AccessToken>> answers = callConcurrently(20);
        source.failLatest(new IllegalStateException("login refused"));

        assertThat(answers).allSatisfy(answer -> assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class));
        assertThat(cache.status().state()).isEqualTo(TokenState.FAILED);

        CompletableFuture<AccessToken> retry = call();
        AccessToken token = source.answerLatest("after-failure", LIFETIME);

        assertThat(source.requestCount()).isEqualTo(2);
        assertThat(retry.get(5, TimeUnit.SECONDS)).isSameAs(token);
    }

    @Test
    void failedRenewalKeepsTheCurrentTokenAndRetriesAfterTheDelay() {
        AccessToken first = obtainFirstToken();
        clock.advance(LIFETIME.minusSeconds(25));
        call();
        source.failLatest(new IllegalStateException("login unavailable"));

        assertThat(call()).isCompletedWithValue(first);
        assertThat(source.requestCount()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(10));
        assertThat(call()).isCompletedWithValue(first);
        assertThat(source.requestCount()).isEqualTo(3);
    }

    @Test
    void refusedTokenSeenByManyCallersCausesOneNewRequest() throws Exception {
        AccessToken refused = obtainFirstToken();

        IntStream.range(0, CALLERS).forEach(caller -> cache.invalidate(refused));
        List<CompletableFuture<AccessToken>> answers = callConcurrently(CALLERS);
        AccessToken fresh = source.answerLatest("fresh", LIFETIME);

        assertThat(source.requestCount()).isEqualTo(2);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(fresh));
    }

    @Test
    void invalidatingAnOlderTokenKeepsTheNewerOne() {
        AccessToken first = obtainFirstToken();
        cache.invalidate(first);
        call();
        AccessToken second = source.answerLatest("second", LIFETIME);

        cache.invalidate(first);

        assertThat(call()).isCompletedWithValue(second);
        assertThat(source.requestCount()).isEqualTo(2);
    }

    @Test
    void oneCallerGivingUpDoesNotCancelTheSharedRequest() {
        CompletableFuture<AccessToken> impatient = call();
        CompletableFuture<AccessToken> patient = call();

        impatient.cancel(true);
        AccessToken token = source.answerLatest("shared", LIFETIME);

        assertThat(patient).isCompletedWithValue(token);
    }

    private AccessToken obtainFirstToken() {
        call();
        return source.answerLatest("first", LIFETIME);
    }

    private CompletableFuture<AccessToken> call() {
        return cache.token().subscribeAsCompletionStage();
    }

    private List<CompletableFuture<AccessToken>> callConcurrently(int count) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CompletableFuture<AccessToken>>> submitted = IntStream.range(0, count)
                .mapToObj(caller -> callers.submit(() -> {
                    start.await();
                    return call();
                }))
                .toList();
        start.countDown();

        List<CompletableFuture<AccessToken>> answers = new java.util.ArrayList<>();
        for (Future<CompletableFuture<AccessToken>> future : submitted) {
            answers.add(future.get(5, TimeUnit.SECONDS));
        }
        return answers;
    }
}
