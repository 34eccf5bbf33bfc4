package io.genesysbroker.testing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * JWTs shaped like Kubernetes projected service-account tokens, signed with the test key pair whose public half the
 * test profile trusts, or made wrong in exactly one way.
 */
public final class TestJwts {

    /** The issuer the test profile trusts. */
    public static final String ISSUER = "https://kubernetes.default.svc.cluster.local";

    /** The audience the broker accepts. */
    public static final String AUDIENCE = "genesys-token-broker";

    private static final String KEY_ID = "tests";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private TestJwts() {
    }

    /** A token the broker accepts for this subject. */
    public static String valid(String subject) {
        return sign(claims(subject, ISSUER, AUDIENCE, Instant.now()), signingKey());
    }

    /** A token that expired an hour ago, beyond any clock skew. */
    public static String expired(String subject) {
        Instant issued = Instant.now().minus(Duration.ofHours(1)).minus(LIFETIME);
        return sign(claims(subject, ISSUER, AUDIENCE, issued), signingKey());
    }

    /** A token meant for another service. */
    public static String forAudience(String subject, String audience) {
        return sign(claims(subject, ISSUER, audience, Instant.now()), signingKey());
    }

    /** A token from another issuer, signed with the trusted key. */
    public static String fromIssuer(String subject, String issuer) {
        return sign(claims(subject, issuer, AUDIENCE, Instant.now()), signingKey());
    }

    /** A token with the right claims, signed with a key the broker does not trust. */
    public static String signedByAnotherKey(String subject) {
        try {
            PrivateKey stranger = KeyUtils.generateKeyPair(2048).getPrivate();
            return sign(claims(subject, ISSUER, AUDIENCE, Instant.now()), stranger);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA key pair could be generated", e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String issuer, String audience, Instant issued) {
        return Jwt.issuer(issuer).subject(subject).audience(audience).issuedAt(issued).expiresAt(issued.plus(LIFETIME));
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().keyId(KEY_ID).sign(key);
    }

    private static PrivateKey signingKey() {
        try {
            return KeyUtils.readPrivateKey("jwt/signing-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The test signing key jwt/signing-key.pem cannot be read", e);
        }
    }
}
