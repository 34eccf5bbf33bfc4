package io.genesysbroker.upstream;

import java.time.Duration;

/** A token obtained only to prove the credentials work: its lifetime and the login host that issued it. */
public record TokenProbe(Duration lifetime, String loginHost) {
}
