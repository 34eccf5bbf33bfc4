package io.genesysbroker.token;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When tokens are renewed and when they are no longer sent. */
@ConfigMapping(prefix = "genesys.token")
public interface TokenSettings {

    /** Renew once less than this share of a token's lifetime remains; default 0.1, never above 0.5. */
    @WithDefault("0.1")
    double renewShare();

    /** The longest time before expiry that a renewal starts; default 5m. */
    @WithDefault("5m")
    Duration renewMaxLead();

    /** A token this close to its expiry is not sent any more; default 10s, never more than half the renewal lead. */
    @WithDefault("10s")
    Duration expiryMargin();

    /** How long to wait before trying again after a renewal ahead of expiry failed; default 10s. */
    @WithDefault("10s")
    Duration renewRetryDelay();
}
