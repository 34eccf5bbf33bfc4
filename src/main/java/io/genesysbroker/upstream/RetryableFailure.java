package io.genesysbroker.upstream;

import java.util.function.Predicate;

/** Retries exactly the failures the wrapper marked with a wait that fits the caller's deadline. */
public final class RetryableFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof UpstreamException upstream && upstream.retryIn().isPresent();
    }
}
