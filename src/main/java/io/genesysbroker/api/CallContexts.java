package io.genesysbroker.api;

import jakarta.inject.Singleton;

import io.genesysbroker.upstream.CallContext;
import io.genesysbroker.upstream.GenesysUpstream;

/** Turns a request's caller and headers into the context its upstream calls carry. */
@Singleton
class CallContexts {

    private static final String ANONYMOUS = "anonymous";

    private final GenesysUpstream upstream;

    CallContexts(GenesysUpstream upstream) {
        this.upstream = upstream;
    }

    CallContext of(RequestOptions options) {
        return upstream.context(ANONYMOUS, options.deadline());
    }
}
