package io.genesysbroker.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.genesysbroker.testing.GenesysStubs.genesysError;
import static io.genesysbroker.testing.GenesysStubs.json;
import static io.genesysbroker.testing.GenesysStubs.organizationEndpoint;
import static io.genesysbroker.testing.GenesysStubs.token;
import static io.genesysbroker.testing.GenesysStubs.tokenEndpoint;
import static io.genesysbroker.testing.TestCallers.withKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.genesysbroker.testing.GenesysStubs;
import io.genesysbroker.testing.InjectWireMock;
import io.genesysbroker.testing.TestCallers;
import io.genesysbroker.testing.WireMockGenesys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A secret file rotated while the broker runs is used by the next token request, with no failed caller request, and a
 * rotated caller key hash file by the next caller request.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockGenesys.class, restrictToAnnotatedClass = true)
class SecretRotationTest {

    private static final String CLIENT = WireMockGenesys.clientId("rotation");
    private static final String FIRST = WireMockGenesys.secret("rotation");

    @InjectWireMock
    WireMockServer genesys;

    @AfterEach
    void restoreTheSecrets() throws Exception {
        Files.writeString(WireMockGenesys.ROTATION_SECRET, FIRST);
        rotateCallerKeyTo(WireMockGenesys.ROTATING_CALLER_KEY);
    }

    @Test
    void acceptsARotatedCallerKeyAndRefusesTheOldOne() throws Exception {
        withKey(WireMockGenesys.ROTATING_CALLER_KEY).get("/v1/connections").then().statusCode(200);

        rotateCallerKeyTo("rotating-caller-key-2e7b");

        withKey("rotating-caller-key-2e7b").get("/v1/connections").then().statusCode(200)
                .body("name", contains("rotation"));
        withKey(WireMockGenesys.ROTATING_CALLER_KEY).get("/v1/connections").then().statusCode(401);
    }

    @Test
    void usesTheRotatedSecretForTheNextTokenRequest() throws Exception {
        genesys.stubFor(tokenEndpoint("rotation").withHeader("Authorization", equalTo(basic(FIRST)))
                .willReturn(token("before-rotation", 3600)));
        genesys.stubFor(organizationEndpoint("rotation").withHeader("Authorization", equalTo("Bearer before-rotation"))
                .willReturn(json(200, GenesysStubs.ORGANIZATION)));
        given().get("/v1/connections/rotation/organization").then().statusCode(200);

        rotateTo("rotated-secret");

        genesys.verify(1, postRequestedFor(urlPathEqualTo("/rotation/oauth/token"))
                .withHeader("Authorization", equalTo(basic("rotated-secret"))));
    }

    @Test
    void readsTheFileAgainWhenASecretChangedWhileItsRequestWasOnItsWay() throws Exception {
        genesys.stubFor(tokenEndpoint("rotation").withHeader("Authorization", equalTo(basic(FIRST)))
                .willReturn(json(400, "{\"error\": \"invalid_client\", \"error_description\": \"bad secret\"}")
                        .withFixedDelay(1_000)));
        genesys.stubFor(tokenEndpoint("rotation").withHeader("Authorization", equalTo(basic("late-secret")))
                .willReturn(token("after-rotation", 3600)));
        genesys.stubFor(organizationEndpoint("rotation").withHeader("Authorization", equalTo("Bearer after-rotation"))
                .willReturn(json(200, GenesysStubs.ORGANIZATION)));

        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                () -> given().get("/v1/connections/rotation/organization").statusCode());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !genesys.findAll(postRequestedFor(urlPathEqualTo("/rotation/oauth/token"))).isEmpty());
        Files.writeString(WireMockGenesys.ROTATION_SECRET, "late-secret\n");

        assertThat(status.get()).isEqualTo(200);
        genesys.verify(2, postRequestedFor(urlPathEqualTo("/rotation/oauth/token")));
    }

    private void rotateTo(String secret) throws Exception {
        Files.writeString(WireMockGenesys.ROTATION_SECRET, secret + "\n");
        genesys.stubFor(tokenEndpoint("rotation").withHeader("Authorization", equalTo(basic(secret)))
                .willReturn(token("after-rotation", 3600)));
        genesys.stubFor(organizationEndpoint("rotation").withHeader("Authorization", equalTo("Bearer before-rotation"))
                .willReturn(genesysError(401, "bad.credentials", "Invalid login credentials.")));
        genesys.stubFor(GenesysStubs.usersEndpoint("rotation")
                .withHeader("Authorization", equalTo("Bearer after-rotation"))
                .willReturn(json(200, "{\"entities\": [], \"pageSize\": 25, \"pageNumber\": 1, \"total\": 0, "
                        + "\"pageCount\": 0}")));
        genesys.stubFor(GenesysStubs.usersEndpoint("rotation")
                .withHeader("Authorization", equalTo("Bearer before-rotation"))
                .willReturn(genesysError(401, "bad.credentials", "Invalid login credentials.")));

        given().get("/v1/connections/rotation/users").then().statusCode(200);
    }

    /** Writes the hash of {@code key} with a later modification time, as a rotation by the kubelet does. */
    private static void rotateCallerKeyTo(String key) throws Exception {
        Path file = WireMockGenesys.ROTATING_CALLER_KEY_HASH;
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, TestCallers.sha256(key) + "\n");
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(1)));
    }

    private static String basic(String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
