package io.genesysbroker.caller;

import java.util.Optional;

/** A configured caller with what proves it: the SHA-256 of its API key and its JWT subject, either or both. */
record KnownCaller(Caller caller, Optional<KeyHash> keySha256, Optional<String> jwtSubject) {
}
