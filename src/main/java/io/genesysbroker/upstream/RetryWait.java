package io.genesysbroker.upstream;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/** Waits as long as the failure asks: the upstream's {@code Retry-After}, or the transient-failure backoff. */
public final class RetryWait implements CustomBackoffStrategy {

    @Override
    public long nextDelayInMillis(Throwable failure) {
        return failure instanceof UpstreamException upstream
                ? upstream.retryIn().map(wait -> wait.toMillis()).orElse(0L)
                : 0L;
    }
}
