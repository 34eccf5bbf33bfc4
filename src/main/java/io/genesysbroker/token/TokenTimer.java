package io.genesysbroker.token;

import java.time.Duration;

/** Runs a task of a token cache once, after a delay: the renewal of a token when its renewal window opens. */
@FunctionalInterface
public interface TokenTimer {

    /** Runs {@code task} once, {@code delay} from now. */
    void schedule(Duration delay, Runnable task);
}
