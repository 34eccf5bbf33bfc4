package io.genesysbroker.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.genesysbroker.testing.GenesysStubs.genesysError;
import static io.genesysbroker.testing.GenesysStubs.json;
import static io.genesysbroker.testing.GenesysStubs.organizationEndpoint;
import static io.genesysbroker.testing.GenesysStubs.token;
import static io.genesysbroker.testing.GenesysStubs.tokenEndpoint;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import io.genesysbroker.testing.GenesysStubs;
import io.genesysbroker.testing.InjectWireMock;
import io.genesysbroker.testing.WireMockGenesys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * One test per upstream fault: the caller's answer, how many times the upstream was called, and that the answer came
 * within the caller's deadline.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockGenesys.class, restrictToAnnotatedClass = true)
class FaultInjectionTest {

    private static final String PROBLEM = "urn:genesys-token-broker:problem:";
    private static final String ORGANIZATION = "/faults/api/v2/organizations/me";
    private static final String USER_ID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
    private static final Duration DEADLINE = Duration.ofSeconds(3);

    @InjectWireMock
    WireMockServer genesys;

    private long started;

    @BeforeEach
    void issueTokens() {
        genesys.resetAll();
        genesys.stubFor(tokenEndpoint("faults").willReturn(token("token-faults", 3600)));
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void waitsOutARetryAfterThatFitsThenSucceeds() {
        answerInTurn(genesysError(429, "too.many.requests.retry.after", "Rate limit exceeded")
                .withHeader("Retry-After", "1"), json(200, GenesysStubs.ORGANIZATION));

        organization().statusCode(200);

        assertAttempts(2);
        assertWithinDeadline();
    }

    @Test
    void answers429AtOnceWhenRetryAfterExceedsTheDeadline() {
        answerAlways(genesysError(429, "too.many.requests.retry.after", "Rate limit exceeded")
                .withHeader("Retry-After", "7"));

        problem(429, "rate-limited").header("Retry-After", "7").body("genesysCode", equalTo("too.many.requests"
                + ".retry.after"));

        assertAttempts(1);
        assertWithinDeadline();
    }

    @Test
    void answers429AtOnceWhenRetryAfterExceedsTheMaximumWait() {
        answerAlways(genesysError(429, "too.many.requests.retry.after", "Rate limit exceeded")
                .withHeader("Retry-After", "3600"));

        given().get("/v1/connections/faults/organization")
                .then().statusCode(429).header("Retry-After", "3600");

        assertAttempts(1);
    }

    @Test
    void assumesThreeSecondsWhenA429NamesNoWait() {
        answerAlways(genesysError(429, "too.many.requests", "Rate limit exceeded"));

        problem(429, "rate-limited").header("Retry-After", "3");

        assertAttempts(1);
        assertWithinDeadline();
    }

    @Test
    void retriesABurstOf5xxThatEnds() {
        answerInTurn(genesysError(502, "bad.gateway", "Bad gateway"),
                genesysError(503, "service.unavailable", "Service unavailable"),
                genesysError(504, "request.timeout", "Gateway timeout"), json(200, GenesysStubs.ORGANIZATION));

        organization().statusCode(200);

        assertAttempts(4);
        assertWithinDeadline();
    }

    @Test
    void givesUpOnA5xxThatDoesNotEndThenOpensAndClosesTheBreaker() throws InterruptedException {
        answerAlways(genesysError(503, "service.unavailable", "Service unavailable"));

        problem(503, "genesys-unavailable").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertAttempts(4);

        genesys.resetRequests();
        problem(503, "genesys-unavailable").body("detail", containsString("paused"));
        assertAttempts(0);

        answerAlways(json(200, GenesysStubs.ORGANIZATION));
        Thread.sleep(1_100);
        organization().statusCode(200);
        assertAttempts(1);
    }

    @Test
    void neverRetriesA500() {
        answerAlways(genesysError(500, "internal.server.error", "Internal error"));

        problem(502, "genesys-error").body("correlationId", equalTo("ctx-500"));

        assertAttempts(1);
    }

    @Test
    void namesTheMissingPermissionWithoutRetrying() {
        answerAlways(genesysError(403, "missing.permissions",
                "You are missing the following permission(s): [directory:user:view]"));

        problem(502, "permission-missing")
                .body("detail", containsString("directory:user:view"))
                .body("genesysCode", equalTo("missing.permissions"))
                .body("connection", equalTo("faults"));

        assertAttempts(1);
    }

    @Test
    void passesOnANotFoundUserWithoutRetrying() {
        genesys.stubFor(get(urlPathEqualTo("/faults/api/v2/users/" + USER_ID))
                .willReturn(genesysError(404, "not.found", "The requested user was not found.")));

        given().get("/v1/connections/faults/users/" + USER_ID)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "not-found"));

