package io.genesysbroker.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private final AccessToken token = new AccessToken("opaque-value", Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"));

    @Test
    void showsItsValueOnlyInTheAuthorizationHeader() {
        assertThat(token.authorization()).isEqualTo("Bearer opaque-value");
        assertThat(token.toString()).doesNotContain("opaque-value").contains("2026-01-02T00:00:00Z");
    }

    @Test
    void neverShowsTheLoginAnswersToken() {
        assertThat(new TokenAnswer("opaque-value", "bearer", 300L).toString()).doesNotContain("opaque-value");
    }
}
