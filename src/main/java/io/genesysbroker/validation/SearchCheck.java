package io.genesysbroker.validation;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.upstream.GenesysSearchTotal;
import io.genesysbroker.upstream.UpstreamException;
import io.genesysbroker.upstream.UpstreamFailure;

/**
 * Whether the OAuth client may search users, which needs {@code directory:user:view}. A missing permission is a
 * warning, not a failure: tokens, the org and user listing work without it, and only user search needs it.
 */
final class SearchCheck {

    static final String NAME = "search";

    static final String PERMISSION = "directory:user:view";

    private SearchCheck() {
    }

    static Check of(GenesysSearchTotal answer) {
        long total = answer.total() == null ? 0 : answer.total();
        return Check.pass(NAME, "user search answered (" + total + " active users): the client holds " + PERMISSION);
    }

    static Check failed(Connection connection, Throwable failure) {
        if (failure instanceof UpstreamException upstream && upstream.failure() == UpstreamFailure.PERMISSION_MISSING) {
            return Check.warn(NAME, "the client lacks " + PERMISSION + ": " + upstream.getMessage(),
                    "Give the OAuth client a role with " + PERMISSION + " if callers search users; listing users "
                            + "does not need it.");
        }
        return FailedCheck.of(NAME, CheckStatus.FAIL, connection, failure);
    }
}
