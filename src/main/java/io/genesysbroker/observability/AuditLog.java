package io.genesysbroker.observability;

import java.util.Optional;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.genesysbroker.caller.Caller;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.connection.UnknownConnectionException;
import io.genesysbroker.upstream.CallContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes one audit line per caller request, and counts it by caller, connection, operation and outcome. The filters
 * are built before configuration is read, so the beans that need configuration are looked up on first use.
 */
@Singleton
class AuditLog {

    private static final Logger AUDIT = Logger.getLogger("io.genesysbroker.audit");
    private static final String STARTED = AuditLog.class.getName() + ".started";
    private static final String UNKNOWN = "unknown";

    private final Provider<BrokerMetrics> metrics;
    private final Provider<ConnectionRegistry> registry;
    private final CurrentVertxRequest request;

    AuditLog(Provider<BrokerMetrics> metrics, Provider<ConnectionRegistry> registry, CurrentVertxRequest request) {
        this.metrics = metrics;
        this.registry = registry;
        this.request = request;
    }

    @ServerRequestFilter(preMatching = true)
    void started(ContainerRequestContext context) {
        context.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    void answered(ContainerRequestContext context, ContainerResponseContext response, ResourceInfo resource) {
        Audited audited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }

        Optional<RoutingContext> routing = Optional.ofNullable(request.getCurrent());
        Optional<CallContext> call = routing.map(current -> (CallContext) current.get(CallContext.KEY));
        String caller = call.map(CallContext::caller).or(() -> routing.flatMap(AuditLog::authenticated))
                .orElse(UNKNOWN);
        String connection = context.getUriInfo().getPathParameters().getFirst("connection");
        Object started = context.getProperty(STARTED);
        long millis = started == null ? -1 : (System.nanoTime() - (Long) started) / 1_000_000;

        metrics.get().callerRequest(caller, configured(connection), audited.value(), response.getStatus());
        AUDIT.infof("caller=%s connection=%s operation=%s status=%d upstream_attempts=%d duration_ms=%d"
                + " correlation_id=%s", caller, connection == null ? "-" : connection, audited.value(),
                response.getStatus(), call.map(CallContext::attempts).orElse(0), millis,
                call.flatMap(CallContext::correlationId).orElse("-"));
    }

    /** The caller a request without upstream calls, such as the connection list, was authenticated as. */
    private static Optional<String> authenticated(RoutingContext routing) {
        return routing.user() instanceof QuarkusHttpUser user
                ? Caller.of(user.getSecurityIdentity()).map(Caller::name)
                : Optional.empty();
    }

    /** The connection as a metric label: only configured names, so that a caller cannot grow the label set. */
    private String configured(String connection) {
        if (connection == null) {
            return "-";
        }
        try {
            return registry.get().require(connection).name();
        } catch (UnknownConnectionException unknown) {
            return UNKNOWN;
        }
    }
}
