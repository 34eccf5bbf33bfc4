package io.genesysbroker.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.genesysbroker.testing.GenesysStubs.json;
import static io.genesysbroker.testing.GenesysStubs.organizationEndpoint;
import static io.genesysbroker.testing.GenesysStubs.token;
import static io.genesysbroker.testing.GenesysStubs.tokenEndpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.genesysbroker.caller.CallerCredentials;
import io.genesysbroker.testing.GenesysStubs;
import io.genesysbroker.testing.TestCallers;

/**
 * The packaged application, told to stop while a caller's request waits on Genesys, answers the request in flight
 * before it exits. A request that arrives meanwhile is answered with {@code Connection: close}, so that the caller's
 * next request opens a connection the Service routes to another replica.
 */
class GracefulShutdownIT {

    /** The secret of the connection, which {@link LogsCarryNoSecretsIT} looks for in {@link #LOG}. */
    static final String SECRET = "shutdown-secret-5d1e";

    /** The application's log. */
    static final Path LOG = Path.of("target", "test-logs", "packaged-shutdown.log");

    private static final Duration UPSTREAM_DELAY = Duration.ofSeconds(4);
    private static final String ORGANIZATION_PATH = "/shutdown/api/v2/organizations/me";

    private final WireMockServer genesys = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process broker;
    private int port;

    @BeforeEach
    void startTheBroker() throws Exception {
        genesys.start();
        genesys.stubFor(tokenEndpoint("shutdown").willReturn(token("shutdown-token-8c2a", 3600)));
        genesys.stubFor(organizationEndpoint("shutdown").willReturn(json(200, GenesysStubs.ORGANIZATION)
                .withFixedDelay((int) UPSTREAM_DELAY.toMillis())));
        port = freePort();
        Files.createDirectories(LOG.getParent());

        broker = PackagedArtifact.with(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dgenesys.connections.default.api-url=" + genesys.baseUrl() + "/shutdown",
                "-Dgenesys.connections.default.client-id=shutdown-client",
                "-Dgenesys.connections.default.client-secret=" + SECRET,
                "-Dbroker.callers.tests.key-sha256=" + TestCallers.sha256(TestCallers.KEY),
                "-Dbroker.callers.tests.connections=*"))
                .redirectOutput(LOG.toFile())
                .start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> send("/v1/connections").statusCode() == 200);
    }

    @AfterEach
    void stopEverything() {
        broker.destroyForcibly();
        genesys.stop();
    }

    @Test
    void answersTheRequestInFlightAndClosesEachNewConnectionWhileStopping() throws Exception {
        HttpRequest organization = request("/v1/connections/default/organization");
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(organization, BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !genesys.findAll(getRequestedFor(urlPathEqualTo(ORGANIZATION_PATH))).isEmpty());

        broker.destroy();

        await().atMost(UPSTREAM_DELAY).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> send("/v1/connections").headers().firstValue("connection").orElse(""), equalTo("close"));
        assertThat(inFlight).as("the request in flight while new connections are closed").isNotDone();
        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"name\":\"Example Org\"");
        assertThat(broker.waitFor(30, TimeUnit.SECONDS)).as("the broker exited").isTrue();
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(request(path), BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(CallerCredentials.API_KEY_HEADER, TestCallers.KEY)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
