package io.genesysbroker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** User search, end to end against the sandbox's own search. */
@QuarkusTest
class UserSearchTest {

    private static final String SEARCH = "/v1/connections/default/users/search";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void findsUsersWhoseFieldsContainTheTextIgnoringCase() {
        search(Map.of("text", "ADA", "pageSize", 100))
                .statusCode(200)
                .body("entities", not(hasSize(0)))
                .body("entities.name", everyItem(containsString("Ada")))
                .body("entities.state", everyItem(equalTo("active")))
                .body("links", nullValue());
    }

    @Test
    void searchesOnlyTheChosenFields() {
        search(Map.of("text", "support", "fields", List.of("department"), "pageSize", 100))
                .statusCode(200)
                .body("entities", not(hasSize(0)))
                .body("entities.department", everyItem(equalTo("Support")));
    }

    @Test
    void filtersByStateAndDivision() {
        String divisionId = given().get("/v1/connections/default/users")
                .then().extract().path("entities[0].division.id");

        search(Map.of("filters", Map.of("state", "inactive", "divisionId", divisionId), "pageSize", 100))
                .statusCode(200)
                .body("entities", not(hasSize(0)))
                .body("entities.state", everyItem(equalTo("inactive")))
                .body("entities.division.id", everyItem(equalTo(divisionId)));
    }

    @Test
    void sortsByTheChosenFieldInEitherOrder() {
        List<String> ascending = search(Map.of("sortBy", "email", "pageSize", 50)).statusCode(200)
                .extract().path("entities.email");
        List<String> descending = search(Map.of("sortBy", "email", "sortOrder", "desc", "pageSize", 50))
                .statusCode(200).extract().path("entities.email");

        assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(descending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void pagesThroughEveryMatchOnce() {
        var first = search(Map.of("pageSize", 100)).statusCode(200).body("total", greaterThan(100)).extract();
        int pageCount = first.path("pageCount");
        List<String> ids = new ArrayList<>();

        for (int page = 1; page <= pageCount; page++) {
            ids.addAll(search(Map.of("pageSize", 100, "pageNumber", page)).statusCode(200)
                    .body("pageNumber", equalTo(page)).extract().path("entities.id"));
        }

        assertThat(ids).hasSize(first.<Integer> path("total")).doesNotHaveDuplicates();
    }

    @Test
    void expandsTheAskedParts() {
        search(Map.of("text", "ada", "expand", List.of("dateLastLogin")))
                .statusCode(200)
                .body("entities.expanded.dateLastLogin", everyItem(notNullValue()));
    }

    @Test
    void namesEveryBadField() {
        Map<String, Object> body = Map.of("text", "", "fields", List.of("name", "phone"), "pageSize", 101,
                "pageNumber", 0, "sortBy", "id", "sortOrder", "up", "expand", List.of("secrets"),
                "filters", Map.of("state", "asleep", "divisionId", "home", "department", ""));

        search(body).statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:genesys-token-broker:problem:invalid-request"))
                .body("invalidParameters.name", contains("expand", "fields", "filters.department",
                        "filters.divisionId", "filters.state", "pageNumber", "pageSize", "sortBy", "sortOrder",
                        "text"));
    }

    @Test
    void refusesABodyThatIsNotJson() {
        given().contentType(ContentType.JSON).body("{\"text\": ").post(SEARCH)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:genesys-token-broker:problem:invalid-request"))
                .body("invalidParameters.name", contains("body"));
    }

    @Test
    void refusesAMissingBody() {
        given().contentType(ContentType.JSON).post(SEARCH)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("invalidParameters.name", contains("body"));
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingIt() {
        search(Map.of("pageSize", "many"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("invalidParameters.name", contains("pageSize"));
    }

    @Test
    void refusesAnUnknownPropertyNamingIt() {
        search(Map.of("filters", Map.of("status", "active")))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("invalidParameters.name", contains("filters.status"));
    }

    private static ValidatableResponse search(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(SEARCH).then();
    }
}
