package io.genesysbroker.sandbox;

import java.util.Map;

/** A request value the sandbox refuses; it is answered as 400 bad.request naming the value and the rule. */
final class InvalidValue extends RuntimeException {

    private final Map<String, Object> params;

    InvalidValue(String name, Object value, String rule) {
        super(name + " " + rule, null, false, false);
        this.params = Map.of("name", name, "value", String.valueOf(value), "rule", rule);
    }

    Map<String, Object> params() {
        return params;
    }
}
