package io.genesysbroker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The NDJSON export of every user, end to end against the sandbox. */
@QuarkusTest
class UserExportTest {

    private static final String USERS = "/v1/connections/default/users";

    @BeforeEach
    @AfterEach
    void resetTheSandbox() {
        Sandbox.reset();
    }

    @Test
    void streamsEveryUserOnceByNameWithoutA429() {
        Response export = given().get(USERS + "/export?state=any");

        export.then().statusCode(200).contentType("application/x-ndjson");
        List<JsonPath> lines = export.asString().lines().map(JsonPath::from).toList();
        List<String> ids = lines.stream().map(line -> line.getString("id")).toList();
        List<String> names = lines.stream().map(line -> line.getString("name")).toList();

        assertThat(ids).isEqualTo(listedIds("any")).doesNotHaveDuplicates();
        assertThat(names).isSortedAccordingTo(Comparator.comparing(String::toLowerCase));
        assertThat(Sandbox.rateLimited()).isZero();
    }

    @Test
    void exportsActiveUsersByDefault() {
        List<String> states = given().get(USERS + "/export").then().statusCode(200).extract().asString().lines()
                .map(line -> JsonPath.from(line).getString("state")).distinct().toList();

        assertThat(states).containsExactly("active");
    }

    @Test
    void answersAProblemWhenTheFirstPageFails() {
        Sandbox.fault(Map.of("path", "/api/v2/users", "status", 500, "count", 1));

        given().get(USERS + "/export?state=inactive")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:genesys-token-broker:problem:genesys-error"));
    }

    @Test
    void refusesAnUnknownStateNamingIt() {
        given().get(USERS + "/export?state=asleep")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParameters.name", contains("state"));
    }

    private static List<String> listedIds(String state) {
        List<String> ids = new ArrayList<>();
        int pageCount = 1;
        for (int page = 1; page <= pageCount; page++) {
            var listing = given().queryParam("state", state).queryParam("pageSize", 100).queryParam("pageNumber", page)
                    .queryParam("sortOrder", "asc").get(USERS).then().statusCode(200).extract();
            pageCount = listing.path("pageCount");
            ids.addAll(listing.path("entities.id"));
        }
        return ids;
    }
}
