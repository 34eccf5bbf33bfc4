package io.genesysbroker.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** WireMock answers shaped like Genesys', for one connection's path prefix. */
public final class GenesysStubs {

    public static final String ORGANIZATION = """
            {"id": "6d3c8a52-0f7a-4e0b-9a43-2c1d5e6f7a80", "name": "Example Org", "thirdPartyOrgName": "example",
             "domain": "example.com", "state": "active", "productPlatform": "PureCloud",
             "defaultLanguage": "en-us", "features": {"purecloud": true}, "version": 12, "selfUri": "/x"}""";

    private GenesysStubs() {
    }

    public static MappingBuilder tokenEndpoint(String connection) {
        return post(urlPathEqualTo("/" + connection + "/oauth/token"));
    }

    public static MappingBuilder organizationEndpoint(String connection) {
        return get(urlPathEqualTo("/" + connection + "/api/v2/organizations/me"));
    }

    public static MappingBuilder usersEndpoint(String connection) {
        return get(urlPathEqualTo("/" + connection + "/api/v2/users"));
    }

    public static ResponseDefinitionBuilder token(String value, int expiresInSeconds) {
        return json(200, "{\"access_token\": \"" + value + "\", \"token_type\": \"Bearer\", \"expires_in\": "
                + expiresInSeconds + "}");
    }

    public static ResponseDefinitionBuilder genesysError(int status, String code, String message) {
        String body = "{\"message\": \"" + message + "\", \"code\": \"" + code + "\", \"status\": " + status
                + ", \"contextId\": \"ctx-" + status + "\", \"details\": [], \"errors\": []}";
        return json(status, body).withHeader("ININ-Correlation-Id", "ctx-" + status);
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
