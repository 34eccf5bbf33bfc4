package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static io.genesysbroker.sandbox.SandboxHttp.control;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SandboxSsoAndLimitsTest {

    @AfterEach
    void resetSandbox() {
        SandboxHttp.reset();
    }

    @Test
    void listsTwoSamlIdentityProvidersInTheNewerShape() {
        api().get("/api/v2/identityproviders").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("entities.name", containsInAnyOrder("Okta", "GenericSAML"))
                .body("entities.find { it.name == 'GenericSAML' }.disabled", equalTo(true))
                .body("entities.find { it.name == 'Okta' }.issuerURI", equalTo("https://sandbox.okta.example"))
                .body("entities[0]", not(hasItem("default")));
    }

    @Test
    void listsThePlatformApiLimitsWithoutPaging() {
        api().get("/api/v2/organizations/limits/namespaces/platform.api").then()
                .statusCode(200)
                .body("entities.find { it.key == 'client.credentials.token.rate.per.minute' }.value", equalTo(300))
                .body("entities.find { it.key == 'token.rate.per.minute' }.value", equalTo(300))
                .body("entities.find { it.key == 'request.bytes.max' }.value", equalTo(512000))
                .body("entities.namespace", not(hasItem(not(equalTo("platform.api")))));
    }

    @Test
    void answers403NamingAWithheldPermission() {
        control("{\"withheld\": [\"directory:user:view\", \"sso:provider:view\"]}").put("/sandbox/permissions")
                .then().statusCode(200).body("withheld", containsInAnyOrder("directory:user:view",
                        "sso:provider:view"));

        api().body("{\"pageSize\": 1}").contentType("application/json").post("/api/v2/users/search").then()
                .statusCode(403)
                .body("code", equalTo("missing.permissions"))
                .body("message", containsString("[directory:user:view]"));
        api().get("/api/v2/identityproviders").then()
                .statusCode(403)
                .body("messageParams.permissions", equalTo("[sso:provider:view]"));
        api().get("/api/v2/users").then().statusCode(200);
    }

    @Test
    void restoresWithheldPermissionsOnReset() {
        control("{\"withheld\": [\"sso:provider:view\"]}").put("/sandbox/permissions").then().statusCode(200);

        SandboxHttp.reset();

        api().get("/api/v2/identityproviders").then().statusCode(200);
    }

    @Test
    void refusesPermissionsThatAreNotAList() {
        control("{\"withheld\": \"sso:provider:view\"}").put("/sandbox/permissions").then()
                .statusCode(400)
                .body("messageParams.name", equalTo("withheld"));
    }
}
