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

/**
 * Bursts of concurrent callers spend one token request, counted by the sandbox. Each caller reads a page no other
 * caller read, so that every caller makes its own upstream call rather than sharing one or reusing an answer.
 */
@QuarkusTest
class TokenBurstTest {

    private static final int CALLERS = 50;
    private static final String USERS = "/v1/connections/burst/users";

    @Test
    void makesOneTokenRequestForABurstAtColdStartAndOneAfterARevocation() throws Exception {
        int before = Sandbox.tokenRequests();

        assertThat(burst(1)).containsOnly(200);
        assertThat(Sandbox.tokenRequests() - before).isEqualTo(1);

        Sandbox.revokeTokens();

        assertThat(burst(CALLERS + 1)).containsOnly(200);
        assertThat(Sandbox.tokenRequests() - before).isEqualTo(2);
    }

    private static List<Integer> burst(int firstPage) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = IntStream.range(firstPage, firstPage + CALLERS)
                    .mapToObj(page -> callers.submit(readPage(start, page)))
                    .toList();
            start.countDown();

            return answers.stream().map(TokenBurstTest::join).toList();
        } finally {
            callers.shutdownNow();
        }
    }

    private static Callable<Integer> readPage(CountDownLatch start, int page) {
        return () -> {
            start.await();
            return given().queryParam("pageSize", 1).queryParam("pageNumber", page).get(USERS).statusCode();
        };
    }

    private static Integer join(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
