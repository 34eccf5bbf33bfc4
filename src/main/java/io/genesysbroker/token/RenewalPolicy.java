package io.genesysbroker.token;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides, in one place, whether a token may still be sent and whether it is time to renew it.
 *
 * <p>
 * The renewal lead never exceeds half the token's lifetime, so a short-lived token cannot start a renewal loop, and the
 * expiry margin never exceeds half the lead, so a renewal always starts while the old token may still be sent.
 */
public record RenewalPolicy(double renewShare, Duration maxLead, Duration expiryMargin, Duration retryDelay) {

    private static final double MAX_SHARE = 0.5;

    static RenewalPolicy of(TokenSettings settings) {
        return new RenewalPolicy(settings.renewShare(), settings.renewMaxLead(), settings.expiryMargin(),
                settings.renewRetryDelay());
    }

    /** Whether the token may still be sent at {@code now}. */
    public boolean usable(AccessToken token, Instant now) {
        Duration margin = min(expiryMargin, lead(token).dividedBy(2));
        return now.isBefore(token.expiresAt().minus(margin));
    }

    /** Whether a renewal of the token should start at {@code now}. */
    public boolean renewalDue(AccessToken token, Instant now) {
        return !now.isBefore(renewalAt(token));
    }

    /** When the renewal window of the token opens. */
    public Instant renewalAt(AccessToken token) {
        return token.expiresAt().minus(lead(token));
    }

    private Duration lead(AccessToken token) {
        double share = Math.max(0, Math.min(renewShare, MAX_SHARE));
        Duration byShare = Duration.ofMillis((long) (token.lifetime().toMillis() * share));
        return min(byShare, maxLead);
    }

    private static Duration min(Duration left, Duration right) {
        return left.compareTo(right) <= 0 ? left : right;
    }
}
