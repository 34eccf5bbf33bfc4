package io.genesysbroker.budget;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the broker spends each connection's upstream request allowance. */
@ConfigMapping(prefix = "broker.budget")
public interface BudgetSettings {

    /** Whom Genesys counts requests for: {@code token} (each token has its own allowance) or {@code client}. */
    @WithDefault("token")
    Scope scope();

    /** The span the allowance is counted over: a minute plus a margin for clock and network skew; default 61s. */
    @WithDefault("61s")
    Duration window();

    /** How long a request beyond the allowance may wait for a free slot before it is refused; default 5s. */
    @WithDefault("5s")
    Duration queueTime();

    /** The largest share of the allowance one caller may hold while other callers wait; default 0.5. */
    @WithDefault("0.5")
    double callerShare();

    /** Whom the allowance belongs to. */
    enum Scope {
        /** Each token has its own allowance, renewed with the token. */
        TOKEN,
        /** The OAuth client has one allowance whatever token it uses. */
        CLIENT
    }
}
