package io.genesysbroker.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds credentials in log text: the literal secrets and tokens the tests use, and anything shaped like an
 * {@code Authorization} header value, a JWT or an OAuth token answer.
 */
public final class SecretScanner {

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("(?i)\\bBearer\\s+[A-Za-z0-9._~+/=-]{6,}"),
            Pattern.compile("(?i)\\bBasic\\s+[A-Za-z0-9+/=]{6,}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{6,}\\.eyJ[A-Za-z0-9_-]{6,}"),
            Pattern.compile("(?i)access_token"),
            Pattern.compile("(?i)client_secret"));

    private final Collection<String> literals;

    public SecretScanner(Collection<String> literals) {
        this.literals = literals;
    }

    /** Every line that leaks, with its number, or nothing. */
    public List<String> findLeaks(List<String> lines) {
        List<String> leaks = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (leaks(line)) {
                leaks.add((index + 1) + ": " + line);
            }
        }
        return leaks;
    }

    private boolean leaks(String line) {
        return literals.stream().anyMatch(line::contains)
                || SHAPES.stream().anyMatch(shape -> shape.matcher(line).find());
    }
}
