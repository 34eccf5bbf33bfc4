package io.genesysbroker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged application refuses a bad configuration before it serves anything, with one line for each problem of
 * the connections and of the callers together, and no stack trace.
 */
class BadConfigurationIT {

    @Test
    void namesEveryProblemOfConnectionsAndCallersAtOnce() throws Exception {
        Process broker = start("-Dgenesys.connections.default.region=mars-1",
                "-Dgenesys.connections.default.client-id=broker-client",
                "-Dgenesys.connections.default.client-secret=bad-config-secret-91f2",
                "-Dbroker.callers.billing.key-sha256=not-a-hash",
                "-Dbroker.callers.billing.connections=nowhere");
        String output = new String(broker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(broker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(broker.exitValue()).isNotZero();
        assertThat(output)
                .contains("Connection 'default' names unknown region 'mars-1'; valid region ids: ap-northeast-1")
                .contains("Caller 'billing': key-sha256 must be the 64 hex digits")
                .contains("Caller 'billing' lists the connection 'nowhere', which is not configured")
                .doesNotContain("bad-config-secret-91f2")
                .doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
    }

    private static Process start(String... settings) throws IOException {
        return PackagedArtifact.with(List.of(settings)).start();
    }
}
