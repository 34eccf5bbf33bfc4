package io.genesysbroker.upstream;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One SSO identity provider of the org, in the older {@code {id, name, disabled}} shape or the newer SAML one, which
 * adds {@code providerName} and {@code displayOnLogin}; Genesys marks none as the default.
 */
@RegisterForReflection
public record GenesysIdentityProvider(String id, String name, String providerName, Boolean disabled,
        Boolean displayOnLogin) {
}
