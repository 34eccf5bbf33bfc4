package io.genesysbroker.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The allowance of one token or OAuth client: at most {@code limit} requests in any span of {@code window}.
 *
 * <p>
 * Each request reserves a slot: now, or as soon as the oldest of the last {@code limit} reservations leaves the window.
 * Counting every window rather than fixed minutes keeps the broker inside the upstream's count however the upstream
 * aligns its minutes, so pacing alone never causes a 429.
 */
final class Budget {

    private final int limit;
    private final Duration window;
    private final double callerShare;
    private final Clock clock;

    /** Invariant: the last {@code limit} reservations in ascending time, the oldest at {@code oldest}. */
    private final Instant[] slots;
    private final String[] holders;
    private int oldest;

    Budget(int limit, Duration window, double callerShare, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.callerShare = callerShare;
        this.clock = clock;
        this.slots = new Instant[limit];
        this.holders = new String[limit];
    }

    /** Reserves a slot for the caller and answers how long to wait for it, or refuses. */
    synchronized Duration reserve(String caller, Duration maxWait) {
        Instant now = clock.instant();
        Instant free = slots[oldest] == null ? now : later(now, slots[oldest].plus(window));
        Duration wait = Duration.between(now, free);

        if (!wait.isZero() && holdsMoreThanItsShare(caller, now)) {
            throw new BudgetExhaustedException("the caller holds more than its share of the budget while others wait",
                    wait, true);
        }
        if (wait.compareTo(maxWait) > 0) {
            throw new BudgetExhaustedException("the budget of " + limit + " requests per " + window.toSeconds()
                    + "s is spent", wait, false);
        }

        slots[oldest] = free;
        holders[oldest] = caller;
        oldest = (oldest + 1) % limit;
        return wait;
    }

    /** Slots not yet spent in the current window, counting reservations still waiting. */
    synchronized int remaining() {
        Instant start = clock.instant().minus(window);
        int used = 0;
        for (Instant slot : slots) {
            if (slot != null && slot.isAfter(start)) {
                used++;
            }
        }
        return limit - used;
    }

    /** Reservations still waiting for their slot. */
    synchronized int queued() {
        Instant now = clock.instant();
        int waiting = 0;
        for (Instant slot : slots) {
            if (slot != null && slot.isAfter(now)) {
                waiting++;
            }
        }
        return waiting;
    }

    private boolean holdsMoreThanItsShare(String caller, Instant now) {
        Instant start = now.minus(window);
        int held = 0;
        boolean othersWaiting = false;
        for (int index = 0; index < limit; index++) {
            if (slots[index] != null && slots[index].isAfter(start)) {
                boolean own = Objects.equals(holders[index], caller);
                held += own ? 1 : 0;
                othersWaiting |= !own && slots[index].isAfter(now);
            }
        }
        return othersWaiting && held >= Math.ceil(callerShare * limit);
    }

    private static Instant later(Instant left, Instant right) {
        return left.isAfter(right) ? left : right;
    }
}
