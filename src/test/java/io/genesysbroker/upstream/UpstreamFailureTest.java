package io.genesysbroker.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.genesysbroker.testing.GenesysStubs.genesysError;
import static io.genesysbroker.testing.GenesysStubs.json;
import static io.genesysbroker.testing.GenesysStubs.organizationEndpoint;
import static io.genesysbroker.testing.GenesysStubs.token;
import static io.genesysbroker.testing.GenesysStubs.tokenEndpoint;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import io.genesysbroker.testing.InjectWireMock;
import io.genesysbroker.testing.WireMockGenesys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each class of upstream failure reaches the caller as its own problem type with a hint. */
@QuarkusTest
@QuarkusTestResource(value = WireMockGenesys.class, restrictToAnnotatedClass = true)
class UpstreamFailureTest {

    private static final String PROBLEM = "urn:genesys-token-broker:problem:";
    private static final String USER_ID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";

    @InjectWireMock
    WireMockServer genesys;

    @BeforeEach
    void issueTokens() {
        genesys.resetAll();
        genesys.stubFor(tokenEndpoint("faults").willReturn(token("token-faults", 3600)));
    }

    @Test
    void namesTheMissingPermission() {
        answerOrganization(genesysError(403, "missing.permissions",
                "Unable to perform the requested action. You are missing the following permission(s): "
                        + "[directory:user:view]"));

        organization().statusCode(502)
                .body("type", equalTo(PROBLEM + "permission-missing"))
                .body("detail", containsString("directory:user:view"))
                .body("genesysCode", equalTo("missing.permissions"))
                .body("correlationId", equalTo("ctx-403"))
                .body("connection", equalTo("faults"));
    }

    @Test
    void passesOnANotFoundUserAs404() {
        genesys.stubFor(get(urlPathEqualTo("/faults/api/v2/users/" + USER_ID))
                .willReturn(genesysError(404, "not.found", "The requested user was not found.")));

        given().get("/v1/connections/faults/users/" + USER_ID)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "not-found"))
                .body("genesysCode", equalTo("not.found"));
    }

    @Test
    void passesOnARefusedRequestAs400() {
        answerOrganization(genesysError(400, "bad.request", "The request could not be understood."));

        organization().statusCode(400).body("type", equalTo(PROBLEM + "genesys-rejected-request"));
    }

    @Test
    void tellsTheCallerWhenToRetryAfterARateLimit() {
        answerOrganization(genesysError(429, "too.many.requests.retry.after", "Rate limit exceeded")
                .withHeader("Retry-After", "7"));

        organization().statusCode(429)
                .header("Retry-After", "7")
                .body("type", equalTo(PROBLEM + "rate-limited"));
    }

    @Test
    void callsA503Unavailable() {
        answerOrganization(genesysError(503, "service.unavailable", "Service unavailable"));

        organization().statusCode(503).body("type", equalTo(PROBLEM + "genesys-unavailable"));
    }

    @Test
    void callsA500AGenesysError() {
        answerOrganization(genesysError(500, "internal.server.error", "Internal error"));

        organization().statusCode(502).body("type", equalTo(PROBLEM + "genesys-error"));
    }

    @Test
    void recognisesAnHtmlPageInsteadOfJson() {
        answerOrganization(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Sign in to the proxy</body></html>"));

        organization().statusCode(502)
                .body("type", equalTo(PROBLEM + "genesys-bad-answer"))
                .body("hint", containsString("proxy"));
    }

    @Test
    void recognisesMalformedJson() {
        answerOrganization(json(200, "{\"id\": \"6d3c8a52\", \"name\": "));

        organization().statusCode(502).body("type", equalTo(PROBLEM + "genesys-bad-answer"));
    }

    @Test
    void recognisesAnEmptyAnswer() {
        answerOrganization(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        organization().statusCode(502).body("type", equalTo(PROBLEM + "genesys-bad-answer"));
    }

    @Test
    void callsAResetConnectionUnavailable() {
        answerOrganization(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        organization().statusCode(503).body("type", equalTo(PROBLEM + "genesys-unavailable"));
    }

    @Test
    void callsASlowAnswerATimeout() {
        answerOrganization(json(200, "{}").withFixedDelay(3_000));

        organization().statusCode(504)
                .body("type", equalTo(PROBLEM + "genesys-timeout"))
                .body("detail", not(containsString("Exception")));
    }

    private void answerOrganization(ResponseDefinitionBuilder answer) {
        genesys.stubFor(organizationEndpoint("faults").willReturn(answer));
    }

    private static ValidatableResponse organization() {
        return given().get("/v1/connections/faults/organization")
                .then().contentType("application/problem+json");
    }
}
