package io.genesysbroker.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void letsACallerWithTheWildcardUseAnyConnection() {
        Caller caller = new Caller("ops", Set.of(Caller.ALL));

        assertThat(caller.mayUse("default")).isTrue();
        assertThat(caller.mayUse("not-configured")).isTrue();
    }

    @Test
    void letsACallerUseOnlyItsListedConnections() {
        Caller caller = new Caller("billing", Set.of("default"));

        assertThat(caller.mayUse("default")).isTrue();
        assertThat(caller.mayUse("eu")).isFalse();
    }

    @Test
    void refusesAConnectionItMayNotUse() {
        Caller caller = new Caller("billing", Set.of("default"));

        assertThatThrownBy(() -> caller.requireUse("eu")).isInstanceOf(ForbiddenConnectionException.class)
                .hasMessage("Caller 'billing' may not use the connection 'eu'");
    }
}
