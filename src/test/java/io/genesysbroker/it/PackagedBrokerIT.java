package io.genesysbroker.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.GenesysStandIn;
import io.genesysbroker.testing.TestCallers;
import io.genesysbroker.testing.TestJwts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application, with the sandbox off, serves its endpoints from a Genesys stand-in to its callers. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = GenesysStandIn.class, restrictToAnnotatedClass = true)
class PackagedBrokerIT {

    @Test
    void servesTheOrganization() {
        given().get("/v1/connections/default/organization")
                .then().statusCode(200)
                .body("name", equalTo("Example Org"))
                .body("region", equalTo("us-east-1"));
    }

    @Test
    void servesUsers() {
        given().get("/v1/connections/default/users")
                .then().statusCode(200)
                .body("entities", hasSize(1))
                .body("entities[0].name", equalTo("Ada Example"))
                .body("links.self", equalTo("/v1/connections/default/users?pageNumber=1"));
    }

    @Test
    void answersProblemJsonForAMissingUser() {
        given().get("/v1/connections/default/users/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("genesysCode", equalTo("not.found"));
    }

    @Test
    void refusesARequestWithoutCredentialsWithProblemJson() {
        TestCallers.anonymous().get("/v1/connections/default/organization")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:genesys-token-broker:problem:unauthenticated"));
    }

    @Test
    void answersACallerWithAJwt() {
        TestCallers.withToken(TestJwts.valid(TestCallers.SUBJECT)).get("/v1/connections/default/organization")
                .then().statusCode(200)
                .body("name", equalTo("Example Org"));
    }

    @Test
    void listsTheConnection() {
        given().get("/v1/connections")
                .then().statusCode(200)
                .body("name", hasSize(1))
                .body("[0].name", equalTo("default"));
    }
}
