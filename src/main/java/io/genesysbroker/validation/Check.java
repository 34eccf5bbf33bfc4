package io.genesysbroker.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One check of a connection: what was found, and for anything short of a pass, what to do about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(String name, CheckStatus status, String detail,
        @Schema(description = "What to do; absent when there is nothing to do") String hint) {

    static Check pass(String name, String detail) {
        return new Check(name, CheckStatus.PASS, detail, null);
    }

    static Check warn(String name, String detail, String hint) {
        return new Check(name, CheckStatus.WARN, detail, hint);
    }

    static Check fail(String name, String detail, String hint) {
        return new Check(name, CheckStatus.FAIL, detail, hint);
    }

    /** A check that needs a token, after the token check failed. */
    static Check skipped(String name) {
        return warn(name, "not run: no token", "Fix the token check first.");
    }
}
