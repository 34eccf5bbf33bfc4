package io.genesysbroker.token;

import io.smallrye.mutiny.Uni;

/** Where new tokens come from: the login service of one connection. */
@FunctionalInterface
public interface TokenSource {

    /** Requests one new token; each subscription makes one request. */
    Uni<AccessToken> fetch();
}
