package io.genesysbroker.caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.genesysbroker.connection.ConnectionRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The configured callers, checked once at start-up, found by API key or by JWT subject. A configuration with a problem
 * stops the start-up here, with one line for each problem of the callers and of the connections.
 */
@Startup
@Singleton
public class CallerRegistry {

    private final List<KnownCaller> callers;

    CallerRegistry(CallerConfig config, ConnectionRegistry connections) {
        CallerFactory factory = new CallerFactory(connections.configuredNames());
        List<KnownCaller> built = factory.buildAll(config.callers());
        List<String> problems = new ArrayList<>(connections.problems());
        problems.addAll(factory.problems());
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join(System.lineSeparator(), problems));
        }

        callers = built.stream().sorted((left, right) -> left.caller().name().compareTo(right.caller().name()))
                .toList();
        callers.forEach(CallerRegistry::announce);
        if (callers.isEmpty()) {
            Log.warn("No caller is configured (broker.callers): every /v1 request will be refused with 401");
        }
    }

    /**
     * The caller whose API key this is. Every configured hash is compared, each in constant time, so that the time
     * taken tells nothing about which caller, if any, matched.
     */
    Optional<Caller> withKey(String key) {
        byte[] hash = sha256(key);
        Caller found = null;
        for (KnownCaller candidate : callers) {
            if (candidate.keySha256().map(known -> known.matches(hash)).orElse(false)) {
                found = candidate.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The caller that a verified JWT with this subject stands for. */
    Optional<Caller> withSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return callers.stream()
                .filter(candidate -> candidate.jwtSubject().filter(subject::equals).isPresent())
                .map(KnownCaller::caller)
                .findFirst();
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static void announce(KnownCaller known) {
        List<String> proofs = new ArrayList<>();
        known.keySha256().ifPresent(hash -> proofs.add("API key"));
        known.jwtSubject().ifPresent(subject -> proofs.add("JWT subject " + subject));

        Caller caller = known.caller();
        Log.infof("Caller '%s': connections %s, authenticated by %s", caller.name(),
                String.join(",", caller.connections()), String.join(" or ", proofs));
    }
}
