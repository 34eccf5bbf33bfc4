package io.genesysbroker.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * An OAuth client secret that never shows itself in a string, a log line or an exception. A secret held in a file is
 * read again each time it is needed, so that a rotated file takes effect without a restart.
 */
public final class ClientSecret {

    private final Supplier<String> value;

    private ClientSecret(Supplier<String> value) {
        this.value = value;
    }

    static ClientSecret of(String value) {
        return new ClientSecret(() -> value);
    }

    static ClientSecret inFile(Path file) {
        return new ClientSecret(() -> read(file));
    }

    /** The secret itself, for the one place that builds the token request's Basic header. */
    public String reveal() {
        return value.get();
    }

    @Override
    public String toString() {
        return "[redacted]";
    }

    /** The file's content without the line end that editors and {@code kubectl create secret} may leave. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The client secret file " + file + " cannot be read", e);
        }
    }
}
