package io.genesysbroker.sandbox;

import java.time.Instant;

/** A token the sandbox handed out: valid until it expires or the sandbox forgets it, with its own budget. */
record IssuedToken(Instant expiresAt, RequestWindow budget) {

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
