package io.genesysbroker.budget;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long answers of identical reads are reused; identical reads in flight are always shared. */
@ConfigMapping(prefix = "broker.cache")
public interface CacheSettings {

    /** How long an organization answer is reused; default 60s. */
    @WithDefault("60s")
    Duration organizationTtl();

    /** How long a user page or user is reused; 0 reuses nothing beyond reads in flight; default 5s. */
    @WithDefault("5s")
    Duration usersTtl();

    /** The most answers kept at once, over all connections; default 10000. */
    @WithDefault("10000")
    int maxEntries();
}
