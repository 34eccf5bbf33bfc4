package io.genesysbroker.connection;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.genesysbroker.connection.GenesysConfig.ConnectionConfig;

/**
 * Turns configuration into connections, collecting every problem instead of stopping at the first, so that an
 * operator fixes a bad configuration in one round.
 */
final class ConnectionFactory {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String DEFAULT = "default";

    private final RegionTable regions;
    private final List<String> problems = new ArrayList<>();

    ConnectionFactory(RegionTable regions) {
        this.regions = regions;
    }

    List<Connection> buildAll(Map<String, ConnectionConfig> configs) {
        List<Connection> connections = new ArrayList<>();
        configs.forEach((name, config) -> build(name, config).ifPresent(connections::add));
        return connections;
    }

    List<String> problems() {
        return problems;
    }

    private Optional<Connection> build(String name, ConnectionConfig config) {
        if (!NAME.matcher(name).matches()) {
            problems.add("Connection name '" + name + "' may only use letters, digits, '-' and '_'");
            return Optional.empty();
        }
        Optional<Region> region = region(name, config.region());
        Optional<String> clientId = required(name, config.clientId(), "client-id", "GENESYS_CLIENT_ID");
        Optional<ClientSecret> secret = secret(name, config);
        if (region.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }

        URI apiUrl = config.apiUrl().orElseGet(() -> URI.create("https://api." + region.get().domain()));
        URI loginUrl = config.loginUrl().orElseGet(() -> loginUrlFor(apiUrl));
        boolean urlsValid = checkUrl(name, "api-url", apiUrl) & checkUrl(name, "login-url", loginUrl);

        boolean budgetValid = checkBudget(name, config.requestsPerMinute());
        if (!urlsValid || !budgetValid) {
            return Optional.empty();
        }

        return Optional.of(new Connection(name, region.get(), apiUrl, loginUrl, clientId.get(), secret.get(),
                config.requestsPerMinute()));
    }

    private Optional<Region> region(String name, String idOrDomain) {
        Optional<Region> region = regions.find(idOrDomain);
        if (region.isEmpty()) {
            problems.add("Connection '" + name + "' names unknown region '" + idOrDomain + "'; valid region ids: "
                    + regions.ids());
        }
        return region;
    }

    private Optional<ClientSecret> secret(String name, ConnectionConfig config) {
        Optional<String> value = config.clientSecret().map(String::trim).filter(text -> !text.isEmpty());
        if (value.isPresent() && config.clientSecretFile().isPresent()) {
            problems.add("Connection '" + name + "' has both client-secret and client-secret-file: keep one");
            return Optional.empty();
        }
        if (config.clientSecretFile().isPresent()) {
            return secretFile(name, config.clientSecretFile().get());
        }
        return required(name, value, "client-secret", "GENESYS_CLIENT_SECRET").map(ClientSecret::of);
    }

    private Optional<ClientSecret> secretFile(String name, Path file) {
        try {
            if (ClientSecret.read(file).isEmpty()) {
                problems.add("Connection '" + name + "': client-secret-file " + file + " is empty");
                return Optional.empty();
            }
            return Optional.of(ClientSecret.inFile(file));
        } catch (UncheckedIOException unreadable) {
            problems.add("Connection '" + name + "': client-secret-file " + file + " cannot be read");
            return Optional.empty();
        }
    }

    private Optional<String> required(String name, Optional<String> value, String key, String variable) {
        Optional<String> present = value.map(String::trim).filter(text -> !text.isEmpty());
        if (present.isEmpty()) {
            String setting = DEFAULT.equals(name) ? variable : "genesys.connections." + name + "." + key;
            problems.add("Connection '" + name + "' has no " + key.replace('-', ' ') + ": set " + setting);
        }
        return present;
    }

    private boolean checkUrl(String name, String key, URI url) {
        String scheme = url.getScheme();
        String problem = null;
        if (url.getHost() == null || scheme == null) {
            problem = "is not an absolute URL";
        } else if ("http".equalsIgnoreCase(scheme) && !isLoopback(url.getHost())) {
            problem = "uses plain http, which is accepted only for loopback addresses; use https";
        } else if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            problem = "must use https";
        }
        if (problem != null) {
            problems.add("Connection '" + name + "': " + key + " " + url + " " + problem);
        }
        return problem == null;
    }

    private boolean checkBudget(String name, int requestsPerMinute) {
        if (requestsPerMinute < 1) {
            problems.add("Connection '" + name + "': requests-per-minute must be at least 1");
        }
        return requestsPerMinute >= 1;
    }

    /** The official SDKs find the login host by swapping the API host's first label; a stand-in serves both. */
    private static URI loginUrlFor(URI apiUrl) {
        String host = apiUrl.getHost();
        if (host == null || !host.startsWith("api.")) {
            return apiUrl;
        }
        return URI.create(apiUrl.getScheme() + "://login." + host.substring("api.".length())
                + (apiUrl.getPort() == -1 ? "" : ":" + apiUrl.getPort()));
    }

    private static boolean isLoopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
