package io.genesysbroker.caller;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Prints, in dev mode only, the published API key of the caller {@code dev}, whose hash dev mode configures. The key
 * opens nothing anywhere else: no other profile configures its hash.
 */
@Singleton
@IfBuildProfile("dev")
class DevCallerNotice {

    static final String DEV_KEY = "genesys-broker-dev-key";

    private final CallerRegistry callers;

    DevCallerNotice(CallerRegistry callers) {
        this.callers = callers;
    }

    void announce(@Observes StartupEvent event) {
        callers.withKey(DEV_KEY).ifPresent(caller -> Log.infof(
                "Dev mode: caller '%s' authenticates with the header '%s: %s'", caller.name(),
                CallerCredentials.API_KEY_HEADER, DEV_KEY));
    }
}
