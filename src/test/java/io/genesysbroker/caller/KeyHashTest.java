package io.genesysbroker.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyHashTest {

    @TempDir
    Path directory;

    @Test
    void matchesOnlyTheKeyOfAFixedHash() throws Exception {
        KeyHash hash = KeyHash.of(hex("first-key"));

        assertThat(hash.matches(sha256("first-key"))).isTrue();
        assertThat(hash.matches(sha256("other-key"))).isFalse();
    }

    @Test
    void matchesTheRotatedKeyOnceTheFileChanges() throws Exception {
        Path file = write("first-key", Instant.parse("2026-01-01T00:00:00Z"));
        KeyHash hash = KeyHash.inFile("billing", file);

        write("second-key", Instant.parse("2026-01-01T00:01:00Z"));

        assertThat(hash.matches(sha256("second-key"))).isTrue();
        assertThat(hash.matches(sha256("first-key"))).isFalse();
    }

    @Test
    void matchesNoKeyWhileTheFileIsBrokenThenRecovers() throws Exception {
        Path file = write("first-key", Instant.parse("2026-01-01T00:00:00Z"));
        KeyHash hash = KeyHash.inFile("billing", file);

        Files.writeString(file, "not a hash");
        assertThat(hash.matches(sha256("first-key"))).isFalse();
        Files.delete(file);
        assertThat(hash.matches(sha256("first-key"))).isFalse();

        write("first-key", Instant.parse("2026-01-01T00:02:00Z"));
        assertThat(hash.matches(sha256("first-key"))).isTrue();
    }

    /** Writes the hash of {@code key} with a modification time of its own, as a rotation by the kubelet does. */
    private Path write(String key, Instant modified) throws Exception {
        Path file = Files.writeString(directory.resolve("key.sha256"), hex(key) + "\n");
        return Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static String hex(String key) throws Exception {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    }
}
