package io.genesysbroker.token;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;

import io.genesysbroker.http.JsonBodies;
import io.genesysbroker.http.RetryAfter;
import io.genesysbroker.token.TokenRequestException.Reason;

/** Turns a refused token request into a {@link TokenRequestException} that says why. */
final class LoginErrorMapper implements ResponseExceptionMapper<TokenRequestException> {

    private final String loginHost;

    LoginErrorMapper(String loginHost) {
        this.loginHost = loginHost;
    }

    @Override
    public TokenRequestException toThrowable(Response response) {
        int status = response.getStatus();
        Optional<JsonNode> body = JsonBodies.read(response);
        Optional<String> error = body.flatMap(node -> JsonBodies.text(node, "error"));
        String description = body.flatMap(node -> JsonBodies.text(node, "error_description"))
                .or(() -> body.flatMap(node -> JsonBodies.text(node, "description")))
                .orElse("no description");

        Reason reason = reason(status, error);
        String detail = loginHost + " answered " + status + error.map(code -> " " + code).orElse("") + ": "
                + description;
        return new TokenRequestException(reason, loginHost, detail, RetryAfter.of(response));
    }

    private static Reason reason(int status, Optional<String> error) {
        if (error.filter("invalid_client"::equals).isPresent()) {
            return Reason.CREDENTIALS_REFUSED;
        }
        if (status == 429) {
            return Reason.RATE_LIMITED;
        }
        return status >= 500 ? Reason.UNAVAILABLE : Reason.REFUSED;
    }
}
