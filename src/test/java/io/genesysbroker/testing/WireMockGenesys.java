package io.genesysbroker.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock server on a free loopback port standing in for Genesys. Each connection of {@link #CONNECTIONS} reaches it
 * under its own path prefix ({@code /<name>/oauth/token}, {@code /<name>/api/v2/...}) with client id
 * {@code client-<name>} and secret {@code secret-<name>}, so that tests do not share token caches. The connection
 * {@code refused} points at a closed port; {@code rotation} reads its secret from {@link #ROTATION_SECRET}, and the
 * caller {@code rotating} its key hash from {@link #ROTATING_CALLER_KEY_HASH}. Answers are never cached and the circuit
 * breaker judges a few calls, so that each test sees its own upstream calls.
 */
public class WireMockGenesys implements QuarkusTestResourceLifecycleManager {

    /** The connections this resource configures. */
    public static final List<String> CONNECTIONS = List.of("headers", "replay", "refusal", "badsecret", "faults");

    /** The secret file of the connection {@code rotation}, which starts out holding {@code secret-rotation}. */
    public static final Path ROTATION_SECRET = tempFile("rotation-", secret("rotation"));

    /** The first API key of the caller {@code rotating}, which may use the connection {@code rotation}. */
    public static final String ROTATING_CALLER_KEY = "rotating-caller-key-1c5a";

    /** The key hash file of the caller {@code rotating}, which starts out holding the hash of its first key. */
    public static final Path ROTATING_CALLER_KEY_HASH = tempFile("rotating-caller-", TestCallers.sha256(
            ROTATING_CALLER_KEY));

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
        config.put("genesys.connections.refused.api-url", "http://127.0.0.1:" + closedPort());
        config.put("genesys.connections.refused.client-id", clientId("refused"));
        config.put("genesys.connections.refused.client-secret", secret("refused"));
        config.put("genesys.connections.rotation.api-url", server.baseUrl() + "/rotation");
        config.put("genesys.connections.rotation.client-id", clientId("rotation"));
        config.put("genesys.connections.rotation.client-secret-file", ROTATION_SECRET.toString());
        config.put("broker.callers.rotating.key-sha256-file", ROTATING_CALLER_KEY_HASH.toString());
        config.put("broker.callers.rotating.connections", "rotation");
        config.put("genesys.http.read-timeout", "2s");
        config.put("broker.cache.organization-ttl", "0s");
        config.put("broker.cache.users-ttl", "0s");
        config.put("broker.upstream.breaker.request-volume", "4");
        config.put("broker.upstream.breaker.delay", "1s");
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

    private static Path tempFile(String prefix, String content) {
        try {
            Path file = Files.createTempFile(prefix, ".secret");
            file.toFile().deleteOnExit();
            return Files.writeString(file, content + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String clientId(String connection) {
        return "client-" + connection;
    }

    public static String secret(String connection) {
        return "secret-" + connection;
    }
}
