package io.genesysbroker.sandbox;

import java.util.Map;

import jakarta.inject.Singleton;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The platform API paths the broker uses: the org, its users, user search, the token's own description, the SSO
 * identity providers and the org's limits. A permission withheld through the controls makes its paths answer 403.
 */
@Singleton
class ApiRoutes {

    private final RequestGate gate;

    private final UserDirectory directory;

    private final SandboxSettings settings;

    ApiRoutes(RequestGate gate, UserDirectory directory, SandboxSettings settings) {
        this.gate = gate;
        this.directory = directory;
        this.settings = settings;
    }

    void register(Router router) {
        gate.api(router, HttpMethod.GET, "/api/v2/organizations/me",
                ctx -> Replies.json(ctx, 200, SandboxOrganization.toJson()));
        gate.api(router, HttpMethod.GET, "/api/v2/users",
                ctx -> Replies.json(ctx, 200, UserListing.answer(directory.all(), ctx.queryParams())));
        gate.api(router, HttpMethod.POST, "/api/v2/users/search",
                requiring("directory:user:view",
                        ctx -> Replies.json(ctx, 200, UserSearch.answer(directory.all(), Inputs.body(ctx)))));
        gate.api(router, HttpMethod.GET, "/api/v2/users/{id}", this::user);
        gate.api(router, HttpMethod.GET, "/api/v2/tokens/me", ctx -> Replies.json(ctx, 200, tokenDescription()));
        gate.api(router, HttpMethod.HEAD, "/api/v2/tokens/me", ctx -> Replies.empty(ctx, 200));
        gate.api(router, HttpMethod.GET, "/api/v2/identityproviders", requiring("sso:provider:view",
                ctx -> Replies.json(ctx, 200, SandboxIdentityProviders.listing())));
        gate.api(router, HttpMethod.GET, "/api/v2/organizations/limits/namespaces/platform.api",
                ctx -> Replies.json(ctx, 200, SandboxLimits.platformApi(settings.requestsPerMinute(),
                        SandboxRouter.MAX_BODY_BYTES)));
    }

    private Handler<RoutingContext> requiring(String permission, Handler<RoutingContext> handler) {
        return ctx -> {
            if (settings.withholds(permission)) {
                Replies.problem(ctx, Problem.MISSING_PERMISSIONS, Map.of("permissions", "[" + permission + "]"));
            } else {
                handler.handle(ctx);
            }
        };
    }

    private void user(RoutingContext ctx) {
        directory.find(ctx.pathParam("id")).ifPresentOrElse(
                user -> Replies.json(ctx, 200, Expansions.expand(user, ctx.queryParam("expand"))),
                () -> Replies.problem(ctx, Problem.NOT_FOUND));
    }

    /** A client-credentials token belongs to the OAuth client, so that is what the description names. */
    private JsonObject tokenDescription() {
        JsonObject client = new JsonObject()
                .put("id", settings.clientId())
                .put("name", "Sandbox Client")
                .put("authorizedGrantType", "CLIENT-CREDENTIALS");

        return new JsonObject()
                .put("organization", SandboxOrganization.reference())
                .put("homeOrganization", SandboxOrganization.reference())
                .put("authorizedScope", new JsonArray())
                .put("OAuthClient", client);
    }
}
