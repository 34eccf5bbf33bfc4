package io.genesysbroker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The user endpoints, end to end against the sandbox. */
@QuarkusTest
class UserResourceTest {

    private static final String USERS = "/v1/connections/default/users";

    @Test
    void listsTheFirstPageOfActiveUsersByDefault() {
        given().get(USERS)
                .then().statusCode(200)
                .body("entities", hasSize(25))
                .body("entities.state", everyItem(equalTo("active")))
                .body("entities[0].id", notNullValue())
                .body("entities[0].division.name", notNullValue())
                .body("pageNumber", equalTo(1))
                .body("pageSize", equalTo(25))
                .body("total", greaterThan(25))
                .body("links.self", equalTo(USERS + "?pageNumber=1"))
                .body("links.next", equalTo(USERS + "?pageNumber=2"))
                .body("links.prev", nullValue());
    }

    @Test
    void linksToTheNeighbouringPagesKeepingTheQuery() {
        given().queryParam("pageSize", 10).queryParam("pageNumber", 3).queryParam("state", "any").get(USERS)
                .then().statusCode(200)
                .body("entities", hasSize(10))
                .body("links.next", equalTo(USERS + "?pageSize=10&state=any&pageNumber=4"))
                .body("links.prev", equalTo(USERS + "?pageSize=10&state=any&pageNumber=2"));
    }

    @Test
    void hasNoNextLinkOnTheLastPage() {
        int pageCount = given().queryParam("pageSize", 100).get(USERS).then().extract().path("pageCount");

        given().queryParam("pageSize", 100).queryParam("pageNumber", pageCount).get(USERS)
                .then().statusCode(200)
                .body("links.next", nullValue())
                .body("links.prev", notNullValue());
    }

    @Test
    void sortsByNameInEitherOrder() {
        List<String> ascending = names("asc");
        List<String> descending = names("desc");

        assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void filtersByState() {
        given().queryParam("state", "inactive").queryParam("pageSize", 100).get(USERS)
                .then().statusCode(200)
                .body("entities", not(hasSize(0)))
                .body("entities.state", everyItem(equalTo("inactive")));
    }

    @Test
    void getsOneUserById() {
        String id = given().get(USERS).then().extract().path("entities[0].id");

        given().get(USERS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("email", containsString("@"));
    }

    @Test
    void answers404ForAUserGenesysDoesNotHave() {
        given().get(USERS + "/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:not-found"))
                .body("correlationId", notNullValue());
    }

    @Test
    void refusesAnIdThatIsNotAUuid() {
        given().get(USERS + "/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParameters.name", contains("id"));
    }

    @Test
    void namesEveryBadQueryParameter() {
        given().queryParam("pageSize", 0).queryParam("pageNumber", "abc").queryParam("sortOrder", "up")
                .queryParam("state", "asleep").get(USERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:invalid-request"))
                .body("invalidParameters.name", contains("pageNumber", "pageSize", "sortOrder", "state"))
                .body("detail", containsString("pageSize must be a whole number from 1 to 100"));
    }

    @Test
    void refusesAPageSizeAbove100() {
        given().queryParam("pageSize", 101).get(USERS)
                .then().statusCode(400)
                .body("invalidParameters.name", contains("pageSize"));
    }

    @Test
    void answers404ForAnUnknownConnection() {
        given().get("/v1/connections/nowhere/users")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:unknown-connection"))
                .body("detail", containsString("nowhere"));
    }

    @Test
    void expandsPresenceAndLastLoginOfEveryUserOnAPage() {
        given().queryParam("expand", "presence").queryParam("expand", "dateLastLogin").get(USERS)
                .then().statusCode(200)
                .body("entities.expanded.presence.presenceDefinition.systemPresence", everyItem(notNullValue()))
                .body("entities.expanded.dateLastLogin", everyItem(notNullValue()))
                .body("links.next", containsString("expand=presence&expand=dateLastLogin"));
    }

    @Test
    void expandsOnlyWhatWasAskedForEvenRightAfterAnExpandedRead() {
        given().queryParam("expand", "dateLastLogin").queryParam("pageSize", 5).get(USERS).then().statusCode(200);

        given().queryParam("pageSize", 5).get(USERS)
                .then().statusCode(200)
                .body("entities[0]", not(hasKey("expanded")));
    }

    @Test
    void expandsOneUser() {
        String id = given().get(USERS).then().extract().path("entities[0].id");

        given().queryParam("expand", "presence").get(USERS + "/" + id)
                .then().statusCode(200)
                .body("expanded.presence.presenceDefinition.systemPresence", notNullValue())
                .body("expanded", not(hasKey("dateLastLogin")));
    }

    @Test
    void refusesAnExpandGenesysDoesNotDocumentForUsersNamingIt() {
        given().queryParam("expand", "presence").queryParam("expand", "password").get(USERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParameters.name", contains("expand"));
        given().queryParam("expand", "everything").get(USERS + "/00000000-0000-4000-8000-000000000000")
                .then().statusCode(400)
                .body("invalidParameters.name", contains("expand"));
    }

    private static List<String> names(String sortOrder) {
        return given().queryParam("sortOrder", sortOrder).queryParam("pageSize", 50).get(USERS)
                .then().statusCode(200).extract().path("entities.name");
    }
}
