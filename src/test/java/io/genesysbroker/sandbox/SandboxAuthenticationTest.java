package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static io.genesysbroker.sandbox.SandboxHttp.control;
import static io.genesysbroker.sandbox.SandboxHttp.sandbox;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SandboxAuthenticationTest {

    @BeforeEach
    void resetSandbox() {
        SandboxHttp.reset();
    }

    @Test
    void requiresABearerToken() {
        sandbox().get("/api/v2/users").then()
                .statusCode(401)
                .body("code", equalTo("authentication.required"));
    }

    @Test
    void refusesAnUnknownTokenAsBadCredentials() {
        api("made-up").get("/api/v2/users").then()
                .statusCode(401)
                .body("code", equalTo("bad.credentials"))
                .body("message", equalTo("Invalid login credentials."));
    }

    @Test
    void refusesTokensAfterTheyAreRevoked() {
        String token = SandboxHttp.token();
        api(token).get("/api/v2/organizations/me").then().statusCode(200);

        sandbox().post("/sandbox/tokens/revoke").then().statusCode(200).body("revoked", equalTo(1));

        api(token).get("/api/v2/organizations/me").then()
                .statusCode(401)
                .body("code", equalTo("bad.credentials"));
    }

    @Test
    void refusesAnExpiredTokenAsCredentialsExpired() {
        control("{\"seconds\": 0}").put("/sandbox/token-lifetime").then().statusCode(200);

        api().get("/api/v2/organizations/me").then()
                .statusCode(401)
                .body("code", equalTo("credentials.expired"));
    }

    @Test
    void answersEveryErrorWithAGenesysErrorBodyTiedToTheCorrelationId() {
        Response response = sandbox().get("/api/v2/users");

        response.then()
                .body("status", equalTo(401))
                .body("messageWithParams", equalTo(response.path("message")))
                .body("messageParams", anEmptyMap())
                .body("details", empty())
                .body("errors", empty());
        assertThat(response.path("contextId"), is(response.header("ININ-Correlation-Id")));
    }
}
