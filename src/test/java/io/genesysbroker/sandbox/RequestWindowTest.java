package io.genesysbroker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestWindowTest {

    private final RequestWindow window = new RequestWindow();

    @Test
    void admitsTheAllowanceWithinAMinuteThenTellsTheWait() {
        assertEquals(0, window.admit(1_000, 2));
        assertEquals(0, window.admit(1_500, 2));

        assertEquals(60, window.admit(1_500, 2));
        assertEquals(1, window.admit(60_500, 2));
    }

    @Test
    void roundsTheWaitUpToWholeSeconds() {
        window.admit(0, 1);

        assertEquals(30, window.admit(30_001, 1));
        assertEquals(1, window.admit(59_999, 1));
    }

    @Test
    void opensAFreshWindowOnceTheLastOneClosed() {
        window.admit(0, 1);
        window.admit(10_000, 1);

        assertEquals(0, window.admit(60_000, 1));
        assertEquals(60, window.admit(60_000, 1));
    }
}
