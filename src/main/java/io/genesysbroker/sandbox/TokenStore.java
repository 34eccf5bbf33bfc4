package io.genesysbroker.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/** The tokens the sandbox issued; a token it no longer holds is revoked, as far as the API is concerned. */
@Singleton
class TokenStore {

    private static final int TOKEN_BYTES = 48;

    private final SecureRandom random = new SecureRandom();

    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

    String issue(Instant now, Duration lifetime) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String accessToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        tokens.put(accessToken, new IssuedToken(now.plus(lifetime), new RequestWindow()));
        return accessToken;
    }

    Optional<IssuedToken> find(String accessToken) {
        return Optional.ofNullable(tokens.get(accessToken));
    }

    int forgetAll() {
        int count = tokens.size();
        tokens.clear();
        return count;
    }
}
