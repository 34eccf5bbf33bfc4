package io.genesysbroker.caller;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Turns an identity from a verified JWT into the caller whose {@code jwt-subject} is the token's {@code sub}. A token
 * that is valid but names no caller fails authentication: a signature alone gives no access.
 */
@Singleton
public class JwtSubjectAugmentor implements SecurityIdentityAugmentor {

    private final CallerRegistry callers;

    JwtSubjectAugmentor(CallerRegistry callers) {
        this.callers = callers;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return callers.withSubject(token.getSubject())
                .map(caller -> Uni.createFrom().item(CallerIdentity.of(caller)))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("No caller has the "
                        + "token's subject")));
    }
}
