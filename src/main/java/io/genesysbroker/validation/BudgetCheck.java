package io.genesysbroker.validation;

import java.util.Optional;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.upstream.GenesysLimits;

/**
 * The org's effective API limits beside the budget the connection is configured to spend. Only a warning at worst:
 * the broker runs on its configured budget whatever Genesys reports.
 */
final class BudgetCheck {

    static final String NAME = "budget";

    static final String RATE = "client.credentials.token.rate.per.minute";

    private BudgetCheck() {
    }

    static Check of(Connection connection, GenesysLimits limits) {
        int configured = connection.requestsPerMinute();
        Optional<Long> allowed = limits.value(RATE);
        String others = " (token.rate.per.minute " + shown(limits.value("token.rate.per.minute"))
                + ", request.bytes.max " + shown(limits.value("request.bytes.max")) + ")";
        if (allowed.isEmpty()) {
            return Check.warn(NAME, "configured " + configured + " requests per minute; Genesys reports no " + RATE
                    + others, "Genesys' default is 300 per token; keep requests-per-minute at or below it.");
        }

        String detail = "configured " + configured + " requests per minute; Genesys allows " + allowed.get()
                + others;
        if (configured > allowed.get()) {
            return Check.warn(NAME, detail + ": the broker would spend more than Genesys allows and meet 429s",
                    "Set requests-per-minute to " + allowed.get() + " or less.");
        }
        return Check.pass(NAME, detail);
    }

    static Check failed(Connection connection, Throwable failure) {
        Check failed = FailedCheck.of(NAME, CheckStatus.WARN, connection, failure);
        return Check.warn(NAME, "cannot read the org's limits: " + failed.detail(),
                "The broker keeps its configured " + connection.requestsPerMinute() + " requests per minute; "
                        + "older orgs need limits:organization:view to show the limits here.");
    }

    private static String shown(Optional<Long> value) {
        return value.map(String::valueOf).orElse("not reported");
    }
}
