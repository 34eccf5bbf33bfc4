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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@APIResponse(responseCode = "400", ref = ApiDescription.INVALID_REQUEST)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
@APIResponse(responseCode = "429", ref = ApiDescription.TOO_MANY_REQUESTS)
@APIResponse(responseCode = "502", ref = ApiDescription.UPSTREAM_FAILURE)
@APIResponse(responseCode = "503", ref = ApiDescription.UNAVAILABLE)
@APIResponse(responseCode = "504", ref = ApiDescription.TIMEOUT)
@Tag(name = ApiDescription.USERS_TAG)
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
    @Operation(operationId = "listUsers", summary = "List users", description = "One page of the organization's "
            + "users by name, with links to the neighbouring pages.")
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
    @Operation(operationId = "getUser", summary = "Get a user", description = "One user by id; 404 when Genesys has "
            + "none.")
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
    @Operation(operationId = "searchUsers", summary = "Search users", description = "One page of the users whose "
            + "fields contain the text and who match the filters; needs directory:user:view on the OAuth client.")
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
    @Operation(operationId = "exportUsers", summary = "Export users", description = "Every user as NDJSON, one "
            + "user a line, by name; paced within broker.export.budget-share of the connection's budget. A failure "
            + "after the first line ends the stream early.")
    // @formatter:off: the formatter would put each annotation on one line, far beyond 120 columns
    @APIResponse(responseCode = "200", description = "One user JSON a line",
            content = @Content(mediaType = RestMediaType.APPLICATION_NDJSON,
                    schema = @Schema(implementation = UserView.class)))
    @Audited("users.export")
    public Multi<UserView> export(@PathParam("connection") String connection,
            @QueryParam("state") @DefaultValue("active")
            @Pattern(regexp = UserListQuery.STATES, message = UserListQuery.STATES_MESSAGE) String state,
            @Valid @BeanParam RequestOptions options) {
        // @formatter:on
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
