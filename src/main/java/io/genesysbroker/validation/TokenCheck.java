package io.genesysbroker.validation;

import java.time.Duration;

import io.genesysbroker.token.TokenStatus;
import io.genesysbroker.upstream.TokenProbe;

/** Whether the login service gives the connection a token now, and for how long. */
final class TokenCheck {

    static final String NAME = "token";

    private TokenCheck() {
    }

    static Check of(TokenProbe probe, TokenStatus cached) {
        String held = cached.expiresIn().map(left -> "; the cache holds one for another " + readable(left))
                .orElse("; the cache holds none yet");
        return Check.pass(NAME, probe.loginHost() + " issued a token valid for " + readable(probe.lifetime())
                + held);
    }

    /** Whole hours, minutes and seconds, leaving out the parts that are zero: "24h", "23h 59m 59s". */
    static String readable(Duration duration) {
        String text = (duration.toHours() > 0 ? duration.toHours() + "h " : "")
                + (duration.toMinutesPart() > 0 ? duration.toMinutesPart() + "m " : "")
                + (duration.toSecondsPart() > 0 ? duration.toSecondsPart() + "s" : "");
        return text.isBlank() ? "0s" : text.strip();
    }
}
