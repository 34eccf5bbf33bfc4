package io.genesysbroker.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RenewalPolicyTest {

    private static final Instant OBTAINED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void renewsOnceTenPercentOfTheLifetimeRemains() {
        RenewalPolicy policy = policy(0.1, Duration.ofMinutes(5), Duration.ofSeconds(10));
        AccessToken token = token(Duration.ofMinutes(10));

        assertThat(policy.renewalDue(token, OBTAINED.plusSeconds(539))).isFalse();
        assertThat(policy.renewalDue(token, OBTAINED.plusSeconds(540))).isTrue();
    }

    @Test
    void capsTheRenewalLeadAtTheConfiguredMaximum() {
        RenewalPolicy policy = policy(0.1, Duration.ofMinutes(5), Duration.ofSeconds(10));
        AccessToken day = token(Duration.ofHours(24));

        assertThat(policy.renewalDue(day, OBTAINED.plus(Duration.ofHours(24).minusMinutes(5).minusSeconds(1))))
                .isFalse();
        assertThat(policy.renewalDue(day, OBTAINED.plus(Duration.ofHours(24).minusMinutes(5)))).isTrue();
    }

    @Test
    void neverRenewsEarlierThanHalfTheLifetime() {
        RenewalPolicy greedy = policy(0.9, Duration.ofHours(1), Duration.ofSeconds(10));
        AccessToken token = token(Duration.ofMinutes(5));

        assertThat(greedy.renewalDue(token, OBTAINED.plusSeconds(149))).isFalse();
        assertThat(greedy.renewalDue(token, OBTAINED.plusSeconds(150))).isTrue();
    }

    @Test
    void stopsSendingATokenWithinTheExpiryMargin() {
        RenewalPolicy policy = policy(0.1, Duration.ofMinutes(5), Duration.ofSeconds(10));
        AccessToken token = token(Duration.ofMinutes(5));

        assertThat(policy.usable(token, OBTAINED.plusSeconds(289))).isTrue();
        assertThat(policy.usable(token, OBTAINED.plusSeconds(290))).isFalse();
    }

    @Test
    void shrinksTheExpiryMarginSoThatRenewalStartsWhileTheTokenIsUsable() {
        RenewalPolicy policy = policy(0.1, Duration.ofMinutes(5), Duration.ofMinutes(2));
        AccessToken token = token(Duration.ofMinutes(5));

        assertThat(policy.renewalDue(token, OBTAINED.plusSeconds(270))).isTrue();
        assertThat(policy.usable(token, OBTAINED.plusSeconds(270))).isTrue();
        assertThat(policy.usable(token, OBTAINED.plusSeconds(285))).isFalse();
    }

    private static RenewalPolicy policy(double share, Duration maxLead, Duration expiryMargin) {
        return new RenewalPolicy(share, maxLead, expiryMargin, Duration.ofSeconds(10));
    }

    private static AccessToken token(Duration lifetime) {
        return new AccessToken("value", OBTAINED, OBTAINED.plus(lifetime));
    }
}
