package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static io.genesysbroker.sandbox.SandboxHttp.sandbox;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(SandboxBudgetTest.SmallBudget.class)
class SandboxBudgetTest {

    /** A budget of three requests a minute, beside unrelated genesys.* keys that another mapping owns. */
    public static class SmallBudget implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("genesys.sandbox.requests-per-minute", "3");
        }
    }

    @BeforeEach
    void resetSandbox() {
        SandboxHttp.reset();
    }

    @Test
    void refusesRequestsBeyondTheBudgetWithRetryAfter() {
        String token = SandboxHttp.token();
        for (int request = 0; request < 3; request++) {
            api(token).get("/api/v2/organizations/me").then().statusCode(200);
        }

        api(token).get("/api/v2/organizations/me").then()
                .statusCode(429)
                .header("Retry-After", Integer::valueOf, allOf(greaterThan(0), lessThanOrEqualTo(60)))
                .body("code", equalTo("too.many.requests.retry.after"));
        sandbox().get("/sandbox/counters").then()
                .body("rateLimited", equalTo(1))
                .body("apiRequests", equalTo(4));
    }

    @Test
    void givesEveryTokenItsOwnBudget() {
        String spent = SandboxHttp.token();
        for (int request = 0; request < 4; request++) {
            api(spent).get("/api/v2/users").then();
        }

        api().get("/api/v2/users").then().statusCode(200);
    }
}
