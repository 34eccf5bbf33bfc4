package io.genesysbroker.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock server on a free loopback port standing in for Genesys. Each connection of {@link #CONNECTIONS} reaches it
 * under its own path prefix ({@code /<name>/oauth/token}, {@code /<name>/api/v2/...}) with client id
 * {@code client-<name>} and secret {@code secret-<name>}, so that tests do not share token caches.
 */
public class WireMockGenesys implements QuarkusTestResourceLifecycleManager {

    /** The connections this resource configures. */
    public static final List<String> CONNECTIONS = List.of("headers", "replay", "refusal", "badsecret", "faults");

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();

        Map<String, String> config = new HashMap<>();
        for (String name : CONNECTIONS) {
            String prefix = "genesys.connections." + name + ".";
            config.put(prefix + "api-url", server.baseUrl() + "/" + name);
            config.put(prefix + "client-id", clientId(name));
            config.put(prefix + "client-secret", secret(name));
        }
        config.put("genesys.http.read-timeout", "2s");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static String clientId(String connection) {
        return "client-" + connection;
    }

    public static String secret(String connection) {
        return "secret-" + connection;
    }
}
