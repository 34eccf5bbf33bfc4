package io.genesysbroker.testing;

import io.genesysbroker.caller.CallerCredentials;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Sends a caller's API key with every request that carries no credentials of its own. */
final class TestCallerFilter implements Filter {

    private final String key;

    TestCallerFilter(String key) {
        this.key = key;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        boolean hasCredentials = request.getHeaders().hasHeaderWithName(CallerCredentials.API_KEY_HEADER)
                || request.getHeaders().hasHeaderWithName("Authorization");
        if (!hasCredentials) {
            request.header(CallerCredentials.API_KEY_HEADER, key);
        }
        return context.next(request, response);
    }
}
