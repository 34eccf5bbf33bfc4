package io.genesysbroker.sandbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/** Runs the sandbox on its own port beside the application when genesys.sandbox.enabled is true. */
@Singleton
public class SandboxServer {

    private static final Logger LOG = Logger.getLogger(SandboxServer.class);

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx;

    private final SandboxConfig config;

    private final Provider<SandboxRouter> router;

    private volatile HttpServer server;

    SandboxServer(Vertx vertx, SandboxConfig config, Provider<SandboxRouter> router) {
        this.vertx = vertx;
        this.config = config;
        this.router = router;
    }

    void start(@Observes StartupEvent event) throws Exception {
        if (!config.enabled()) {
            return;
        }

        HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(config.port());
        server = await(vertx.createHttpServer(options).requestHandler(router.get().create(vertx)).listen());
        LOG.infof("Sandbox Genesys Cloud listening on http://%s:%d", config.host(), server.actualPort());
    }

    void stop(@Observes ShutdownEvent event) throws Exception {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    private static <T> T await(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
