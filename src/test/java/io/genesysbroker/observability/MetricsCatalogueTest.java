package io.genesysbroker.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.Sandbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every family of the metric catalogue ({@code deploy/monitoring/families.yaml}) is scraped from the management port.
 * The scrape is kept as {@code target/metrics.prom} for {@code deploy/monitoring/check}, which runs promtool on it.
 */
@QuarkusTest
class MetricsCatalogueTest {

    private static final Path CATALOGUE = Path.of("deploy", "monitoring", "families.yaml");
    private static final Path SCRAPE = Path.of("target", "metrics.prom");
    private static final Pattern FAMILY = Pattern.compile("^(broker_\\w+):", Pattern.MULTILINE);

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void exposesEveryCataloguedFamilyInTheClassicTextFormat() throws IOException {
        Sandbox.fault(Map.of("path", "/api/v2/users", "status", 503, "count", 1));
        given().queryParam("pageSize", 7).get("/v1/connections/default/users").then().statusCode(200);
        given().get("/v1/connections/default/organization").then().statusCode(200);
        given().get("/v1/connections").then().statusCode(200);

        String scrape = given().accept("text/plain; version=0.0.4").get(metrics)
                .then().statusCode(200).extract().asString();
        Files.writeString(SCRAPE, scrape, StandardCharsets.UTF_8);

        assertThat(catalogue()).isNotEmpty().allSatisfy(
                family -> assertThat(scrape).contains("# TYPE " + family + " "));
        assertThat(scrape).contains("broker_upstream_retries_total{connection=\"default\",operation=\"users.list\","
                + "reason=\"transient\"");
        assertThat(scrape).contains("broker_caller_requests_total{caller=\"tests\",connection=\"default\","
                + "operation=\"users.list\",outcome=\"2xx\"");
        assertThat(scrape).contains("broker_caller_requests_total{caller=\"tests\",connection=\"-\","
                + "operation=\"connections.list\",outcome=\"2xx\"");
    }

    private static List<String> catalogue() throws IOException {
        Matcher families = FAMILY.matcher(Files.readString(CATALOGUE, StandardCharsets.UTF_8));
        return families.results().map(result -> result.group(1)).toList();
    }
}
