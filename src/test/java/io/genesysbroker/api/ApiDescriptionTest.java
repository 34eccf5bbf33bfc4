package io.genesysbroker.api;

import static io.genesysbroker.testing.TestCallers.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The OpenAPI document declares both ways to authenticate and the problem answers that refuse a caller. */
@QuarkusTest
class ApiDescriptionTest {

    private static final String USERS = "paths.'/v1/connections/{connection}/users'.get";
    private static final String USER = "paths.'/v1/connections/{connection}/users/{id}'.get";
    private static final String SEARCH = "paths.'/v1/connections/{connection}/users/search'.post";
    private static final String EXPORT = "paths.'/v1/connections/{connection}/users/export'.get";
    private static final String ORGANIZATION = "paths.'/v1/connections/{connection}/organization'.get";

    @Test
    void declaresAnApiKeyHeaderAndJwtBearerTokens() {
        document()
                .body("components.securitySchemes.apiKey.type", equalTo("apiKey"))
                .body("components.securitySchemes.apiKey.in", equalTo("header"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.jwt.type", equalTo("http"))
                .body("components.securitySchemes.jwt.scheme", equalTo("bearer"))
                .body("components.securitySchemes.jwt.bearerFormat", equalTo("JWT"));
    }

    @Test
    void letsEveryEndpointBeCalledWithEither() {
        ValidatableResponse document = document();
        List<Map<String, List<String>>> either = List.of(Map.of("apiKey", List.of()), Map.of("jwt", List.of()));

        for (String operation : new String[] { "paths.'/v1/connections'.get", ORGANIZATION, USERS,
                "paths.'/v1/connections/{connection}/users/{id}'.get" }) {
            document.body(operation + ".security", equalTo(either))
                    .body(operation + ".responses.'200'.content", hasKey("application/json"))
                    .body(operation + ".responses.'401'.'$ref'", equalTo("#/components/responses/unauthenticated"));
        }
    }

    @Test
    void documentsTheRefusalOfAConnection() {
        document()
                .body(ORGANIZATION + ".responses.'403'.'$ref'", equalTo("#/components/responses/forbidden-connection"))
                .body(USERS + ".responses.'403'.'$ref'", equalTo("#/components/responses/forbidden-connection"));
    }

    @Test
    void describesBothRefusalsAsProblems() {
        document()
                .body("components.responses.unauthenticated.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.responses.'forbidden-connection'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties", hasKey("hint"));
    }

    @Test
    void declaresEveryProblemAnswerOfTheUserEndpoints() {
        ValidatableResponse document = document();
        Map<String, String> problems = Map.of("400", "invalid-request", "401", "unauthenticated",
                "403", "forbidden-connection", "404", "not-found", "429", "too-many-requests",
                "502", "upstream-failure", "503", "unavailable", "504", "timeout");

        for (String operation : List.of(USERS, USER, SEARCH, EXPORT, ORGANIZATION)) {
            problems.forEach((status, name) -> document.body(operation + ".responses.'" + status + "'.'$ref'",
                    equalTo("#/components/responses/" + name)));
        }
        for (String name : problems.values()) {
            document.body("components.responses.'" + name + "'.content.'application/problem+json'.schema.'$ref'",
                    equalTo("#/components/schemas/Problem"));
        }
    }

    @Test
    void tellsWhenToRetryAfterA429OrA503() {
        document()
                .body("components.responses.'too-many-requests'.headers.'Retry-After'.'$ref'",
                        equalTo("#/components/headers/retry-after"))
                .body("components.responses.unavailable.headers.'Retry-After'.'$ref'",
                        equalTo("#/components/headers/retry-after"))
                .body("components.headers.'retry-after'.schema.type", equalTo("integer"));
    }

    @Test
    void declaresTheConstraintsOfParametersAndTheSearchBody() {
        document()
                .body(USERS + ".parameters.find { it.name == 'pageSize' }.schema.pattern", equalTo("[1-9][0-9]?|100"))
                .body(USERS + ".parameters.find { it.name == 'expand' }.schema.items.pattern",
                        containsString("dateLastLogin"))
                .body(EXPORT + ".responses.'200'.content", hasKey("application/x-ndjson"))
                .body("components.schemas.UserSearch.properties.text.maxLength", equalTo(200))
                .body("components.schemas.UserSearch.properties.pageSize.maximum", equalTo(100))
                .body("components.schemas.UserSearch.properties.sortOrder.enum", equalTo(List.of("asc", "desc")))
                .body("components.schemas.UserSearchFilters.properties.state.enum",
                        equalTo(List.of("active", "inactive", "deleted")));
    }

    private static ValidatableResponse document() {
        return anonymous().accept("application/json").get("/q/openapi?format=json").then().statusCode(200);
    }
}
