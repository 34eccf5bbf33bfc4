package io.genesysbroker.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.Sandbox;
import io.quarkus.test.junit.QuarkusTest;

/** Bursts of concurrent callers spend one token request, counted by the sandbox. */
@QuarkusTest
class TokenBurstTest {

    private static final int CALLERS = 50;
    private static final String ORGANIZATION = "/v1/connections/burst/organization";

    @Test
    void makesOneTokenRequestForABurstAtColdStartAndOneAfterARevocation() throws Exception {
        int before = Sandbox.tokenRequests();

        assertThat(burst()).containsOnly(200);
        assertThat(Sandbox.tokenRequests() - before).isEqualTo(1);

        Sandbox.revokeTokens();

        assertThat(burst()).containsOnly(200);
        assertThat(Sandbox.tokenRequests() - before).isEqualTo(2);
    }

    private static List<Integer> burst() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> call = () -> {
                start.await();
                return given().get(ORGANIZATION).statusCode();
            };
            List<Future<Integer>> answers = IntStream.range(0, CALLERS).mapToObj(caller -> callers.submit(call))
                    .toList();
            start.countDown();

            return answers.stream().map(TokenBurstTest::join).toList();
        } finally {
            callers.shutdownNow();
        }
    }

    private static Integer join(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
