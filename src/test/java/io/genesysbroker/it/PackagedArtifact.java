package io.genesysbroker.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Starts the artifact the build made, the jar or a native executable, as its own process with the given system
 * properties, for the tests that watch the process itself: how it refuses a bad configuration, how it shuts down.
 */
final class PackagedArtifact {

    private static final Path ARTIFACT = Path.of("target", "quarkus-artifact.properties");

    private PackagedArtifact() {
    }

    /** A process builder for the artifact with these {@code -D} settings, on free ports unless they name one. */
    static ProcessBuilder with(List<String> settings) throws IOException {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(1, settings);
        for (String port : List.of("quarkus.http.port", "quarkus.management.port")) {
            if (settings.stream().noneMatch(setting -> setting.startsWith("-D" + port + "="))) {
                command.add(1, "-D" + port + "=0");
            }
        }
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The command that starts the artifact, as the build describes it; settings go after its first word. */
    private static List<String> launcher() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(ARTIFACT)) {
            artifact.load(in);
        }

        Path path = Path.of("target").resolve(artifact.getProperty("path"));
        if ("native".equals(artifact.getProperty("type"))) {
            return List.of(path.toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-jar", path.toString());
    }
}
