package io.genesysbroker.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.genesysbroker.caller.CurrentCaller;
import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.observability.Audited;
import io.genesysbroker.token.TokenStatus;
import io.genesysbroker.upstream.GenesysUpstream;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** The connections the broker holds, and the organization behind each. */
@SecurityRequirement(name = ApiDescription.API_KEY)
@SecurityRequirement(name = ApiDescription.JWT)
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHENTICATED)
@Tag(name = ApiDescription.CONNECTIONS_TAG)
@Path("/v1/connections")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final ConnectionRegistry registry;
    private final GenesysUpstream upstream;
    private final CurrentCaller caller;
    private final CallContexts contexts;

    ConnectionResource(ConnectionRegistry registry, GenesysUpstream upstream, CurrentCaller caller,
            CallContexts contexts) {
        this.registry = registry;
        this.upstream = upstream;
        this.caller = caller;
        this.contexts = contexts;
    }

    /** Every connection the caller may use, with the state of its token. */
    @GET
    @Operation(operationId = "listConnections", summary = "List connections", description = "Every connection the "
            + "caller may use, with the state of its token.")
    @NonBlocking
    @Audited("connections.list")
    public Uni<List<ConnectionView>> list() {
        return caller.get().map(current -> registry.all().stream()
                .filter(connection -> current.mayUse(connection.name()))
                .map(this::view)
                .toList());
    }

    /** The organization a connection reaches. */
    @GET
    @Path("/{connection}/organization")
    @Operation(operationId = "getOrganization", summary = "Get the organization", description = "The Genesys "
            + "Cloud organization the connection reaches, with the connection's region.")
    @APIResponse(responseCode = "400", ref = ApiDescription.INVALID_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN_CONNECTION)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDescription.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "502", ref = ApiDescription.UPSTREAM_FAILURE)
    @APIResponse(responseCode = "503", ref = ApiDescription.UNAVAILABLE)
    @APIResponse(responseCode = "504", ref = ApiDescription.TIMEOUT)
    @Audited("organization")
    public Uni<OrganizationView> organization(@PathParam("connection") String name,
            @Valid @BeanParam RequestOptions options) {
        Connection connection = registry.require(name);
        return contexts.of(options)
                .chain(context -> upstream.organization(name, context))
                .map(organization -> OrganizationView.of(organization, connection.region()));
    }

    private ConnectionView view(Connection connection) {
        TokenStatus status = upstream.tokenStatus(connection.name());
        Long expiresIn = status.expiresIn().map(duration -> duration.toSeconds()).orElse(null);
        return new ConnectionView(connection.name(), connection.region().id(), connection.apiUrl(),
                status.state().name().toLowerCase(), expiresIn);
    }
}
