package io.genesysbroker.caller;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The API key a request carried, on its way to {@link ApiKeyIdentityProvider}; it never shows itself as text. */
final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    ApiKeyRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest[redacted]";
    }
}
