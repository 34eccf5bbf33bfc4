package io.genesysbroker.upstream;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The org's SSO identity providers, as Genesys lists them. */
@RegisterForReflection
public record GenesysIdentityProviders(List<GenesysIdentityProvider> entities, Long total) {
}
