package io.genesysbroker.sandbox;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Lays out the sandbox's routes and the answers for requests that fail or match no route. */
@Singleton
class SandboxRouter {

    private static final Logger LOG = Logger.getLogger(SandboxRouter.class);

    /** Genesys' request.bytes.max limit. */
    static final long MAX_BODY_BYTES = 512_000;

    private final LoginRoutes login;

    private final ApiRoutes api;

    private final ControlRoutes controls;

    SandboxRouter(LoginRoutes login, ApiRoutes api, ControlRoutes controls) {
        this.login = login;
        this.api = api;
        this.controls = controls;
    }

    Router create(Vertx vertx) {
        Router router = Router.router(vertx);
        router.route().handler(Replies::begin);
        router.route().handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));

        login.register(router);
        api.register(router);
        controls.register(router);

        router.route().last().handler(ctx -> Replies.problem(ctx, Problem.NOT_FOUND));
        router.route().failureHandler(SandboxRouter::fail);
        return router;
    }

    private static void fail(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended()) {
            return;
        }

        if (failure instanceof InvalidValue invalid) {
            Replies.problem(ctx, Problem.INVALID_VALUE, invalid.params());
        } else if (failure instanceof DecodeException) {
            Replies.problem(ctx, Problem.BAD_REQUEST);
        } else if (failure == null) {
            Replies.errorStatus(ctx, ctx.statusCode());
        } else {
            LOG.error("Sandbox request failed", failure);
            Replies.problem(ctx, Problem.INTERNAL_SERVER_ERROR);
        }
    }
}
