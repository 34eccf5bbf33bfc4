package io.genesysbroker.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.genesysbroker.testing.GenesysStubs.genesysError;
import static io.genesysbroker.testing.GenesysStubs.json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Genesys stand-in on loopback for the packaged application, which runs with the sandbox off and its default
 * connection pointed here, as an operator would point it at Genesys.
 */
public class GenesysStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "standin-client";
    public static final String SECRET = "standin-secret";
    private static final String TOKEN = "standin-token-3f9a";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        stubGenesys();

        return Map.of("genesys.sandbox.enabled", "false",
                "quarkus.log.handler.file.\"scan\".enabled", "true",
                "quarkus.log.handler.file.\"scan\".path", "target/test-logs/packaged.log",
                "quarkus.log.handlers", "scan",
                "quarkus.log.category.\"io.genesysbroker\".level", "DEBUG",
                "genesys.connections.default.api-url", server.baseUrl(),
                "genesys.connections.default.client-id", CLIENT_ID,
                "genesys.connections.default.client-secret", SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void stubGenesys() {
        String basic = Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        server.stubFor(post(urlPathEqualTo("/oauth/token")).withHeader("Authorization", equalTo("Basic " + basic))
                .willReturn(GenesysStubs.token(TOKEN, 86_400)));
        server.stubFor(get(urlPathEqualTo("/api/v2/organizations/me")).withHeader("Authorization", bearer())
                .willReturn(json(200, GenesysStubs.ORGANIZATION)));
        server.stubFor(get(urlPathEqualTo("/api/v2/users")).withHeader("Authorization", bearer())
                .willReturn(json(200, """
                        {"entities": [{"id": "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "name": "Ada Example",
                          "email": "ada@example.com", "username": "ada@example.com", "state": "active",
                          "division": {"id": "d1", "name": "Home"}, "chat": {"jabberId": "x"}}],
                         "pageSize": 25, "pageNumber": 1, "total": 1, "pageCount": 1}""")));
        server.stubFor(get(urlPathMatching("/api/v2/users/.+")).withHeader("Authorization", bearer())
                .willReturn(genesysError(404, "not.found", "The requested user was not found.")));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern bearer() {
        return equalTo("Bearer " + TOKEN);
    }
}
