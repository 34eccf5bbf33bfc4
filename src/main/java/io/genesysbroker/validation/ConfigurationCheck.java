package io.genesysbroker.validation;

import java.net.URI;

import io.genesysbroker.connection.Connection;

/** The connection's configuration on its own: the region, the URLs it derived, and their scheme. */
final class ConfigurationCheck {

    static final String NAME = "configuration";

    private ConfigurationCheck() {
    }

    static Check of(Connection connection) {
        String domain = connection.region().domain();
        String detail = "region " + connection.region().id() + " (" + domain + "), API " + connection.apiUrl()
                + ", login " + connection.loginUrl();

        if (isPlainHttp(connection.apiUrl()) || isPlainHttp(connection.loginUrl())) {
            return Check.warn(NAME, detail + "; plain http on a loopback address",
                    "Fine for the sandbox or a local stand-in; a real Genesys org is reached over https.");
        }
        if (!inDomain(connection.apiUrl(), domain) || !inDomain(connection.loginUrl(), domain)) {
            return Check.warn(NAME, detail + "; a URL is outside the region's domain " + domain,
                    "Expected when a proxy stands in front of Genesys; otherwise set the region and drop the URLs.");
        }
        return Check.pass(NAME, detail);
    }

    private static boolean isPlainHttp(URI url) {
        return "http".equalsIgnoreCase(url.getScheme());
    }

    private static boolean inDomain(URI url, String domain) {
        return url.getHost().endsWith("." + domain);
    }
}
