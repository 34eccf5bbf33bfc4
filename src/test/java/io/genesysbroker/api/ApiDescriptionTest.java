package io.genesysbroker.api;

import static io.genesysbroker.testing.TestCallers.anonymous;
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

    private static ValidatableResponse document() {
        return anonymous().accept("application/json").get("/q/openapi?format=json").then().statusCode(200);
    }
}
