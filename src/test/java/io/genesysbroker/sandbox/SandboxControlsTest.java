package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static io.genesysbroker.sandbox.SandboxHttp.control;
import static io.genesysbroker.sandbox.SandboxHttp.login;
import static io.genesysbroker.sandbox.SandboxHttp.sandbox;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SandboxControlsTest {

    private String token;

    @BeforeEach
    void resetSandbox() {
        token = SandboxHttp.resetAndLogin();
    }

    @Test
    void delaysEveryAnswerByTheLatencySet() {
        control("{\"millis\": 250}").put("/sandbox/latency").then().statusCode(200).body("millis", equalTo(250));

        api(token).get("/api/v2/organizations/me").then()
                .statusCode(200)
                .time(greaterThanOrEqualTo(250L), TimeUnit.MILLISECONDS);
        login(SandboxHttp.CLIENT_ID, SandboxHttp.CLIENT_SECRET).then()
                .time(greaterThanOrEqualTo(250L), TimeUnit.MILLISECONDS);
    }

    @Test
    void answersPlannedFaultsThenRecovers() {
        planFault("{\"path\": \"/api/v2/users\", \"status\": 503, \"count\": 2}");

        api(token).get("/api/v2/users").then().statusCode(503).body("code", equalTo("service.unavailable"));
        api(token).get("/api/v2/users/any-id").then().statusCode(503);
        api(token).get("/api/v2/users").then().statusCode(200);
    }

    @Test
    void answersAFaultWithTheRawBodyAndContentTypeGiven() {
        planFault("""
                {"path": "/api/v2/organizations", "status": 502, "body": "<html>Bad gateway</html>",
                 "contentType": "text/html"}""");

        api(token).get("/api/v2/organizations/me").then()
                .statusCode(502)
                .contentType(startsWith("text/html"))
                .body(equalTo("<html>Bad gateway</html>"));
    }

    @Test
    void answersAPlanned429WithItsRetryAfter() {
        planFault("{\"path\": \"/api/v2\", \"status\": 429, \"retryAfter\": 5}");

        api(token).get("/api/v2/tokens/me").then()
                .statusCode(429)
                .header("Retry-After", "5")
                .body("code", equalTo("too.many.requests.retry.after"))
                .body("messageParams.retryAfter", equalTo("5"));
    }

    @Test
    void namesTheMissingPermissionInAPlanned403() {
        planFault("{\"path\": \"/api/v2/users/search\", \"status\": 403}");

        api(token).body("{}").post("/api/v2/users/search").then()
                .statusCode(403)
                .body("code", equalTo("missing.permissions"))
                .body("message", containsString("directory:user:view"));
    }

    @Test
    void faultsTheTokenEndpointToo() {
        planFault("{\"path\": \"/oauth/token\", \"status\": 500}");

        login(SandboxHttp.CLIENT_ID, SandboxHttp.CLIENT_SECRET).then()
                .statusCode(500)
                .body("code", equalTo("internal.server.error"));
        sandbox().get("/sandbox/counters").then().body("tokenRequests", equalTo(2));
    }

    @Test
    void delaysAFaultByItsOwnDelay() {
        planFault("{\"path\": \"/api/v2/users\", \"status\": 504, \"delayMillis\": 200}");

        api(token).get("/api/v2/users").then()
                .statusCode(504)
                .body("code", equalTo("request.timeout"))
                .time(greaterThanOrEqualTo(200L), TimeUnit.MILLISECONDS);
    }

    @Test
    void forgetsPlannedFaultsWhenCleared() {
        planFault("{\"path\": \"/api/v2/users\", \"status\": 503, \"count\": 5}");

        sandbox().delete("/sandbox/faults").then().statusCode(200);

        api(token).get("/api/v2/users").then().statusCode(200);
    }

    @Test
    void refusesAFaultWithoutStatus() {
        control("{\"path\": \"/api/v2/users\"}").post("/sandbox/faults").then()
                .statusCode(400)
                .body("messageParams.name", equalTo("status"));
    }

    @Test
    void countsRequestsByTemplatedPathIncludingRefusedAndFaultedOnes() {
        planFault("{\"path\": \"/api/v2/organizations\", \"status\": 503}");
        api(token).get("/api/v2/organizations/me");
        api(token).get("/api/v2/users/nobody");
        api(token).get("/api/v2/users/somebody");
        api("made-up").get("/api/v2/users");

        sandbox().get("/sandbox/counters").then()
                .body("tokenRequests", equalTo(1))
                .body("apiRequests", equalTo(4))
                .body("paths.'/api/v2/users/{id}'", equalTo(2))
                .body("paths.'/api/v2/users'", equalTo(1))
                .body("paths.'/api/v2/organizations/me'", equalTo(1));
    }

    @Test
    void resetForgetsTokensFaultsCountersAndSettings() {
        planFault("{\"path\": \"/api/v2/users\", \"status\": 503}");
        control("{\"millis\": 5000}").put("/sandbox/latency");
        control("{\"clientSecret\": \"rotated\"}").put("/sandbox/credentials");

        sandbox().post("/sandbox/reset").then()
                .statusCode(200)
                .body("tokenRequests", equalTo(0))
                .body("paths", anEmptyMap());

        api(token).get("/api/v2/users").then().statusCode(401);
        api().get("/api/v2/users").then()
                .statusCode(200)
                .time(lessThan(5000L), TimeUnit.MILLISECONDS);
    }

    private static void planFault(String json) {
        control(json).post("/sandbox/faults").then().statusCode(200);
    }
}
