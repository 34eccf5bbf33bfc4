package io.genesysbroker.caller;

import java.util.Set;

import jakarta.inject.Singleton;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates a request by the API key in its {@code X-API-Key} header. A request without the header is left to the
 * JWT bearer mechanism beside this one.
 */
@Singleton
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    private static final HttpCredentialTransport TRANSPORT = new HttpCredentialTransport(
            HttpCredentialTransport.Type.OTHER_HEADER, CallerCredentials.API_KEY_HEADER);
    private static final ChallengeData CHALLENGE = new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE,
            CallerCredentials.CHALLENGE);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = context.request().getHeader(CallerCredentials.API_KEY_HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(key), context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(CHALLENGE);
    }

    /** Before the bearer mechanism, so that a request carrying both credentials is always decided by its key. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(TRANSPORT);
    }
}
