package io.genesysbroker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.SecretScanner;
import io.genesysbroker.testing.TestCallers;
import io.genesysbroker.testing.WireMockGenesys;

/**
 * Scans everything the application logged during the whole test run for credentials. It runs in the integration-test
 * phase, after the unit tests, and after the packaged application's tests, since Quarkus' class orderer puts plain
 * tests last.
 */
class LogsCarryNoSecretsIT {

    private static final List<Path> LOGS = List.of(Path.of("target", "test-logs", "tests.log"),
            Path.of("target", "test-logs", "packaged.log"), Path.of("target", "test-logs", "packaged-no-callers.log"),
            GracefulShutdownIT.LOG);

    @Test
    void noLogLineCarriesASecretOrAToken() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path log : LOGS) {
            if (Files.exists(log)) {
                lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
            }
        }

        assertThat(lines).as("the test run's log lines").anyMatch(line -> line.contains("token obtained"));
        assertThat(new SecretScanner(knownSecrets()).findLeaks(lines)).isEmpty();
    }

    private static List<String> knownSecrets() {
        List<String> secrets = new ArrayList<>(List.of("sandbox-secret", "standin-secret"));
        WireMockGenesys.CONNECTIONS.forEach(connection -> secrets.add(WireMockGenesys.secret(connection)));
        secrets.addAll(List.of("token-headers", "token-faults", "always-refused"));
        secrets.addAll(List.of(TestCallers.KEY, TestCallers.LIMITED_KEY, WireMockGenesys.ROTATING_CALLER_KEY));
        secrets.addAll(List.of(GracefulShutdownIT.SECRET, "shutdown-token-8c2a"));
        return secrets;
    }
}
