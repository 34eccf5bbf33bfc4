package io.genesysbroker.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A timer whose tasks run only when a test asks for those due on the test's clock. */
final class ManualTimer implements TokenTimer {

    private record Task(Instant due, Runnable work) {
    }

    private final Clock clock;
    private final List<Task> tasks = new ArrayList<>();

    ManualTimer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        tasks.add(new Task(clock.instant().plus(delay), task));
    }

    /** Runs, once each, the tasks due by now, including those they schedule for now or earlier. */
    void runDue() {
        Task next;
        while ((next = takeDue()) != null) {
            next.work().run();
        }
    }

    private synchronized Task takeDue() {
        Instant now = clock.instant();
        Task due = tasks.stream().filter(task -> !task.due().isAfter(now)).findFirst().orElse(null);
        tasks.remove(due);
        return due;
    }
}
