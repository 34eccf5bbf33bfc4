package io.genesysbroker.token;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The login service's answer to a token request. */
@RegisterForReflection
record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Long expiresIn) {

    @Override
    public String toString() {
        return "TokenAnswer[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
