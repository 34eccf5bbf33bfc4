package io.genesysbroker.caller;

import jakarta.inject.Singleton;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * The caller of the current request, for the resources and for anything that records who called (logs, metrics).
 * Reading it never blocks: it authenticates the request if nothing has yet, and fails with
 * {@link UnauthorizedException} for an anonymous request.
 */
@Singleton
public class CurrentCaller {

    private final CurrentIdentityAssociation identities;

    CurrentCaller(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The caller, or a failure for an anonymous request. */
    public Uni<Caller> get() {
        return identities.getDeferredIdentity()
                .map(identity -> Caller.of(identity).orElseThrow(UnauthorizedException::new));
    }
}
