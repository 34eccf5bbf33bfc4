package io.genesysbroker.caller;

import jakarta.inject.Singleton;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Finds the caller whose API key a request carried; an unknown key fails authentication. */
@Singleton
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final CallerRegistry callers;

    ApiKeyIdentityProvider(CallerRegistry callers) {
        this.callers = callers;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return callers.withKey(request.key())
                .map(caller -> Uni.createFrom().item(CallerIdentity.of(caller)))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("Unknown API key")));
    }
}
