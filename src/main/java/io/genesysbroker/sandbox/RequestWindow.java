package io.genesysbroker.sandbox;

/**
 * A token's budget in fixed one-minute windows: a request arriving after the last window closed opens the next one,
 * which admits the allowed number of requests and then refuses the rest until it closes.
 */
final class RequestWindow {

    static final long LENGTH_MILLIS = 60_000;

    private long closesAtMillis;

    private int used;

    /** Takes one request from the budget: 0 when admitted, else the whole seconds until the window frees. */
    synchronized long admit(long nowMillis, int allowed) {
        if (nowMillis >= closesAtMillis) {
            closesAtMillis = nowMillis + LENGTH_MILLIS;
            used = 0;
        }

        if (used < allowed) {
            used++;
            return 0;
        }
        return Math.max(1, (closesAtMillis - nowMillis + 999) / 1000);
    }
}
