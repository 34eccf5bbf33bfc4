package io.genesysbroker.token;

import java.time.Duration;
import java.util.Optional;

/** A snapshot of a token cache, without the token. */
public record TokenStatus(TokenState state, Optional<Duration> expiresIn) {
}
