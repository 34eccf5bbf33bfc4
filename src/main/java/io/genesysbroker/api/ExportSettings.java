package io.genesysbroker.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How a user export spends the connection's budget. */
@ConfigMapping(prefix = "broker.export")
public interface ExportSettings {

    /**
     * The largest share of the connection's requests per minute one export may spend, leaving the rest to other
     * callers; the export waits between pages accordingly; default 0.5.
     */
    @WithName("budget-share")
    @WithDefault("0.5")
    double budgetShare();
}
