package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SandboxUserSearchTest {

    private String token;

    @BeforeEach
    void resetSandbox() {
        token = SandboxHttp.resetAndLogin();
    }

    @Test
    void findsAUserByExactEmail() {
        String email = api(token).get("/api/v2/users?pageSize=1").then().extract().path("entities[0].email");

        search(criterion("EXACT", "email", email)).statusCode(200)
                .body("total", equalTo(1))
                .body("results[0].email", equalTo(email))
                .body("types", contains("users"))
                .body("pageNumber", equalTo(1))
                .body("pageCount", equalTo(1));
    }

    @Test
    void findsUsersByNamePrefixAndWord() {
        search(criterion("STARTS_WITH", "name", "ada")).statusCode(200)
                .body("total", greaterThan(0))
                .body("results.name", everyItem(startsWith("Ada ")));
        search(criterion("TERM", "name", "garcia")).statusCode(200)
                .body("total", greaterThan(0))
                .body("results.name", everyItem(endsWith(" Garcia")));
    }

    @Test
    void findsUsersByDepartmentFragmentAndDivision() {
        String divisionId = api(token).get("/api/v2/users?pageSize=1").then().extract().path("entities[0].division.id");

        search(criterion("CONTAINS", "department", "port")).statusCode(200)
                .body("results.department", everyItem(equalTo("Support")));
        search(criterion("EXACT", "division.id", divisionId)).statusCode(200)
                .body("results.division.id", everyItem(equalTo(divisionId)));
    }

    @Test
    void combinesOrAndNotCriteria() {
        String query = """
                [{"type": "EXACT", "fields": ["department"], "values": ["Sales", "Billing"], "operator": "OR"},
                 {"type": "EXACT", "fields": ["state"], "value": "active", "operator": "NOT"}]""";

        JsonPath answer = search(query).statusCode(200).extract().jsonPath();

        assertThat(answer.getList("results.department"), everyItem(oneOf("Sales", "Billing")));
        assertThat(answer.getList("results.state"), not(hasItem("active")));
        assertThat(answer.getInt("total"), greaterThan(0));
    }

    @Test
    void sortsResultsByTheRequestedField() {
        String request = """
                {"query": [{"type": "MATCH_ALL"}], "sortBy": "email", "sortOrder": "DESC", "pageSize": 50}""";

        List<String> emails = searchBody(request).statusCode(200)
                .body("results", hasSize(50))
                .extract().jsonPath().getList("results.email");

        assertThat(emails, is(emails.stream().sorted(Comparator.reverseOrder()).toList()));
    }

    @Test
    void refusesPageSizeAbove100() {
        searchBody("{\"query\": [], \"pageSize\": 101}").statusCode(400)
                .body("code", equalTo("bad.request"));
    }

    @Test
    void refusesUnknownCriterionTypesAndFields() {
        search(criterion("SOUNDS_LIKE", "name", "ada")).statusCode(400).body("messageParams.name", equalTo("type"));
        search(criterion("EXACT", "shoeSize", "42")).statusCode(400).body("messageParams.name", equalTo("fields"));
    }

    @Test
    void refusesMalformedJson() {
        searchBody("{not json").statusCode(400).body("code", equalTo("bad.request"));
    }

    private static String criterion(String type, String field, String value) {
        return "[{\"type\": \"%s\", \"fields\": [\"%s\"], \"value\": \"%s\"}]".formatted(type, field, value);
    }

    private ValidatableResponse search(String query) {
        return searchBody("{\"query\": " + query + ", \"pageSize\": 100}");
    }

    private ValidatableResponse searchBody(String body) {
        return api(token).contentType(ContentType.JSON).body(body).post("/api/v2/users/search").then();
    }
}
