package io.genesysbroker.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The login service's client-credentials grant: POST /oauth/token with a Basic header and a form body. */
@Singleton
class LoginRoutes {

    private static final String BASIC = "basic ";

    private final RequestGate gate;

    private final SandboxSettings settings;

    private final TokenStore tokens;

    LoginRoutes(RequestGate gate, SandboxSettings settings, TokenStore tokens) {
        this.gate = gate;
        this.settings = settings;
        this.tokens = tokens;
    }

    void register(Router router) {
        gate.login(router, "/oauth/token", this::token);
    }

    private record Client(String id, String secret) {
    }

    private void token(RoutingContext ctx) {
        Optional<Client> client = basicCredentials(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (client.isEmpty() || !client.get().id().equals(settings.clientId())) {
            refuse(ctx, "invalid_client", "client not found");
        } else if (!sameSecret(client.get().secret(), settings.clientSecret())) {
            refuse(ctx, "invalid_client", "authentication failed");
        } else if (!"client_credentials".equals(ctx.request().getFormAttribute("grant_type"))) {
            refuse(ctx, "unsupported_grant_type", "grant type not supported");
        } else {
            issue(ctx);
        }
    }

    private void issue(RoutingContext ctx) {
        String accessToken = tokens.issue(Instant.now(), settings.tokenLifetime());

        Replies.json(ctx, 200, new JsonObject()
                .put("access_token", accessToken)
                .put("token_type", "bearer")
                .put("expires_in", settings.tokenLifetime().toSeconds()));
    }

    /** Nothing when the header is missing or cannot be decoded, which Genesys answers as an unknown client. */
    private static Optional<Client> basicCredentials(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            return Optional.empty();
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim());
            String[] idAndSecret = new String(decoded, StandardCharsets.UTF_8).split(":", 2);
            return idAndSecret.length == 2 ? Optional.of(new Client(idAndSecret[0], idAndSecret[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(RoutingContext ctx, String error, String description) {
        Replies.json(ctx, 400, new JsonObject()
                .put("error", error)
                .put("description", description)
                .put("error_description", description));
    }
}
