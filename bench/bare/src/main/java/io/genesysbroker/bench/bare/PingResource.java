package io.genesysbroker.bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.common.annotation.NonBlocking;

/** A fixed small JSON answer served on the event loop, as the broker serves its reads. */
@Path("/ping")
public class PingResource {

    private static final String ANSWER = "{\"name\":\"bare\",\"state\":\"active\"}";

    /** Always the same answer, so that only the framework's own work is measured. */
    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return ANSWER;
    }
}
