package io.genesysbroker.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.genesysbroker.caller.CallerConfig.CallerSettings;

class CallerFactoryTest {

    private static final String HASH = "240c0700973291f1507a9935939a3c78fa1be99e38acd774a40f4832db691a25";
    private static final String OTHER_HASH = "b0b6cbb1094460e49596328ca5b07b5efa23831f489ceec885eb982febf4b4bc";

    private final CallerFactory factory = new CallerFactory(Set.of("default", "eu"));

    @Test
    void buildsACallerWithAKeyAndASubject() {
        List<KnownCaller> callers = factory.buildAll(Map.of("billing",
                settings(HASH, "system:serviceaccount:billing:api", "default")));

        assertThat(factory.problems()).isEmpty();
        KnownCaller billing = callers.get(0);
        assertThat(billing.caller()).isEqualTo(new Caller("billing", Set.of("default")));
        assertThat(billing.keySha256().flatMap(KeyHash::hex)).contains(HASH);
        assertThat(billing.jwtSubject()).contains("system:serviceaccount:billing:api");
    }

    @Test
    void acceptsAnUppercaseHash() {
        factory.buildAll(Map.of("billing", settings(HASH.toUpperCase(), null, "*")));

        assertThat(factory.problems()).isEmpty();
    }

    @Test
    void refusesAHashThatIsNotSha256() {
        factory.buildAll(Map.of("billing", settings("secret-key", null, "default")));

        assertThat(factory.problems()).singleElement().asString().contains("64 hex digits");
    }

    @Test
    void readsTheKeyHashFromAFile(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("billing.sha256"), HASH + "\n");

        List<KnownCaller> callers = factory.buildAll(Map.of("billing", settingsWithFile(file, "default")));

        assertThat(factory.problems()).isEmpty();
        assertThat(callers.get(0).keySha256().flatMap(KeyHash::hex)).contains(HASH);
    }

    @Test
    void refusesAKeyGivenTwice(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("billing.sha256"), HASH);
        CallerSettings both = new Settings(Optional.of(HASH), Optional.of(file), Optional.empty(),
                Optional.of(List.of("default")));

        factory.buildAll(Map.of("billing", both));

        assertThat(factory.problems()).singleElement().asString().contains("both key-sha256 and key-sha256-file");
    }

    @Test
    void refusesAnUnreadableKeyFile(@TempDir Path directory) {
        factory.buildAll(Map.of("billing", settingsWithFile(directory.resolve("missing"), "default")));

        assertThat(factory.problems()).singleElement().asString().contains("cannot be read");
    }

    @Test
    void refusesAKeyFileThatHoldsTheKeyInsteadOfItsHash(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("billing.sha256"), "the-key-itself");

        factory.buildAll(Map.of("billing", settingsWithFile(file, "default")));

        assertThat(factory.problems()).singleElement().asString().contains("64 hex digits")
                .doesNotContain("the-key-itself");
    }

    @Test
    void refusesACallerThatCouldNeverAuthenticate() {
        factory.buildAll(Map.of("billing", settings(null, null, "default")));

        assertThat(factory.problems()).singleElement().asString().contains("neither key-sha256 nor jwt-subject");
    }

    @Test
    void refusesACallerWithoutConnections() {
        factory.buildAll(Map.of("billing", settings(HASH, null)));

        assertThat(factory.problems()).singleElement().asString()
                .contains("broker.callers.billing.connections");
    }

    @Test
    void namesAConnectionThatIsNotConfigured() {
        factory.buildAll(Map.of("billing", settings(HASH, null, "default", "us")));

        assertThat(factory.problems()).singleElement().asString().contains("'us'").contains("not configured");
    }

    @Test
    void refusesTwoCallersWithOneKey() {
        Map<String, CallerSettings> settings = new LinkedHashMap<>();
        settings.put("billing", settings(HASH, null, "default"));
        settings.put("reports", settings(HASH, null, "eu"));

        factory.buildAll(settings);

        assertThat(factory.problems()).singleElement().asString().contains("'billing' and 'reports' share an API key");
    }

    @Test
    void refusesTwoCallersWithOneSubject() {
        Map<String, CallerSettings> settings = new LinkedHashMap<>();
        settings.put("billing", settings(HASH, "system:serviceaccount:shared:api", "default"));
        settings.put("reports", settings(OTHER_HASH, "system:serviceaccount:shared:api", "eu"));

        factory.buildAll(settings);

        assertThat(factory.problems()).singleElement().asString().contains("share a JWT subject");
    }

    private static CallerSettings settings(String keySha256, String jwtSubject, String... connections) {
        return new Settings(Optional.ofNullable(keySha256), Optional.empty(), Optional.ofNullable(jwtSubject),
                connections.length == 0 ? Optional.empty() : Optional.of(List.of(connections)));
    }

    private static CallerSettings settingsWithFile(Path keySha256File, String... connections) {
        return new Settings(Optional.empty(), Optional.of(keySha256File), Optional.empty(),
                Optional.of(List.of(connections)));
    }

    private record Settings(Optional<String> keySha256, Optional<Path> keySha256File, Optional<String> jwtSubject,
            Optional<List<String>> connections) implements CallerSettings {
    }
}
