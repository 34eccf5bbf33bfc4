package io.genesysbroker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import io.quarkus.security.ForbiddenException;

/** Failures that no HTTP test can provoke today still leave as problems. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void answersARefusalOfTheSecurityLayerAsAProblem() {
        RestResponse<Problem> answer = mapper.forbidden(new ForbiddenException("role missing"), uri("/v1/connections"));

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(answer.getEntity().type()).hasToString("urn:genesys-token-broker:problem:forbidden");
        assertThat(answer.getEntity().instance()).isEqualTo("/v1/connections");
        assertThat(answer.getEntity().detail()).doesNotContain("role missing");
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, arguments) -> "getPath".equals(method.getName()) ? path : null);
    }
}
