package io.genesysbroker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.genesysbroker.testing.GenesysStubs.genesysError;
import static io.genesysbroker.testing.GenesysStubs.token;
import static io.genesysbroker.testing.GenesysStubs.tokenEndpoint;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.genesysbroker.testing.InjectWireMock;
import io.genesysbroker.testing.WireMockGenesys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A search by an OAuth client without the permission Genesys requires for it; the sandbox grants every one. */
@QuarkusTest
@QuarkusTestResource(value = WireMockGenesys.class, restrictToAnnotatedClass = true)
class UserSearchPermissionTest {

    private static final String CONNECTION = "headers";

    @InjectWireMock
    WireMockServer genesys;

    @Test
    void namesThePermissionTheOAuthClientLacks() {
        genesys.resetAll();
        genesys.stubFor(tokenEndpoint(CONNECTION).willReturn(token("token-search", 3600)));
        genesys.stubFor(post(urlPathEqualTo("/" + CONNECTION + "/api/v2/users/search"))
                .willReturn(genesysError(403, "missing.permissions",
                        "You are missing the following permission(s): [directory:user:view]")));

        given().contentType(ContentType.JSON).body("{\"text\": \"ada\"}")
                .post("/v1/connections/" + CONNECTION + "/users/search")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:permission-missing"))
                .body("genesysCode", equalTo("missing.permissions"))
                .body("detail", containsString("directory:user:view"));
    }
}
