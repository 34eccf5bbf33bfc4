package io.genesysbroker.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.Sandbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Readiness follows the sandbox refusing and then accepting the credentials; liveness never depends on it, and start-up
 * only on the configuration.
 */
@QuarkusTest
@TestProfile(ReadinessTest.OwnApplication.class)
class ReadinessTest {

    /** An application of its own, since this test changes the sandbox's credentials. */
    public static class OwnApplication implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("broker.cache.organization-ttl", "0s");
        }
    }

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "/health/started", management = true)
    URL started;

    @AfterEach
    void restoreTheSandbox() {
        Sandbox.reset();
    }

    @Test
    void hasStartedWithEveryConnectionItsRegionAndHost() {
        given().get(started).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("configuration"))
                .body("checks[0].data.default", equalTo("region us-east-1, API 127.0.0.1"));
    }

    @Test
    void goesDownWhileTheCredentialsAreRefusedAndUpOnceTheyAreAccepted() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));

        Sandbox.request().contentType("application/json").body(Map.of("clientSecret", "rotated-elsewhere"))
                .put("/sandbox/credentials").then().statusCode(200);
        Sandbox.revokeTokens();
        given().get("/v1/connections/default/organization").then().statusCode(502);

        given().get(readiness).then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].data.default", containsString("credentials refused"));
        given().get(liveness).then().statusCode(200);

        Sandbox.reset();

        given().get(readiness).then().statusCode(200).body("checks[0].data.default", equalTo("token obtained"));
    }
}
