package io.genesysbroker.caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of an authenticated caller: its name as the principal, the caller as an attribute. */
final class CallerIdentity {

    private CallerIdentity() {
    }

    static SecurityIdentity of(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name()))
                .addAttribute(Caller.ATTRIBUTE, caller)
                .build();
    }
}
