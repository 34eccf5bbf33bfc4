package io.genesysbroker.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.genesysbroker.testing.MutableClock;

class BudgetTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Duration QUEUE = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Budget budget = new Budget(10, WINDOW, 0.5, clock);

    @Test
    void grantsTheAllowanceAtOnce() {
        for (int request = 0; request < 10; request++) {
            assertThat(budget.reserve("one", QUEUE)).isZero();
        }

        assertThat(budget.remaining()).isZero();
    }

    @Test
    void queuesARequestUntilTheOldestSlotLeavesTheWindow() {
        spend(10, "one");
        clock.advance(Duration.ofSeconds(57));

        assertThat(budget.reserve("one", QUEUE)).isEqualTo(Duration.ofSeconds(3));
        assertThat(budget.queued()).isEqualTo(1);
    }

    @Test
    void refusesARequestThatWouldWaitLongerThanTheQueueTimeWithAnHonestWait() {
        spend(10, "one");
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> budget.reserve("one", QUEUE))
                .isInstanceOfSatisfying(BudgetExhaustedException.class, refused -> {
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(refused.fairShare()).isFalse();
                });
        assertThat(budget.queued()).isZero();
    }

    @Test
    void neverGrantsMoreThanTheAllowanceInAnyWindow() {
        List<Instant> granted = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            clock.advance(Duration.ofMillis(700));
            try {
                granted.add(clock.instant().plus(budget.reserve("caller-" + step % 3, Duration.ofSeconds(90))));
            } catch (BudgetExhaustedException refused) {
                // a refused request spends nothing
            }
        }

        for (Instant start : granted) {
            long inWindow = granted.stream()
                    .filter(slot -> !slot.isBefore(start) && slot.isBefore(start.plus(WINDOW)))
                    .count();
            assertThat(inWindow).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void refusesACallerHoldingMoreThanItsShareWhileOthersWait() {
        spend(8, "greedy");
        spend(2, "modest");
        clock.advance(Duration.ofSeconds(58));
        budget.reserve("modest", QUEUE);

        assertThatThrownBy(() -> budget.reserve("greedy", QUEUE))
                .isInstanceOfSatisfying(BudgetExhaustedException.class,
                        refused -> assertThat(refused.fairShare()).isTrue());
    }

    @Test
    void letsALoneCallerUseTheWholeAllowance() {
        spend(10, "alone");
        clock.advance(Duration.ofSeconds(58));

        assertThat(budget.reserve("alone", QUEUE)).isEqualTo(Duration.ofSeconds(2));
    }

    private void spend(int requests, String caller) {
        for (int request = 0; request < requests; request++) {
            budget.reserve(caller, QUEUE);
        }
    }
}
