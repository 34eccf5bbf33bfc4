package io.genesysbroker.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.genesysbroker.connection.GenesysConfig.ConnectionConfig;

class ConnectionFactoryTest {

    private final ConnectionFactory factory = new ConnectionFactory(new RegionTable(Map.of(
            "us-east-1", "mypurecloud.com", "eu-west-1", "mypurecloud.ie", "ap-southeast-2", "mypurecloud.com.au")));

    @Test
    void derivesBothHostsFromTheRegion() {
        Connection connection = buildOne("default", config("eu-west-1", null, null));

        assertThat(connection.region()).isEqualTo(new Region("eu-west-1", "mypurecloud.ie"));
        assertThat(connection.apiUrl()).isEqualTo(URI.create("https://api.mypurecloud.ie"));
        assertThat(connection.loginUrl()).isEqualTo(URI.create("https://login.mypurecloud.ie"));
    }

    @Test
    void acceptsARegionGivenByItsDomain() {
        Connection connection = buildOne("anz", config("mypurecloud.com.au", null, null));

        assertThat(connection.region().id()).isEqualTo("ap-southeast-2");
    }

    @Test
    void derivesTheLoginHostFromAnApiUrlOverride() {
        Connection connection = buildOne("proxy", config("us-east-1", "https://api.genesys.example:8443", null));

        assertThat(connection.loginUrl()).isEqualTo(URI.create("https://login.genesys.example:8443"));
    }

    @Test
    void usesALoopbackStandInForBothServices() {
        Connection connection = buildOne("local", config("us-east-1", "http://127.0.0.1:8180", null));

        assertThat(connection.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8180"));
        assertThat(connection.loginUrl()).isEqualTo(URI.create("http://127.0.0.1:8180"));
    }

    @Test
    void neverShowsTheSecretInText() {
        Connection connection = buildOne("default", config("us-east-1", null, null));

        assertThat(connection.toString()).doesNotContain("secret").contains("[redacted]");
    }

    @Test
    void readsTheSecretFromAFileEachTimeItIsNeeded(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("client-secret"), "first\n");
        Connection connection = buildOne("default", new FileConfig(file));

        assertThat(connection.clientSecret().reveal()).isEqualTo("first");
        Files.writeString(file, "second");
        assertThat(connection.clientSecret().reveal()).isEqualTo("second");
    }

    @Test
    void refusesAnUnreadableSecretFile(@TempDir Path directory) {
        factory.buildAll(Map.of("default", new FileConfig(directory.resolve("missing"))));

        assertThat(factory.problems()).singleElement().asString().contains("client-secret-file").contains("missing");
    }

    @Test
    void refusesASecretGivenTwice(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("client-secret"), "in-file");
        ConnectionConfig both = new FileConfig(file) {
            @Override
            public Optional<String> clientSecret() {
                return Optional.of("inline");
            }
        };

        factory.buildAll(Map.of("default", both));

        assertThat(factory.problems()).singleElement().asString().contains("keep one");
    }

    @Test
    void refusesAnUnknownRegionListingTheValidIds() {
        factory.buildAll(Map.of("default", config("us-east-9", null, null)));

        assertThat(factory.problems()).containsExactly("Connection 'default' names unknown region 'us-east-9'; "
                + "valid region ids: ap-southeast-2, eu-west-1, us-east-1");
    }

    @Test
    void namesTheEnvironmentVariableOfMissingDefaultCredentials() {
        factory.buildAll(Map.of("default", new TestConfig("us-east-1", Optional.empty(), Optional.of(" "),
                Optional.empty(), Optional.empty())));

        assertThat(factory.problems()).containsExactly(
                "Connection 'default' has no client id: set GENESYS_CLIENT_ID",
                "Connection 'default' has no client secret: set GENESYS_CLIENT_SECRET");
    }

    @Test
    void namesTheConfigKeyOfMissingCredentialsOfOtherConnections() {
        factory.buildAll(Map.of("emea", new TestConfig("eu-west-1", Optional.of("id"), Optional.empty(),
                Optional.empty(), Optional.empty())));

        assertThat(factory.problems())
                .containsExactly("Connection 'emea' has no client secret: set genesys.connections.emea.client-secret");
    }

    @Test
    void refusesPlainHttpToAnythingButLoopback() {
        factory.buildAll(Map.of("default", config("us-east-1", "http://genesys.example", "https://login.example")));

        assertThat(factory.problems()).singleElement().asString()
                .contains("api-url http://genesys.example uses plain http");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        factory.buildAll(Map.of("one", config("nowhere", null, null),
                "two", config("us-east-1", "http://10.0.0.1", "ftp://login.example")));

        assertThat(factory.problems()).hasSize(3);
    }

    private Connection buildOne(String name, ConnectionConfig config) {
        List<Connection> connections = factory.buildAll(Map.of(name, config));

        assertThat(factory.problems()).isEmpty();
        return connections.get(0);
    }

    private static ConnectionConfig config(String region, String apiUrl, String loginUrl) {
        return new TestConfig(region, Optional.of("client"), Optional.of("secret"),
                Optional.ofNullable(apiUrl).map(URI::create), Optional.ofNullable(loginUrl).map(URI::create));
    }

    private static class FileConfig implements ConnectionConfig {

        private final Path file;

        FileConfig(Path file) {
            this.file = file;
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public Optional<String> clientId() {
            return Optional.of("client");
        }

        @Override
        public Optional<String> clientSecret() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> clientSecretFile() {
            return Optional.of(file);
        }

        @Override
        public Optional<URI> apiUrl() {
            return Optional.empty();
        }

        @Override
        public Optional<URI> loginUrl() {
            return Optional.empty();
        }

        @Override
        public int requestsPerMinute() {
            return 300;
        }
    }

    private record TestConfig(String region, Optional<String> clientId, Optional<String> clientSecret,
            Optional<URI> apiUrl, Optional<URI> loginUrl) implements ConnectionConfig {

        @Override
        public Optional<Path> clientSecretFile() {
            return Optional.empty();
        }

        @Override
        public int requestsPerMinute() {
            return 300;
        }
    }
}
