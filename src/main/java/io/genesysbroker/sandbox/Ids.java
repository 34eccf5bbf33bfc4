package io.genesysbroker.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Makes the generated org's ids from names, so that every start hands out the same ids. */
final class Ids {

    private Ids() {
    }

    static String fromName(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
