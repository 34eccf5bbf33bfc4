package io.genesysbroker.caller;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The callers the broker answers, how each proves who it is, and the connections each may use. */
@ConfigMapping(prefix = "broker")
public interface CallerConfig {

    /** The callers by name; none by default, and with none every {@code /v1} request is refused. */
    Map<String, CallerSettings> callers();

    /** One internal service that calls the broker. */
    interface CallerSettings {

        /** Hex SHA-256 of the caller's API key, never the key itself; none by default. */
        Optional<String> keySha256();

        /**
         * A file holding the hex SHA-256 of the caller's API key instead of {@code key-sha256}, read again whenever it
         * changes, so that a rotated key needs no restart; none by default.
         */
        Optional<Path> keySha256File();

        /** The JWT {@code sub} that is this caller, as {@code system:serviceaccount:<ns>:<sa>}; none by default. */
        Optional<String> jwtSubject();

        /** The connection names this caller may use, {@code *} for all; none by default. */
        Optional<List<String>> connections();
    }
}
