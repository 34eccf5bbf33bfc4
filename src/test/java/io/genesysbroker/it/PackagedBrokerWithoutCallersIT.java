package io.genesysbroker.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.GenesysStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application with no caller configured starts, warns once, and refuses every request. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = GenesysStandIn.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "callers", value = "none"), @ResourceArg(name = "log", value = "packaged-no-callers.log") })
class PackagedBrokerWithoutCallersIT {

    private static final Path LOG = Path.of("target", "test-logs", "packaged-no-callers.log");

    @Test
    void refusesEveryRequest() {
        for (String path : List.of("/v1/connections", "/v1/connections/default/organization")) {
            given().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:genesys-token-broker:problem:unauthenticated"));
        }
    }

    @Test
    void warnsOnceThatEveryRequestWillBeRefused() throws IOException {
        List<String> warnings = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("WARN"))
                .toList();

        assertThat(warnings).singleElement().asString().contains("every /v1 request will be refused");
    }
}
