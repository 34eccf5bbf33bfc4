package io.genesysbroker.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.common.util.RestMediaType;

import io.genesysbroker.observability.Audited;
import io.genesysbroker.upstream.GenesysUpstream;
import io.genesysbroker.upstream.GenesysUserListing;
import io.genesysbroker.upstream.GenesysUserSearchResults;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The users of the organization behind a connection. */
@SecurityRequirement(name = ApiDescription.API_KEY)
@SecurityRequirement(name = ApiDescription.JWT)
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN_CONNECTION)
@Path("/v1/connections/{connection}/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final GenesysUpstream upstream;
    private final CallContexts contexts;
    private final UserExport export;

    UserResource(GenesysUpstream upstream, CallContexts contexts, UserExport export) {
        this.upstream = upstream;
        this.contexts = contexts;
        this.export = export;
    }

    /** One page of users, with links to its neighbours. */
    @GET
    @Audited("users.list")
    public Uni<UserPage> list(@PathParam("connection") String connection, @Valid @BeanParam UserListQuery query,
            @Valid @BeanParam RequestOptions options, @Context UriInfo uri) {
        return contexts.of(options)
                .chain(context -> upstream.users(connection, context, query.toRequest()))
                .map(listing -> page(listing, uri));
    }

    /** One user by id. */
    @GET
    @Path("/{id}")
    @Audited("users.get")
    public Uni<UserView> get(@PathParam("connection") String connection,
            @PathParam("id") @Pattern(regexp = UUID, message = "must be a Genesys user id (a UUID)") String id,
            @QueryParam("expand") List<@Pattern(regexp = Expand.PATTERN, message = Expand.MESSAGE) String> expand,
            @Valid @BeanParam RequestOptions options) {
        return contexts.of(options)
                .chain(context -> upstream.user(connection, context, id, expand == null ? List.of() : expand))
                .map(UserView::of);
    }

    /** One page of the users that match a search; answered without links, since the body holds the query. */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited("users.search")
    @CustomDeserialization(StrictJson.class)
    public Uni<UserPage> search(@PathParam("connection") String connection,
            @NotNull(message = "must be a JSON object") @Valid UserSearchBody body,
            @Valid @BeanParam RequestOptions options) {
        return contexts.of(options)
                .chain(context -> upstream.searchUsers(connection, context, body.toSearch()))
                .map(UserResource::page);
    }

    /** Every user of the org as NDJSON, one user a line, by name, read while the client reads. */
    @GET
    @Path("/export")
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Audited("users.export")
    public Multi<UserView> export(@PathParam("connection") String connection,
            @QueryParam("state") @DefaultValue("active") @Pattern(regexp = "active|inactive|deleted|any", message = "must be active, inactive, deleted or any") String state,
            @Valid @BeanParam RequestOptions options) {
        return export.users(connection, state, options);
    }

    private static UserPage page(GenesysUserSearchResults results) {
        List<UserView> users = results.results() == null ? List.of()
                : results.results().stream().map(UserView::of).toList();
        long total = results.total() == null ? 0 : results.total();
        return new UserPage(users, orZero(results.pageNumber()), orZero(results.pageSize()), total,
                orZero(results.pageCount()), null);
    }

    private static UserPage page(GenesysUserListing listing, UriInfo uri) {
        int pageNumber = orZero(listing.pageNumber());
        int pageCount = orZero(listing.pageCount());
        String next = pageNumber < pageCount ? link(uri, pageNumber + 1) : null;
        String previous = pageNumber > 1 ? link(uri, Math.min(pageNumber - 1, Math.max(pageCount, 1))) : null;

        List<UserView> users = listing.entities() == null ? List.of()
                : listing.entities().stream().map(UserView::of).toList();
        long total = listing.total() == null ? 0 : listing.total();
        return new UserPage(users, pageNumber, orZero(listing.pageSize()), total, pageCount,
                new UserPage.Links(link(uri, pageNumber), next, previous));
    }

    private static String link(UriInfo uri, int pageNumber) {
        URI target = uri.getRequestUriBuilder().replaceQueryParam("pageNumber", pageNumber).build();
        return target.getRawPath() + "?" + target.getRawQuery();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
