package io.genesysbroker.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem answer. {@code hint} says what to do about it; {@code genesysCode} and {@code correlationId}
 * appear when Genesys answered, so that Genesys support can find the call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, String hint,
        String connection, String genesysCode, String correlationId, List<InvalidParameter> invalidParameters) {

    /** The media type of every problem answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    Problem withInvalidParameters(List<InvalidParameter> parameters) {
        return new Problem(type, title, status, detail, instance, hint, connection, genesysCode, correlationId,
                parameters);
    }

    Problem withUpstream(String connection, Optional<String> genesysCode, Optional<String> correlationId) {
        return new Problem(type, title, status, detail, instance, hint, connection, genesysCode.orElse(null),
                correlationId.orElse(null), invalidParameters);
    }

    /** One request parameter that was refused, and why. */
    public record InvalidParameter(String name, String reason) {
    }
}