        genesys.verify(1, getRequestedFor(urlPathEqualTo("/faults/api/v2/users/" + USER_ID)));
    }

    @Test
    void passesOnARefusedRequestWithoutRetrying() {
        answerAlways(genesysError(400, "bad.request", "The request could not be understood."));

        problem(400, "genesys-rejected-request");

        assertAttempts(1);
    }

    @Test
    void answers504WhenGenesysIsSlowerThanTheDeadline() {
        answerAlways(json(200, GenesysStubs.ORGANIZATION).withFixedDelay(5_000));

        problem(504, "genesys-timeout");

        assertAttempts(1);
        assertWithinDeadline();
    }

    @Test
    void retriesARefusedConnectionThenAnswers503() {
        started = System.nanoTime();

        given().header("X-Request-Timeout-Ms", DEADLINE.toMillis()).get("/v1/connections/refused/organization")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "genesys-unavailable"));

        assertWithinDeadline();
    }

    @Test
    void retriesAConnectionResetMidBody() {
        answerInTurn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), json(200, GenesysStubs.ORGANIZATION));

        organization().statusCode(200);

        assertAttempts(2);
    }

    @Test
    void recognisesMalformedJsonWithoutRetrying() {
        answerAlways(json(200, "{\"id\": \"6d3c8a52\", \"name\": "));

        problem(502, "genesys-bad-answer");

        assertAttempts(1);
    }

    @Test
    void saysWhenAnHtmlPageCameInsteadOfJson() {
        answerAlways(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Sign in to the proxy</body></html>"));

        problem(502, "genesys-bad-answer")
                .body("detail", containsString("HTML"))
                .body("hint", containsString("proxy"));

        assertAttempts(1);
    }

    @Test
    void recognisesAnEmptyAnswer() {
        answerAlways(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        problem(502, "genesys-bad-answer");

        assertAttempts(1);
    }

    private void answerAlways(ResponseDefinitionBuilder answer) {
        genesys.stubFor(organizationEndpoint("faults").willReturn(answer));
    }

    private void answerInTurn(ResponseDefinitionBuilder... answers) {
        String state = STARTED;
        for (int index = 0; index < answers.length; index++) {
            String next = index == answers.length - 1 ? state : "answer-" + (index + 1);
            genesys.stubFor(organizationEndpoint("faults").inScenario("in turn").whenScenarioStateIs(state)
                    .willReturn(answers[index]).willSetStateTo(next));
            state = next;
        }
    }

    private ValidatableResponse organization() {
        started = System.nanoTime();
        return given().header("X-Request-Timeout-Ms", DEADLINE.toMillis())
                .get("/v1/connections/faults/organization")
                .then();
    }

    private ValidatableResponse problem(int status, String type) {
        return organization().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + type));
    }

    private void assertAttempts(int count) {
        genesys.verify(count, getRequestedFor(urlPathEqualTo(ORGANIZATION)));
    }

    private void assertWithinDeadline() {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(DEADLINE.plusSeconds(1));
    }
}
