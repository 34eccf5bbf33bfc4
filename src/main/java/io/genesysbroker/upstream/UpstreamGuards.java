package io.genesysbroker.upstream;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;

/**
 * The fault-tolerance annotations around upstream calls; see {@link GenesysUpstream} for how they combine. Each value
 * can be changed with the usual keys, for example
 * {@code quarkus.fault-tolerance."io.genesysbroker.upstream.UpstreamGuards/exchange".timeout.value}.
 */
@ApplicationScoped
public class UpstreamGuards {

    /** Runs a read, retrying the failures marked retryable after the wait each asks for. */
    @Retry(maxRetries = 3, delay = 0, jitter = 0, maxDuration = 0)
    @RetryWhen(exception = RetryableFailure.class)
    @CustomBackoff(RetryWait.class)
    public <T> Uni<T> retrying(Supplier<Uni<T>> attempt) {
        return attempt.get();
    }

    /** Runs one HTTP exchange with the upstream, bounded in time and in concurrency. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Bulkhead(value = 64, waitingTaskQueue = 256)
    public <T> Uni<T> exchange(Supplier<Uni<T>> call) {
        return call.get();
    }
}
