package io.genesysbroker.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.genesysbroker.caller.CallerCredentials;
import io.restassured.specification.RequestSpecification;

/** The callers the test profile configures, their API keys and JWT subjects. */
public final class TestCallers {

    /** The key of the caller {@code tests}, which may use every connection; every request sends it unless told not. */
    public static final String KEY = "tests-caller-key-7f3e";

    /** The JWT subject of the caller {@code tests}. */
    public static final String SUBJECT = "system:serviceaccount:tests:tests";

    /** The key of the caller {@code limited}, which may use the connection {@code default} only. */
    public static final String LIMITED_KEY = "limited-caller-key-2b9d";

    /** The JWT subject of the caller {@code limited}. */
    public static final String LIMITED_SUBJECT = "system:serviceaccount:tests:limited";

    private TestCallers() {
    }

    /** The hex SHA-256 of a key, as {@code broker.callers."<name>".key-sha256} holds it. */
    public static String sha256(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** A request that carries no credentials: the test caller's key is not added. */
    public static RequestSpecification anonymous() {
        return given().noFilters();
    }

    /** A request with this API key and nothing else. */
    public static RequestSpecification withKey(String key) {
        return anonymous().header(CallerCredentials.API_KEY_HEADER, key);
    }

    /** A request with this bearer token and nothing else. */
    public static RequestSpecification withToken(String token) {
        return anonymous().auth().oauth2(token);
    }
}
