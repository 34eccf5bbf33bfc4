package io.genesysbroker.upstream;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a Genesys {@code UsersSearchResponse}. */
@RegisterForReflection
public record GenesysUserSearchResults(List<GenesysUser> results, Integer pageSize, Integer pageNumber, Long total,
        Integer pageCount) {
}
