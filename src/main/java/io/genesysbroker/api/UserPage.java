package io.genesysbroker.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of users, with links to the broker's own neighbouring pages; a search has none. */
public record UserPage(List<UserView> entities, int pageNumber, int pageSize, long total, int pageCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Links links) {

    /** Path-absolute URLs of this page and its neighbours; {@code next} and {@code prev} only where they exist. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String self, String next, String prev) {
    }
}
