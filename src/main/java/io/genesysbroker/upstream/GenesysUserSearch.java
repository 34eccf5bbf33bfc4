package io.genesysbroker.upstream;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Genesys {@code UserSearchRequest}: criteria that must all match, one page of the results in the given order, and
 * the parts of each user to expand. Being a record, it also serves as the key under which identical searches meet.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GenesysUserSearch(List<Criterion> query, String sortBy, String sortOrder, int pageSize, int pageNumber,
        List<String> expand) {

    /** One criterion: a match of some fields against a value, combined with the others by its operator. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Criterion(String type, List<String> fields, String value, String operator) {

        /** A criterion every result must meet. */
        public static Criterion required(String type, List<String> fields, String value) {
            return new Criterion(type, List.copyOf(fields), value, "AND");
        }
    }
}
