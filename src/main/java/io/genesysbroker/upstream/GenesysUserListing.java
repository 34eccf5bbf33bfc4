package io.genesysbroker.upstream;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a Genesys {@code UserEntityListing}. */
@RegisterForReflection
public record GenesysUserListing(List<GenesysUser> entities, Integer pageSize, Integer pageNumber, Long total,
        Integer pageCount) {
}
