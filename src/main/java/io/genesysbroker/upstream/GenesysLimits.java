package io.genesysbroker.upstream;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The org's effective limits in one namespace, such as {@code client.credentials.token.rate.per.minute}. */
@RegisterForReflection
public record GenesysLimits(List<Limit> entities) {

    /** One limit: its key, its namespace and its value. */
    @RegisterForReflection
    public record Limit(String key, String namespace, Long value) {
    }

    /** The value of the limit with this key, when Genesys reports it. */
    public Optional<Long> value(String key) {
        return entities == null ? Optional.empty()
                : entities.stream().filter(limit -> key.equals(limit.key()) && limit.value() != null)
                        .map(Limit::value).findFirst();
    }
}
