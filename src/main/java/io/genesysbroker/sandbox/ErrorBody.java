package io.genesysbroker.sandbox;

import java.util.Map;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Builds Genesys' ErrorBody, the JSON of every non-2xx answer of the platform API. */
final class ErrorBody {

    private ErrorBody() {
    }

    /** Fills the problem's template; messageParams keeps only the params the template names. */
    static JsonObject of(Problem problem, Map<String, ?> params, String contextId) {
        String message = problem.messageWithParams;
        JsonObject messageParams = new JsonObject();
        for (Map.Entry<String, ?> param : params.entrySet()) {
            String placeholder = "{" + param.getKey() + "}";
            if (message.contains(placeholder)) {
                message = message.replace(placeholder, String.valueOf(param.getValue()));
                messageParams.put(param.getKey(), String.valueOf(param.getValue()));
            }
        }

        return body(problem.status, problem.code, message, contextId)
                .put("messageWithParams", problem.messageWithParams)
                .put("messageParams", messageParams);
    }

    /** For a status no {@link Problem} covers: the code is the reason phrase, as in "bad.gateway". */
    static JsonObject ofStatus(int status, String contextId) {
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        String code = reason.toLowerCase().replace(' ', '.');

        return body(status, code, reason, contextId)
                .put("messageWithParams", reason)
                .put("messageParams", new JsonObject());
    }

    private static JsonObject body(int status, String code, String message, String contextId) {
        return new JsonObject()
                .put("message", message)
                .put("code", code)
                .put("status", status)
                .put("contextId", contextId)
                .put("details", new JsonArray())
                .put("errors", new JsonArray());
    }
}
