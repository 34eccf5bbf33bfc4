package io.genesysbroker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SecretScannerTest {

    private final SecretScanner scanner = new SecretScanner(List.of("sandbox-secret", "token-headers"));

    @Test
    void catchesALeakedSecret() {
        List<String> leaks = scanner.findLeaks(List.of("INFO started", "DEBUG secret is sandbox-secret"));

        assertThat(leaks).containsExactly("2: DEBUG secret is sandbox-secret");
    }

    @Test
    void catchesALeakedToken() {
        assertThat(scanner.findLeaks(List.of("WARN refused token-headers"))).hasSize(1);
    }

    @Test
    void catchesAuthorizationHeaderValues() {
        assertThat(scanner.findLeaks(List.of("Authorization: Bearer eyJhbGciOi.abc",
                "Authorization: Basic Y2xpZW50OnNlY3JldA==", "{\"access_token\": \"x\"}"))).hasSize(3);
    }

    @Test
    void catchesAJwtWithoutItsHeaderName() {
        assertThat(scanner.findLeaks(List.of("DEBUG credential eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")))
                .hasSize(1);
    }

    @Test
    void passesOrdinaryLines() {
        assertThat(scanner.findLeaks(List.of("INFO Connection 'default': token obtained, valid for PT24H",
                "WARN Connection 'badsecret': token request failed: localhost answered 400 invalid_client")))
                .isEmpty();
    }
}
