package io.genesysbroker.validation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.Sandbox;
import io.genesysbroker.testing.TestCallers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** The validation report against the sandbox, as it is and with each thing a setup can get wrong switched on. */
@QuarkusTest
@TestProfile(ValidationReportTest.OwnApplication.class)
class ValidationReportTest {

    /**
     * An application of its own, since these tests change the sandbox's credentials, permissions and health; it adds
     * a connection whose secret is wrong, caches nothing and retries quickly.
     */
    public static class OwnApplication implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("broker.cache.organization-ttl", "0s",
                    "broker.cache.users-ttl", "0s",
                    "broker.upstream.backoff", "20ms",
                    "genesys.connections.mistyped.api-url", "http://127.0.0.1:${genesys.sandbox.port}",
                    "genesys.connections.mistyped.client-id", "${genesys.sandbox.client-id}",
                    "genesys.connections.mistyped.client-secret", "not-the-sandbox-secret");
        }
    }

    private static final List<String> NEED_TOKEN = List.of("organization", "users", "search", "sso", "budget");

    @AfterEach
    void restoreTheSandbox() {
        Sandbox.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void passesOnTheSandboxWarningOnlyOfLoopbackHttp() {
        report("default").statusCode(200)
                .contentType(ContentType.JSON)
                .body("connection", equalTo("default"))
                .body("status", equalTo("warn"))
                .body("checks.name", equalTo(List.of("configuration", "token", "organization", "users", "search",
                        "sso", "budget")))
                .body("checks.findAll { it.status != 'pass' }.name", equalTo(List.of("configuration")))
                .body(check("configuration", "detail"), containsString("plain http on a loopback address"))
                .body(check("token", "detail"), containsString("valid for 24h"))
                .body(check("organization", "detail"), allOf(containsString("Sandbox Org"),
                        containsString("short name sandbox-org")))
                .body(check("search", "detail"), containsString("directory:user:view"))
                .body(check("sso", "detail"), allOf(containsString("Okta (Okta Workforce) enabled"),
                        containsString("GenericSAML (Corporate SAML) disabled"),
                        containsString("none as the default"), containsString("does not depend on SSO")))
                .body(check("budget", "detail"), containsString("configured 300 requests per minute; Genesys allows"
                        + " 300"))
                .body(check("token", "hint"), nullValue());
    }

    @Test
    void failsTheTokenCheckOnAWrongSecretAndSkipsTheChecksThatNeedAToken() {
        Sandbox.request().contentType(ContentType.JSON).body(Map.of("clientSecret", "rotated-elsewhere"))
                .put("/sandbox/credentials").then().statusCode(200);

        ValidatableResponse report = report("default").statusCode(503)
                .body("status", equalTo("fail"))
                .body(check("token", "status"), equalTo("fail"))
                .body(check("token", "detail"),
                        startsWith("credentials refused: 127.0.0.1 answered 400 invalid_client"));
        for (String skipped : NEED_TOKEN) {
            report.body(check(skipped, "status"), equalTo("warn"))
                    .body(check(skipped, "detail"), equalTo("not run: no token"));
        }
    }

    @Test
    void saysAWrongRegionLooksLikeAWrongSecretAndNamesTheLoginHost() {
        report("mistyped").statusCode(503)
                .body(check("token", "hint"), allOf(
                        containsString("A wrong region looks exactly like a wrong secret"),
                        containsString("the login host used was 127.0.0.1"),
                        containsString("(configured: us-east-1)")));
    }

    @Test
    void warnsWhenTheClientMaySearchNoUsers() {
        withhold("directory:user:view");

        report("default").statusCode(200)
                .body("status", equalTo("warn"))
                .body(check("search", "status"), equalTo("warn"))
                .body(check("search", "detail"), allOf(containsString("the client lacks directory:user:view"),
                        containsString("missing.permissions")))
                .body(check("search", "hint"), containsString("role with directory:user:view"))
                .body(check("users", "status"), equalTo("pass"));
    }

    @Test
    void warnsWhenTheClientMayNotSeeTheIdentityProviders() {
        withhold("sso:provider:view");

        report("default").statusCode(200)
                .body(check("sso", "status"), equalTo("warn"))
                .body(check("sso", "detail"), allOf(containsString("the client lacks sso:provider:view"),
                        containsString("client-credentials access does not depend on SSO")));
    }

    @Test
    void reportsGenesysUnavailableWhenTheLoginServiceIsDown() {
        Sandbox.fault(Map.of("path", "/oauth/token", "status", 503, "count", 50));
        Sandbox.fault(Map.of("path", "/api/v2", "status", 503, "count", 50));

        ValidatableResponse report = report("default").statusCode(503)
                .body(check("token", "detail"), startsWith("Genesys unavailable: "))
                .body(check("token", "hint"), containsString("status page"))
                .body(check("organization", "detail"), equalTo("not run: no token"));
        report.body(not(containsString("Exception"))).body(not(containsString("\tat ")));
    }

    @Test
    void reportsGenesysUnavailableForEachReadWhenOnlyTheApiIsDown() {
        Sandbox.fault(Map.of("path", "/api/v2", "status", 503, "count", 100));

        report("default").statusCode(503)
                .body(check("token", "status"), equalTo("pass"))
                .body("checks.findAll { it.status == 'fail' }.name", equalTo(List.of("organization", "users",
                        "search")))
                .body("checks.findAll { it.status == 'fail' }.detail", everyItem(startsWith("Genesys unavailable")))
                .body(check("sso", "status"), equalTo("warn"))
                .body(check("budget", "detail"), startsWith("cannot read the org's limits: Genesys unavailable"));
    }

    @Test
    void writesLinesForATerminalWhenAskedForText() {
        String text = given().accept(ContentType.TEXT).get("/v1/connections/default/validation").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .extract().asString();

        assertThat(text.lines().toList())
                .startsWith("WARN  connection default")
                .anyMatch(line -> line.startsWith("WARN  configuration  region us-east-1"))
                .anyMatch(line -> line.startsWith("                     hint: Fine for the sandbox"))
                .anyMatch(line -> line.startsWith("PASS  token          127.0.0.1 issued a token"));
    }

    @Test
    void answersJsonToACallerThatStatesNoPreference() {
        given().get("/v1/connections/default/validation").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("connection", equalTo("default"));
    }

    @Test
    void refusesACallerThatMayNotUseTheConnection() {
        TestCallers.withKey(TestCallers.LIMITED_KEY).get("/v1/connections/mistyped/validation").then()
                .statusCode(403);
    }

    @Test
    void documentsTheReportForBoth200And503() {
        String operation = "paths.'/v1/connections/{connection}/validation'.get";

        given().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body(operation + ".responses.keySet()", hasItems("200", "401", "403", "503"))
                .body(operation + ".responses.'503'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ValidationReport"))
                .body("components.schemas.Check.properties.keySet()", hasItems("name", "status", "detail", "hint"));
    }

    private static ValidatableResponse report(String connection) {
        return given().accept(ContentType.JSON).get("/v1/connections/" + connection + "/validation").then();
    }

    private static String check(String name, String field) {
        return "checks.find { it.name == '" + name + "' }." + field;
    }

    private static void withhold(String permission) {
        Sandbox.request().contentType(ContentType.JSON).body(Map.of("withheld", List.of(permission)))
                .put("/sandbox/permissions").then().statusCode(200);
    }
}
