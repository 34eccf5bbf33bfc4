package io.genesysbroker.upstream;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;

import io.genesysbroker.http.JsonBodies;
import io.genesysbroker.http.RetryAfter;

/** Turns an error answer of the platform API into an {@link UpstreamException} with Genesys' own words. */
final class UpstreamErrorMapper implements ResponseExceptionMapper<UpstreamException> {

    static final String CORRELATION_HEADER = "ININ-Correlation-Id";

    private final String connection;

    UpstreamErrorMapper(String connection) {
        this.connection = connection;
    }

    @Override
    public UpstreamException toThrowable(Response response) {
        int status = response.getStatus();
        Optional<JsonNode> body = JsonBodies.read(response);
        Optional<String> code = body.flatMap(node -> JsonBodies.text(node, "code"));
        Optional<String> correlationId = Optional.ofNullable(response.getHeaderString(CORRELATION_HEADER))
                .or(() -> body.flatMap(node -> JsonBodies.text(node, "contextId")));
        String message = body.flatMap(node -> JsonBodies.text(node, "message"))
                .orElse(body.isPresent() ? "no message" : "an answer that is not Genesys JSON");

        var details = new UpstreamException.Details(Optional.of(status), code, correlationId,
                RetryAfter.of(response), Optional.empty());
        String text = "Genesys answered " + status + code.map(value -> " " + value).orElse("") + ": " + message;
        return new UpstreamException(UpstreamFailure.ofStatus(status), connection, text, details);
    }
}
