package io.genesysbroker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The connection endpoints, end to end against the sandbox. */
@QuarkusTest
class ConnectionResourceTest {

    @Test
    void listsEachConnectionWithItsTokenState() {
        given().get("/v1/connections/default/organization").then().statusCode(200);

        given().get("/v1/connections")
                .then().statusCode(200)
                .body("name", hasItem("default"))
                .body("find { it.name == 'default' }.region", equalTo("us-east-1"))
                .body("find { it.name == 'default' }.apiUrl", startsWith("http://127.0.0.1:"))
                .body("find { it.name == 'default' }.tokenState", equalTo("valid"))
                .body("find { it.name == 'default' }.expiresInSeconds", greaterThan(0));
    }

    @Test
    void answersTheOrganizationWithTheConfiguredRegion() {
        given().get("/v1/connections/default/organization")
                .then().statusCode(200)
                .body("name", equalTo("Sandbox Org"))
                .body("shortName", equalTo("sandbox-org"))
                .body("state", equalTo("active"))
                .body("productPlatform", equalTo("PureCloud"))
                .body("region", equalTo("us-east-1"))
                .body("environment", equalTo("mypurecloud.com"));
    }
}
