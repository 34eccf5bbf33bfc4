package io.genesysbroker.token;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.http.TransportFailure;
import io.genesysbroker.token.TokenRequestException.Reason;
import io.smallrye.mutiny.Uni;

/** Gets tokens for one connection with the client-credentials grant. */
final class GenesysLogin implements TokenSource {

    private static final String GRANT_TYPE = "client_credentials";

    private final Connection connection;
    private final LoginApi api;
    private final Clock clock;

    GenesysLogin(Connection connection, LoginApi api, Clock clock) {
        this.connection = connection;
        this.api = api;
        this.clock = clock;
    }

    /**
     * Requests a token. When the login service refuses the secret and the secret's file has changed since it was
     * read, the request is made once more with the new secret: a rotation may land while a request is on its way.
     */
    @Override
    public Uni<AccessToken> fetch() {
        return Uni.createFrom().deferred(() -> {
            String secret = connection.clientSecret().reveal();
            return request(secret).onFailure(GenesysLogin::refusesCredentials).recoverWithUni(refused -> {
                String reread = connection.clientSecret().reveal();
                return reread.equals(secret) ? Uni.createFrom().failure(refused) : request(reread);
            });
        }).onFailure(UncheckedIOException.class).transform(unreadable -> failure(Reason.CREDENTIALS_REFUSED,
                "cannot be called: " + unreadable.getMessage()));
    }

    private Uni<AccessToken> request(String secret) {
        return api.requestToken(basicAuthorization(secret), GRANT_TYPE)
                .onFailure(failure -> !(failure instanceof TokenRequestException))
                .transform(this::unreadable)
                .map(this::toToken);
    }

    private static boolean refusesCredentials(Throwable failure) {
        return failure instanceof TokenRequestException refused && refused.reason() == Reason.CREDENTIALS_REFUSED;
    }

    private String basicAuthorization(String secret) {
        String pair = connection.clientId() + ":" + secret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private AccessToken toToken(TokenAnswer answer) {
        boolean bearer = answer != null && "bearer".equalsIgnoreCase(answer.tokenType());
        if (!bearer || answer.accessToken() == null || answer.expiresIn() == null || answer.expiresIn() <= 0) {
            throw failure(Reason.BAD_ANSWER, "answered without a bearer token and its lifetime");
        }

        Instant now = clock.instant();
        return new AccessToken(answer.accessToken(), now, now.plus(Duration.ofSeconds(answer.expiresIn())));
    }

    private TokenRequestException unreadable(Throwable failure) {
        TransportFailure kind = TransportFailure.of(failure);
        Reason reason = kind == TransportFailure.MALFORMED || kind == TransportFailure.HTML ? Reason.BAD_ANSWER
                : Reason.UNAVAILABLE;
        return failure(reason, kind.description());
    }

    private TokenRequestException failure(Reason reason, String what) {
        String host = connection.loginUrl().getHost();
        return new TokenRequestException(reason, host, host + " " + what, Optional.empty());
    }
}
