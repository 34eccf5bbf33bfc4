package io.genesysbroker.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.genesysbroker.testing.GenesysStubs.genesysError;
import static io.genesysbroker.testing.GenesysStubs.json;
import static io.genesysbroker.testing.GenesysStubs.organizationEndpoint;
import static io.genesysbroker.testing.GenesysStubs.token;
import static io.genesysbroker.testing.GenesysStubs.tokenEndpoint;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.genesysbroker.testing.GenesysStubs;
import io.genesysbroker.testing.InjectWireMock;
import io.genesysbroker.testing.WireMockGenesys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = WireMockGenesys.class, restrictToAnnotatedClass = true)
class TokenExchangeTest {

    @InjectWireMock
    WireMockServer genesys;

    @Test
    void sendsBasicCredentialsAndOnlyTheGrantTypeThenTheBearerToken() {
        genesys.stubFor(tokenEndpoint("headers").willReturn(token("token-headers", 3600)));
        genesys.stubFor(organizationEndpoint("headers").willReturn(json(200, GenesysStubs.ORGANIZATION)));

        given().get("/v1/connections/headers/organization")
                .then().statusCode(200)
                .body("name", equalTo("Example Org"))
                .body("shortName", equalTo("example"));

        String basic = Base64.getEncoder().encodeToString(
                (WireMockGenesys.clientId("headers") + ":" + WireMockGenesys.secret("headers"))
                        .getBytes(StandardCharsets.UTF_8));
        genesys.verify(1, postRequestedFor(urlPathEqualTo("/headers/oauth/token"))
                .withHeader("Authorization", WireMock.equalTo("Basic " + basic))
                .withHeader("Content-Type", WireMock.containing("application/x-www-form-urlencoded"))
                .withRequestBody(WireMock.equalTo("grant_type=client_credentials")));
        genesys.verify(1, getRequestedFor(urlPathEqualTo("/headers/api/v2/organizations/me"))
                .withHeader("Authorization", WireMock.equalTo("Bearer token-headers")));
    }

    @Test
    void replacesARevokedTokenOnceAndReplaysTheCall() {
        genesys.stubFor(tokenEndpoint("replay").inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(token("revoked", 3600)).willSetStateTo("revoked"));
        genesys.stubFor(tokenEndpoint("replay").inScenario("tokens").whenScenarioStateIs("revoked")
                .willReturn(token("fresh", 3600)));
        genesys.stubFor(organizationEndpoint("replay").withHeader("Authorization", WireMock.equalTo("Bearer revoked"))
                .willReturn(genesysError(401, "bad.credentials", "Invalid login credentials.")));
        genesys.stubFor(organizationEndpoint("replay").withHeader("Authorization", WireMock.equalTo("Bearer fresh"))
                .willReturn(json(200, GenesysStubs.ORGANIZATION)));

        given().get("/v1/connections/replay/organization")
                .then().statusCode(200)
                .body("id", equalTo("6d3c8a52-0f7a-4e0b-9a43-2c1d5e6f7a80"));

        genesys.verify(2, postRequestedFor(urlPathEqualTo("/replay/oauth/token")));
        genesys.verify(2, getRequestedFor(urlPathEqualTo("/replay/api/v2/organizations/me")));
    }

    @Test
    void givesUpWhenAFreshTokenIsRefusedToo() {
        genesys.stubFor(tokenEndpoint("refusal").willReturn(token("always-refused", 3600)));
        genesys.stubFor(organizationEndpoint("refusal")
                .willReturn(genesysError(401, "ip.not.authorized", "Your IP address is not authorized.")));

        given().get("/v1/connections/refusal/organization")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:token-refused"))
                .body("genesysCode", equalTo("ip.not.authorized"))
                .body("correlationId", equalTo("ctx-401"));

        genesys.verify(2, postRequestedFor(urlPathEqualTo("/refusal/oauth/token")));
        genesys.verify(2, getRequestedFor(urlPathEqualTo("/refusal/api/v2/organizations/me")));
    }

    @Test
    void explainsThatAWrongRegionLooksLikeAWrongSecret() {
        genesys.stubFor(tokenEndpoint("badsecret").willReturn(json(400, """
                {"error": "invalid_client", "description": "authentication failed",
                 "error_description": "authentication failed"}""")));

        given().get("/v1/connections/badsecret/organization")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:credentials-refused"))
                .body("detail", containsString("invalid_client"))
                .body("hint", containsString("wrong region"))
                .body("hint", containsString(URI.create(genesys.baseUrl()).getHost()));

        genesys.verify(1, postRequestedFor(urlPathEqualTo("/badsecret/oauth/token")));
    }
}
