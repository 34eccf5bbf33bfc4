package io.genesysbroker.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.connection.ConnectionRegistry;
import io.genesysbroker.observability.Audited;
import io.genesysbroker.token.TokenStatus;
import io.genesysbroker.upstream.GenesysUpstream;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** The connections the broker holds, and the organization behind each. */
@Path("/v1/connections")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final ConnectionRegistry registry;
    private final GenesysUpstream upstream;
    private final CallContexts contexts;

    ConnectionResource(ConnectionRegistry registry, GenesysUpstream upstream, CallContexts contexts) {
        this.registry = registry;
        this.upstream = upstream;
        this.contexts = contexts;
    }

    /** Every connection with the state of its token. */
    @GET
    @NonBlocking
    @Audited("connections.list")
    public List<ConnectionView> list() {
        return registry.all().stream().map(this::view).toList();
    }

    /** The organization a connection reaches. */
    @GET
    @Path("/{connection}/organization")
    @Audited("organization")
    public Uni<OrganizationView> organization(@PathParam("connection") String name,
            @Valid @BeanParam RequestOptions options) {
        Connection connection = registry.require(name);
        return upstream.organization(name, contexts.of(options)).map(org -> new OrganizationView(org.id(), org.name(),
                org.thirdPartyOrgName(), org.domain(), org.state(), org.productPlatform(), connection.region().id(),
                connection.region().domain()));
    }

    private ConnectionView view(Connection connection) {
        TokenStatus status = upstream.tokenStatus(connection.name());
        Long expiresIn = status.expiresIn().map(duration -> duration.toSeconds()).orElse(null);
        return new ConnectionView(connection.name(), connection.region().id(), connection.apiUrl(),
                status.state().name().toLowerCase(), expiresIn);
    }
}
