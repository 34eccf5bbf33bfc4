package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.CLIENT_ID;
import static io.genesysbroker.sandbox.SandboxHttp.CLIENT_SECRET;
import static io.genesysbroker.sandbox.SandboxHttp.control;
import static io.genesysbroker.sandbox.SandboxHttp.login;
import static io.genesysbroker.sandbox.SandboxHttp.sandbox;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SandboxLoginTest {

    @BeforeEach
    void resetSandbox() {
        SandboxHttp.reset();
    }

    @Test
    void issuesOpaqueBearerTokenForTheConfiguredClient() {
        login(CLIENT_ID, CLIENT_SECRET).then()
                .statusCode(200)
                .header("ININ-Correlation-Id", notNullValue())
                .body("access_token", matchesPattern("[A-Za-z0-9_-]{64}"))
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(86_400));
    }

    @Test
    void refusesWrongSecretWithInvalidClient() {
        refusedAsInvalidClient(login(CLIENT_ID, "not-the-secret"), "authentication failed");
    }

    @Test
    void refusesUnknownClientAsClientNotFound() {
        refusedAsInvalidClient(login("someone-else", CLIENT_SECRET), "client not found");
    }

    @Test
    void requiresTheBasicHeader() {
        refusedAsInvalidClient(sandbox().formParam("grant_type", "client_credentials").post("/oauth/token"),
                "client not found");
    }

    @Test
    void treatsGarbledBasicHeaderAsUnknownClient() {
        Response garbled = sandbox().header("Authorization", "Basic %%%not-base64")
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token");

        refusedAsInvalidClient(garbled, "client not found");
    }

    @Test
    void refusesGrantTypesOtherThanClientCredentials() {
        sandbox().auth().preemptive().basic(CLIENT_ID, CLIENT_SECRET)
                .formParam("grant_type", "password")
                .post("/oauth/token").then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"))
                .body("error_description", notNullValue());
    }

    @Test
    void refusesRequestWithoutGrantType() {
        sandbox().auth().preemptive().basic(CLIENT_ID, CLIENT_SECRET)
                .formParam("scope", "none")
                .post("/oauth/token").then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void acceptsOnlyTheSecretSetThroughTheControls() {
        control("{\"clientSecret\": \"rotated\"}").put("/sandbox/credentials").then().statusCode(200);

        refusedAsInvalidClient(login(CLIENT_ID, CLIENT_SECRET), "authentication failed");
        login(CLIENT_ID, "rotated").then().statusCode(200);
    }

    @Test
    void issuesTokensWithTheLifetimeSetThroughTheControls() {
        control("{\"seconds\": 300}").put("/sandbox/token-lifetime").then().statusCode(200);

        login(CLIENT_ID, CLIENT_SECRET).then().statusCode(200).body("expires_in", equalTo(300));
    }

    @Test
    void countsEveryTokenRequestRefusedOrNot() {
        login(CLIENT_ID, CLIENT_SECRET);
        login(CLIENT_ID, "wrong");

        sandbox().get("/sandbox/counters").then()
                .body("tokenRequests", equalTo(2))
                .body("apiRequests", equalTo(0))
                .body("paths.'/oauth/token'", equalTo(2));
    }

    private static void refusedAsInvalidClient(Response response, String description) {
        response.then()
                .statusCode(400)
                .body("error", equalTo("invalid_client"))
                .body("description", equalTo(description))
                .body("error_description", equalTo(description));
    }
}
