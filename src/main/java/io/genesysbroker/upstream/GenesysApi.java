package io.genesysbroker.upstream;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/** The Genesys Cloud platform API calls the broker makes; only {@link GenesysUpstream} uses it. */
@Path("/api/v2")
@Produces(MediaType.APPLICATION_JSON)
interface GenesysApi {

    @GET
    @Path("/organizations/me")
    Uni<GenesysOrganization> organization(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/users")
    Uni<GenesysUserListing> users(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber,
            @QueryParam("sortOrder") String sortOrder, @QueryParam("state") String state,
            @QueryParam("expand") List<String> expand);

    @GET
    @Path("/users/{userId}")
    Uni<GenesysUser> user(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("userId") String userId, @QueryParam("expand") List<String> expand);

    @POST
    @Path("/users/search")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<GenesysSearchTotal> userSearchProbe(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Map<String, Object> search);

    @GET
    @Path("/identityproviders")
    Uni<GenesysIdentityProviders> identityProviders(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/organizations/limits/namespaces/platform.api")
    Uni<GenesysLimits> platformApiLimits(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/users/search")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<GenesysUserSearchResults> searchUsers(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            GenesysUserSearch search);
}
