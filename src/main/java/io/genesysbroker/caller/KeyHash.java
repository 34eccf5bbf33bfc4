package io.genesysbroker.caller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import io.quarkus.logging.Log;

/**
 * The SHA-256 of a caller's API key, given in configuration or held in a file. A file is read again whenever its
 * modification time or size changes, so that a rotated key takes effect without a restart; a file that cannot be
 * read or holds no hash matches no key until it is fixed.
 */
abstract sealed class KeyHash {

    private static final Pattern SHA_256 = Pattern.compile("[0-9A-Fa-f]{64}");

    /** Whether {@code hash} is this caller's, compared in constant time. */
    final boolean matches(byte[] hash) {
        return current().map(known -> MessageDigest.isEqual(known, hash)).orElse(false);
    }

    /** The hash in force now, as lower-case hex. */
    final Optional<String> hex() {
        return current().map(HexFormat.of()::formatHex);
    }

    abstract Optional<byte[]> current();

    static boolean isHex(String text) {
        return SHA_256.matcher(text).matches();
    }

    static KeyHash of(String hex) {
        return new Fixed(HexFormat.of().parseHex(hex));
    }

    /** A hash held in {@code file}; fails with {@link IOException} when the file cannot be read now. */
    static KeyHash inFile(String caller, Path file) throws IOException {
        return new InFile(caller, file);
    }

    private static final class Fixed extends KeyHash {

        private final byte[] hash;

        Fixed(byte[] hash) {
            this.hash = hash;
        }

        @Override
        Optional<byte[]> current() {
            return Optional.of(hash);
        }
    }

    private static final class InFile extends KeyHash {

        /** What the file held when it had this modification time and size. */
        private record Snapshot(FileTime modified, long size, Optional<byte[]> hash) {
        }

        private static final Snapshot UNREADABLE = new Snapshot(null, -1, Optional.empty());

        private final String caller;
        private final Path file;
        private final AtomicReference<Snapshot> snapshot;

        InFile(String caller, Path file) throws IOException {
            this.caller = caller;
            this.file = file;
            this.snapshot = new AtomicReference<>(read());
        }

        @Override
        Optional<byte[]> current() {
            Snapshot known = snapshot.get();
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
                if (now.lastModifiedTime().equals(known.modified()) && now.size() == known.size()) {
                    return known.hash();
                }
                return replace(known, read());
            } catch (IOException unreadable) {
                return replace(known, UNREADABLE);
            }
        }

        private Optional<byte[]> replace(Snapshot known, Snapshot fresh) {
            if (snapshot.compareAndSet(known, fresh) && fresh.hash().isPresent()) {
                Log.infof("Caller '%s': key-sha256-file %s read again after a change", caller, file);
            } else if (fresh.hash().isEmpty() && known.hash().isPresent()) {
                Log.warnf("Caller '%s': key-sha256-file %s cannot be read or holds no SHA-256 (64 hex digits), so no"
                        + " API key matches it", caller, file);
            }
            return fresh.hash();
        }

        private Snapshot read() throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            Optional<byte[]> hash = isHex(text) ? Optional.of(HexFormat.of().parseHex(text)) : Optional.empty();
            return new Snapshot(attributes.lastModifiedTime(), attributes.size(), hash);
        }
    }
}
