package io.genesysbroker.http;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON body of an error answer, which may be missing, empty or not JSON at all. */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    /** The answer's body as a JSON object, or empty when it has none or it is something else. */
    public static Optional<JsonNode> read(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            JsonNode node = body.isBlank() ? null : MAPPER.readTree(body);
            return Optional.ofNullable(node).filter(JsonNode::isObject);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    /** The text of a field, or empty when it is absent or blank. */
    public static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asText).filter(text -> !text.isBlank());
    }
}
