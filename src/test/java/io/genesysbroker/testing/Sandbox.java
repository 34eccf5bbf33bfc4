package io.genesysbroker.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The sandbox's controls, reached over HTTP like any other client of it. */
public final class Sandbox {

    private Sandbox() {
    }

    /** A request to the sandbox itself rather than to the broker. */
    public static RequestSpecification request() {
        int port = ConfigProvider.getConfig().getValue("genesys.sandbox.port", Integer.class);
        return given().baseUri("http://127.0.0.1").port(port);
    }

    public static int tokenRequests() {
        return request().get("/sandbox/counters").then().statusCode(200).extract().path("tokenRequests");
    }

    public static int apiRequests() {
        return request().get("/sandbox/counters").then().statusCode(200).extract().path("apiRequests");
    }

    public static int rateLimited() {
        return request().get("/sandbox/counters").then().statusCode(200).extract().path("rateLimited");
    }

    public static void reset() {
        request().post("/sandbox/reset").then().statusCode(200);
    }

    public static void revokeTokens() {
        request().post("/sandbox/tokens/revoke").then().statusCode(200);
    }

    public static void fault(Map<String, Object> fault) {
        request().contentType(ContentType.JSON).body(fault).post("/sandbox/faults").then().statusCode(200);
    }
}
