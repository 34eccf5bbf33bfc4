package io.genesysbroker.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.genesysbroker.testing.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The budget, against a sandbox that allows as few requests per minute as the broker is told it may spend. The budget
 * test runs last and counts what the earlier reads spent; the profile's application serves no other test class.
 */
@QuarkusTest
@TestProfile(BudgetEconomyTest.SmallBudget.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetEconomyTest {

    private static final int BUDGET = 20;

    /** A budget small enough to exhaust in a test. */
    public static class SmallBudget implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("genesys.sandbox.requests-per-minute", Integer.toString(BUDGET),
                    "genesys.connections.default.requests-per-minute", Integer.toString(BUDGET),
                    "broker.budget.queue-time", "1s");
        }
    }

    @Test
    @Order(2)
    void servesTheBudgetAndTellsTheRestWhenToRetryWithoutCausingA429() throws Exception {
        int rateLimitedBefore = Sandbox.rateLimited();
        int left = BUDGET - Sandbox.apiRequests();

        List<Response> answers = concurrently(2 * BUDGET,
                page -> () -> given().queryParam("pageSize", 1).queryParam("pageNumber", page)
                        .get("/v1/connections/default/users"));

        List<Response> served = answers.stream().filter(answer -> answer.statusCode() == 200).toList();
        List<Response> refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertThat(served).hasSize(left);
        assertThat(refused).hasSize(2 * BUDGET - left).allSatisfy(answer -> {
            assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 61);
            assertThat(answer.jsonPath().getString("type")).endsWith("budget-exhausted");
        });
        assertThat(Sandbox.rateLimited() - rateLimitedBefore).isZero();
    }

    @Test
    @Order(1)
    void identicalReadsReachTheUpstreamAtLeastTenTimesLessOften() throws Exception {
        int upstreamBefore = Sandbox.apiRequests();

        List<Response> answers = concurrently(200, call -> () -> call % 2 == 0
                ? given().get("/v1/connections/default/organization")
                : given().queryParam("pageSize", 5).get("/v1/connections/default/users"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(Sandbox.apiRequests() - upstreamBefore).isLessThanOrEqualTo(200 / 10);
    }

    private static List<Response> concurrently(int calls, IntFunction<Callable<Response>> call) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<Response>> futures = IntStream.rangeClosed(1, calls)
                    .mapToObj(index -> callers.submit(call.apply(index)))
                    .toList();
            List<Response> answers = new java.util.ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }
}
