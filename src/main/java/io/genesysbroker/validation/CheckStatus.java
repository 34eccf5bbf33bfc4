package io.genesysbroker.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of one check, from best to worst; a report is as bad as its worst check. */
@Schema(enumeration = { "pass", "warn", "fail" })
public enum CheckStatus {
    PASS,
    WARN,
    FAIL;

    @JsonValue
    public String label() {
        return name().toLowerCase();
    }

    static CheckStatus worst(CheckStatus one, CheckStatus other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
