package io.genesysbroker.caller;

import static io.genesysbroker.testing.TestCallers.anonymous;
import static io.genesysbroker.testing.TestCallers.withKey;
import static io.genesysbroker.testing.TestCallers.withToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.genesysbroker.testing.TestCallers;
import io.genesysbroker.testing.TestJwts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every /v1 endpoint answers only configured callers, and each caller only for its own connections. */
@QuarkusTest
class CallerAccessTest {

    private static final String PROBLEM = "urn:genesys-token-broker:problem:";

    /** Each /v1 endpoint, with a path for a given connection. */
    enum Endpoint {
        CONNECTIONS("/v1/connections"),
        ORGANIZATION("/v1/connections/%s/organization"),
        USERS("/v1/connections/%s/users"),
        USER("/v1/connections/%s/users/%s");

        private final String template;

        Endpoint(String template) {
            this.template = template;
        }

        String path(String connection) {
            return this == USER ? template.formatted(connection, firstUserId()) : template.formatted(connection);
        }

        String path() {
            return path("default");
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesARequestWithoutCredentials(Endpoint endpoint) {
        assertUnauthenticated(anonymous().get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAWrongKey(Endpoint endpoint) {
        assertUnauthenticated(withKey("not-a-caller-key").get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAnEmptyKey(Endpoint endpoint) {
        assertUnauthenticated(withKey("").get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAnExpiredJwt(Endpoint endpoint) {
        assertUnauthenticated(withToken(TestJwts.expired(TestCallers.SUBJECT)).get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAJwtForAnotherAudience(Endpoint endpoint) {
        String token = TestJwts.forAudience(TestCallers.SUBJECT, "another-service");

        assertUnauthenticated(withToken(token).get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAJwtFromAnotherIssuer(Endpoint endpoint) {
        String token = TestJwts.fromIssuer(TestCallers.SUBJECT, "https://issuer.example");

        assertUnauthenticated(withToken(token).get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAJwtSignedByAnotherKey(Endpoint endpoint) {
        String token = TestJwts.signedByAnotherKey(TestCallers.SUBJECT);

        assertUnauthenticated(withToken(token).get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesAValidJwtWhoseSubjectIsNoCaller(Endpoint endpoint) {
        String token = TestJwts.valid("system:serviceaccount:tests:stranger");

        assertUnauthenticated(withToken(token).get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void refusesABearerTokenThatIsNoJwt(Endpoint endpoint) {
        assertUnauthenticated(withToken("not-a-jwt").get(endpoint.path()).then());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void answersACallerWithAValidKey(Endpoint endpoint) {
        withKey(TestCallers.KEY).get(endpoint.path()).then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void answersACallerWithAValidJwt(Endpoint endpoint) {
        withToken(TestJwts.valid(TestCallers.SUBJECT)).get(endpoint.path()).then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "CONNECTIONS", mode = EnumSource.Mode.EXCLUDE)
    void refusesAConnectionTheCallerMayNotUse(Endpoint endpoint) {
        assertForbidden(withKey(TestCallers.LIMITED_KEY).get(endpoint.path("burst")).then(), "burst");
        assertForbidden(withToken(TestJwts.valid(TestCallers.LIMITED_SUBJECT)).get(endpoint.path("burst")).then(),
                "burst");
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "CONNECTIONS", mode = EnumSource.Mode.EXCLUDE)
    void refusesAnUnknownConnectionAsIfItExisted(Endpoint endpoint) {
        assertForbidden(withKey(TestCallers.LIMITED_KEY).get(endpoint.path("nowhere")).then(), "nowhere");
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "CONNECTIONS", mode = EnumSource.Mode.EXCLUDE)
    void tellsACallerOfEveryConnectionThatAConnectionIsUnknown(Endpoint endpoint) {
        withKey(TestCallers.KEY).get(endpoint.path("nowhere"))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "unknown-connection"));
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = "CONNECTIONS", mode = EnumSource.Mode.EXCLUDE)
    void answersALimitedCallerForItsOwnConnection(Endpoint endpoint) {
        withKey(TestCallers.LIMITED_KEY).get(endpoint.path()).then().statusCode(200);
    }

    @Test
    void listsOnlyTheConnectionsTheCallerMayUse() {
        withKey(TestCallers.LIMITED_KEY).get("/v1/connections")
                .then().statusCode(200)
                .body("name", equalTo(List.of("default")));

        withToken(TestJwts.valid(TestCallers.SUBJECT)).get("/v1/connections")
                .then().statusCode(200)
                .body("name", hasItems("default", "burst"));
    }

    @Test
    void decidesARequestWithAKeyAndAJwtByItsKey() {
        withKey("not-a-caller-key").auth().oauth2(TestJwts.valid(TestCallers.SUBJECT)).get("/v1/connections")
                .then().statusCode(401);
        withKey(TestCallers.KEY).auth().oauth2(TestJwts.expired(TestCallers.SUBJECT)).get("/v1/connections")
                .then().statusCode(200);
    }

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @Test
    void leavesTheManagementEndpointsOpen() {
        System.out.println("MGMTDEBUG " + liveness + " " + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", String.class));
        anonymous().get(liveness).then().statusCode(200);
        withKey("not-a-caller-key").get(liveness).then().statusCode(200);
    }

    private static void assertUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", allOf(containsString("ApiKey"), containsString("Bearer")))
                .body("type", equalTo(PROBLEM + "unauthenticated"))
                .body("status", equalTo(401))
                .body("detail", not(containsString("Exception")))
                .body("hint", containsString("X-API-Key"));
    }

    private static void assertForbidden(ValidatableResponse response, String connection) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "forbidden-connection"))
                .body("status", equalTo(403))
                .body("detail", containsString("'" + connection + "'"));
    }

    private static String firstUserId() {
        return given().get("/v1/connections/default/users").then().statusCode(200).extract().path("entities[0].id");
    }
}
