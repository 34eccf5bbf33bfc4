package io.genesysbroker.caller;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.genesysbroker.caller.CallerConfig.CallerSettings;

/**
 * Turns configuration into callers, collecting every problem instead of stopping at the first, so that an operator
 * fixes a bad configuration in one round.
 */
final class CallerFactory {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final Set<String> connections;
    private final List<String> problems = new ArrayList<>();

    CallerFactory(Set<String> connections) {
        this.connections = connections;
    }

    List<KnownCaller> buildAll(Map<String, CallerSettings> settings) {
        List<KnownCaller> callers = new ArrayList<>();
        settings.forEach((name, caller) -> build(name, caller).ifPresent(callers::add));

        checkUnique(callers, "an API key", caller -> caller.keySha256().flatMap(KeyHash::hex));
        checkUnique(callers, "a JWT subject", KnownCaller::jwtSubject);
        return callers;
    }

    List<String> problems() {
        return problems;
    }

    private Optional<KnownCaller> build(String name, CallerSettings settings) {
        if (!NAME.matcher(name).matches()) {
            problems.add("Caller name '" + name + "' may only use letters, digits, '-' and '_'");
            return Optional.empty();
        }
        int before = problems.size();

        Optional<KeyHash> key = keyHash(name, settings);
        Optional<String> subject = settings.jwtSubject().map(String::trim).filter(text -> !text.isEmpty());
        if (settings.keySha256().isEmpty() && settings.keySha256File().isEmpty() && subject.isEmpty()) {
            problems.add("Caller '" + name + "' has neither key-sha256 nor jwt-subject, so it could never be "
                    + "authenticated: set broker.callers." + name + ".key-sha256, .key-sha256-file or .jwt-subject");
        }
        Set<String> allowed = connections(name, settings.connections().orElse(List.of()));

        return problems.size() > before ? Optional.empty()
                : Optional.of(new KnownCaller(new Caller(name, allowed), key, subject));
    }

    private Optional<KeyHash> keyHash(String name, CallerSettings settings) {
        if (settings.keySha256().isPresent() && settings.keySha256File().isPresent()) {
            problems.add("Caller '" + name + "' has both key-sha256 and key-sha256-file: keep one");
            return Optional.empty();
        }
        if (settings.keySha256File().isPresent()) {
            return keyHashFile(name, settings.keySha256File().get());
        }

        Optional<String> hex = settings.keySha256().map(String::trim);
        if (hex.isPresent() && !KeyHash.isHex(hex.get())) {
            problems.add("Caller '" + name + "': key-sha256 must be the 64 hex digits of the SHA-256 of its API key");
            return Optional.empty();
        }
        return hex.map(KeyHash::of);
    }

    private Optional<KeyHash> keyHashFile(String name, Path file) {
        try {
            KeyHash hash = KeyHash.inFile(name, file);
            if (hash.hex().isEmpty()) {
                problems.add("Caller '" + name + "': key-sha256-file " + file + " must hold the 64 hex digits of the "
                        + "SHA-256 of its API key");
                return Optional.empty();
            }
            return Optional.of(hash);
        } catch (IOException unreadable) {
            problems.add("Caller '" + name + "': key-sha256-file " + file + " cannot be read");
            return Optional.empty();
        }
    }

    private Set<String> connections(String name, List<String> configured) {
        Set<String> allowed = new LinkedHashSet<>();
        configured.stream().map(String::trim).filter(entry -> !entry.isEmpty()).forEach(allowed::add);
        if (allowed.isEmpty()) {
            problems.add("Caller '" + name + "' may use no connection: set broker.callers." + name
                    + ".connections to connection names, or * for all");
        }

        allowed.stream()
                .filter(connection -> !Caller.ALL.equals(connection) && !connections.contains(connection))
                .forEach(connection -> problems.add("Caller '" + name + "' lists the connection '" + connection
                        + "', which is not configured; configured connections: " + new TreeSet<>(connections)));
        return allowed;
    }

    private void checkUnique(List<KnownCaller> callers, String what,
            Function<KnownCaller, Optional<String>> credential) {
        Map<String, String> owners = new HashMap<>();
        for (KnownCaller caller : callers) {
            credential.apply(caller).ifPresent(value -> {
                String owner = owners.putIfAbsent(value, caller.caller().name());
                if (owner != null) {
                    problems.add("Callers '" + owner + "' and '" + caller.caller().name() + "' share " + what
                            + "; each caller needs its own");
                }
            });
        }
    }
}
