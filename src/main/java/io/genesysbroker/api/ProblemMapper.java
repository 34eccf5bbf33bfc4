package io.genesysbroker.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.genesysbroker.api.Problem.InvalidParameter;
import io.genesysbroker.caller.CallerCredentials;
import io.genesysbroker.caller.ForbiddenConnectionException;
import io.genesysbroker.connection.UnknownConnectionException;
import io.genesysbroker.upstream.UpstreamException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Maps every failure to an RFC 9457 problem answer, in one place; no answer ever carries a stack trace. */
public class ProblemMapper {

    /** Ahead of the Jackson extension's own mappers, which answer a body they cannot read without a problem. */
    private static final int FIRST = Priorities.USER - 100;

    @ServerExceptionMapper
    public RestResponse<Problem> unknownConnection(UnknownConnectionException failure, UriInfo uri) {
        String hint = "GET /v1/connections lists the connections this broker holds.";
        return answer(ProblemType.UNKNOWN_CONNECTION, failure.getMessage(), hint, uri).build();
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public RestResponse<Problem> unauthenticated(UriInfo uri) {
        String detail = "The request carries no valid API key or JWT bearer token of a configured caller.";
        String hint = "Send the caller's API key in the " + CallerCredentials.API_KEY_HEADER
                + " header, or a JWT bearer token whose subject is a configured caller.";
        return answer(ProblemType.UNAUTHENTICATED, detail, hint, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, CallerCredentials.CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbiddenConnection(ForbiddenConnectionException failure, UriInfo uri) {
        String detail = "This caller may not use the connection '" + failure.connection() + "'.";
        String hint = "Ask the broker's operators to add the connection to the caller's broker.callers.<name>."
                + "connections.";
        return answer(ProblemType.FORBIDDEN_CONNECTION, detail, hint, uri).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException failure, UriInfo uri) {
        String detail = "This caller may not do this.";
        return answer(ProblemType.FORBIDDEN, detail, "Ask the broker's operators for the right.", uri).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidRequest(ConstraintViolationException failure, UriInfo uri) {
        List<InvalidParameter> parameters = failure.getConstraintViolations().stream()
                .map(violation -> new InvalidParameter(parameterName(violation), violation.getMessage()))
                .sorted((left, right) -> left.name().compareTo(right.name()))
                .toList();
        String detail = parameters.stream()
                .map(parameter -> parameter.name() + " " + parameter.reason())
                .reduce((left, right) -> left + "; " + right)
                .orElse("The request is not valid");

        Problem problem = problem(ProblemType.INVALID_REQUEST, detail, "Correct the named parameters.", uri)
                .withInvalidParameters(parameters);
        return builder(problem).build();
    }

    /** A body that is not JSON, or whose values do not fit their types, is the caller's mistake like any other. */
    @ServerExceptionMapper(value = { JsonProcessingException.class, MismatchedInputException.class }, priority = FIRST)
    public RestResponse<Problem> unreadableBody(JsonProcessingException failure, UriInfo uri) {
        String name = failure instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String reason = failure instanceof JsonParseException ? "is not well-formed JSON"
                : "has a value of the wrong type, or a property the schema does not know";
        InvalidParameter parameter = new InvalidParameter(name.isEmpty() ? "body" : name, reason);

        Problem problem = problem(ProblemType.INVALID_REQUEST, parameter.name() + " " + reason,
                "Send a JSON body as the OpenAPI document describes it.", uri)
                .withInvalidParameters(List.of(parameter));
        return builder(problem).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> upstream(UpstreamException failure, UriInfo uri) {
        UpstreamProblem upstream = UpstreamProblem.of(failure);
        Problem problem = problem(upstream.type(), failure.getMessage(), upstream.hint(), uri)
                .withUpstream(failure.connection(), failure.details().genesysCode(), failure.details().correlationId());
        RestResponse.ResponseBuilder<Problem> builder = builder(problem);
        failure.details().retryAfter().map(Duration::toSeconds)
                .ifPresent(seconds -> builder.header(HttpHeaders.RETRY_AFTER, Math.max(1, seconds)));
        return builder.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> http(WebApplicationException failure, UriInfo uri) {
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri);
        }
        Response.StatusType status = failure.getResponse().getStatusInfo();
        Problem problem = new Problem(null, status.getReasonPhrase(), status.getStatusCode(), failure.getMessage(),
                uri.getPath(), null, null, null, null, null);
        return builder(problem).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable failure, UriInfo uri) {
        Log.errorf(failure, "Unexpected failure answering %s", uri.getPath());
        String detail = "The broker failed while answering; its log has the details.";
        return answer(ProblemType.INTERNAL_ERROR, detail, "Retry; if it persists, tell the broker's operators.", uri)
                .build();
    }

    private static RestResponse.ResponseBuilder<Problem> answer(ProblemType type, String detail, String hint,
            UriInfo uri) {
        return builder(problem(type, detail, hint, uri));
    }

    private static Problem problem(ProblemType type, String detail, String hint, UriInfo uri) {
        return new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), hint, null, null, null,
                null);
    }

    private static RestResponse.ResponseBuilder<Problem> builder(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem> create(problem.status()).entity(problem).type(Problem.MEDIA_TYPE);
    }

    /** The property path within a parameter ({@code filters.state}), or the parameter's name where it has none. */
    private static String parameterName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringJoiner properties = new StringJoiner(".");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        return properties.length() == 0 ? parameter : properties.toString();
    }

    private static String fieldPath(JsonMappingException failure) {
        StringJoiner path = new StringJoiner(".");
        failure.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                .forEach(path::add);
        return path.toString();
    }
}
