package io.genesysbroker.api;

import jakarta.inject.Singleton;

import io.genesysbroker.upstream.CallContext;
import io.genesysbroker.upstream.GenesysUpstream;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Turns a request's caller and headers into the context its upstream calls carry. */
@Singleton
class CallContexts {

    private static final String ANONYMOUS = "anonymous";

    private final GenesysUpstream upstream;
    private final CurrentVertxRequest request;

    CallContexts(GenesysUpstream upstream, CurrentVertxRequest request) {
        this.upstream = upstream;
        this.request = request;
    }

    /** A new context, kept beside the request for its audit line. */
    CallContext of(RequestOptions options) {
        CallContext context = upstream.context(ANONYMOUS, options.deadline());
        request.getCurrent().put(CallContext.KEY, context);
        return context;
    }
}
