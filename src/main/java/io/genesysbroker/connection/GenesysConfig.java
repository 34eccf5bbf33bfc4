package io.genesysbroker.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Genesys Cloud connections the broker holds, and the regions it knows. */
@ConfigMapping(prefix = "genesys")
public interface GenesysConfig {

    /** The connections by name; names appear in URLs, so they use letters, digits, '-' and '_'. */
    Map<String, ConnectionConfig> connections();

    /** Region id to environment domain, for example {@code eu-west-1=mypurecloud.ie}; all 18 are preset. */
    Map<String, String> regions();

    /** Timeouts of every HTTP call to the upstream. */
    HttpConfig http();

    /** One Genesys org reached with one OAuth client. */
    interface ConnectionConfig {

        /** Region id such as {@code eu-west-1}, or its domain such as {@code mypurecloud.ie}; default us-east-1. */
        @WithDefault("us-east-1")
        String region();

        /** The OAuth client id; required. */
        Optional<String> clientId();

        /** The OAuth client secret; this or {@code client-secret-file} is required; never logged. */
        Optional<String> clientSecret();

        /** A file holding the OAuth client secret, read again at each token request, so rotation needs no restart. */
        Optional<Path> clientSecretFile();

        /** Platform API base URL; default {@code https://api.<domain>}. */
        Optional<URI> apiUrl();

        /** OAuth base URL; default {@code https://login.<domain>}, or derived from {@code api-url}. */
        Optional<URI> loginUrl();

        /** Upstream requests allowed per minute, per token or per client; default 300, Genesys' own default. */
        @WithDefault("300")
        int requestsPerMinute();
    }

    /** Timeouts of upstream HTTP calls. */
    interface HttpConfig {

        /** How long opening a connection to the upstream may take; default 5s. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one upstream answer may take; default 10s. */
        @WithDefault("10s")
        Duration readTimeout();
    }
}
