package io.genesysbroker.api;

import jakarta.inject.Singleton;

import io.genesysbroker.caller.Caller;
import io.genesysbroker.caller.CurrentCaller;
import io.genesysbroker.upstream.CallContext;
import io.genesysbroker.upstream.GenesysUpstream;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;

/** Turns a request's caller and headers into the context its upstream calls carry. */
@Singleton
class CallContexts {

    private final GenesysUpstream upstream;
    private final CurrentCaller caller;
    private final CurrentVertxRequest request;

    CallContexts(GenesysUpstream upstream, CurrentCaller caller, CurrentVertxRequest request) {
        this.upstream = upstream;
        this.caller = caller;
        this.request = request;
    }

    /** A new context for the current caller, kept beside the request for its audit line. */
    Uni<CallContext> of(RequestOptions options) {
        var routing = request.getCurrent();
        return caller.get().map(Caller::name).map(name -> {
            CallContext context = upstream.context(name, options.deadline());
            routing.put(CallContext.KEY, context);
            return context;
        });
    }
}
