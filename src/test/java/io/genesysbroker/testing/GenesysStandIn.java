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
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Genesys stand-in on loopback for the packaged application, which runs with the sandbox off and its default
 * connection pointed here, as an operator would point it at Genesys. The application trusts the test callers' key
 * and JWTs unless the argument {@code callers} is {@code none}; it logs to {@code target/test-logs/<log>}.
 */
public class GenesysStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "standin-client";
    public static final String SECRET = "standin-secret";
    private static final String TOKEN = "standin-token-3f9a";

    private WireMockServer server;
    private boolean withCallers = true;
    private String log = "packaged.log";

    @Override
    public void init(Map<String, String> args) {
        withCallers = !"none".equals(args.get("callers"));
        log = args.getOrDefault("log", log);
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        stubGenesys();

        Map<String, String> config = new HashMap<>(Map.of("genesys.sandbox.enabled", "false",
                "quarkus.log.handler.file.\"scan\".enabled", "true",
                "quarkus.log.handler.file.\"scan\".path", "target/test-logs/" + log,
                "quarkus.log.handlers", "scan",
                "quarkus.log.category.\"io.genesysbroker\".level", "DEBUG",
                "genesys.connections.default.api-url", server.baseUrl(),
                "genesys.connections.default.client-id", CLIENT_ID,
                "genesys.connections.default.client-secret", SECRET));
        // the packaged broker would otherwise bind the fixed management port 9000, which another process may hold
        config.put("quarkus.management.port", "0");
        if (withCallers) {
            config.putAll(callerConfig());
        }
        return config;
    }

    /** The caller {@code tests} for every connection, as an operator would configure it for production. */
    private static Map<String, String> callerConfig() {
        String jwks = Path.of("src", "test", "resources", "jwt", "verify-keys.json").toAbsolutePath().toString();
        return Map.of("broker.callers.tests.key-sha256", TestCallers.sha256(TestCallers.KEY),
                "broker.callers.tests.jwt-subject", TestCallers.SUBJECT,
                "broker.callers.tests.connections", "*",
                "mp.jwt.verify.publickey.location", jwks,
                "mp.jwt.verify.issuer", TestJwts.ISSUER);
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
