package io.genesysbroker.upstream;

import java.util.List;

/** Which page of users to list, and the parts of each to expand; a null sort order or state leaves Genesys' default. */
public record UserListRequest(int pageSize, int pageNumber, SortOrder sortOrder, String state, List<String> expand) {

    /** A page of users with nothing expanded. */
    public UserListRequest(int pageSize, int pageNumber, SortOrder sortOrder, String state) {
        this(pageSize, pageNumber, sortOrder, state, List.of());
    }

    /** The order of users by name. */
    public enum SortOrder {
        ASCENDING("ascending"),
        DESCENDING("descending");

        private final String genesysName;

        SortOrder(String genesysName) {
            this.genesysName = genesysName;
        }

        String genesysName() {
            return genesysName;
        }
    }
}
