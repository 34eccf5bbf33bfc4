package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SandboxOrganizationTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void resetSandbox() {
        SandboxHttp.reset();
    }

    @Test
    void describesTheFixedOrgWithoutARegion() {
        String orgId = orgId();

        api().get("/api/v2/organizations/me").then()
                .statusCode(200)
                .body("id", matchesPattern(UUID_PATTERN))
                .body("name", equalTo("Sandbox Org"))
                .body("thirdPartyOrgName", equalTo("sandbox-org"))
                .body("state", equalTo("active"))
                .body("productPlatform", equalTo("PureCloud"))
                .body("features", not(aMapWithSize(0)))
                .body("selfUri", equalTo("/api/v2/organizations/" + orgId))
                .body("$", not(hasKey("region")));
    }

    @Test
    void describesTheTokenAsTheOAuthClients() {
        String orgId = orgId();

        api().get("/api/v2/tokens/me").then()
                .statusCode(200)
                .body("organization.id", equalTo(orgId))
                .body("organization.name", equalTo("Sandbox Org"))
                .body("homeOrganization.id", equalTo(orgId))
                .body("OAuthClient.id", equalTo(SandboxHttp.CLIENT_ID))
                .body("OAuthClient.authorizedGrantType", equalTo("CLIENT-CREDENTIALS"))
                .body("authorizedScope", notNullValue());
    }

    @Test
    void answersHeadOnTheTokenWithoutBody() {
        api().head("/api/v2/tokens/me").then()
                .statusCode(200)
                .body(emptyString());
    }

    @Test
    void answersHeadWith401ForADeadToken() {
        api("no-such-token").head("/api/v2/tokens/me").then().statusCode(401);
    }

    private static String orgId() {
        return api().get("/api/v2/organizations/me").then().extract().path("id");
    }
}
