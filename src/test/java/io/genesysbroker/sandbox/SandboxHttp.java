package io.genesysbroker.sandbox;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Reaches the sandbox the only way anything may: over HTTP on its own port. */
final class SandboxHttp {

    static final String CLIENT_ID = "sandbox-client";

    static final String CLIENT_SECRET = "sandbox-secret";

    private SandboxHttp() {
    }

    static RequestSpecification sandbox() {
        return given().baseUri("http://127.0.0.1").port(port());
    }

    static RequestSpecification control(String json) {
        return sandbox().contentType(ContentType.JSON).body(json);
    }

    static RequestSpecification api(String accessToken) {
        return sandbox().header("Authorization", "Bearer " + accessToken);
    }

    static RequestSpecification api() {
        return api(token());
    }

    static Response login(String clientId, String clientSecret) {
        return sandbox().auth().preemptive().basic(clientId, clientSecret)
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token");
    }

    static String token() {
        return login(CLIENT_ID, CLIENT_SECRET).then().statusCode(200).extract().path("access_token");
    }

    static void reset() {
        sandbox().post("/sandbox/reset").then().statusCode(200);
    }

    /** A fresh start for each test: the sandbox as configured, and one token of the configured client. */
    static String resetAndLogin() {
        reset();
        return token();
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("genesys.sandbox.port", Integer.class);
    }
}
