package io.genesysbroker.upstream;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How many users a user search matched; all the permission probe needs from the answer. */
@RegisterForReflection
public record GenesysSearchTotal(Long total) {
}
