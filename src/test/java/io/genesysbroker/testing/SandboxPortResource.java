package io.genesysbroker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Gives every {@code @QuarkusTest} of the project a free loopback port for the sandbox, so that test runs never
 * collide with a sandbox or another build already listening on the default port.
 */
@WithTestResource(value = SandboxPortResource.class, scope = TestResourceScope.GLOBAL)
public class SandboxPortResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("genesys.sandbox.port", Integer.toString(freePort()));
    }

    @Override
    public void stop() {
        // the sandbox closes with the application; the port needs no cleaning up
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the sandbox", e);
        }
    }
}
