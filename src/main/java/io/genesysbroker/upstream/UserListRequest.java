package io.genesysbroker.upstream;

/** Which page of users to list; a null sort order or state leaves Genesys' default. */
public record UserListRequest(int pageSize, int pageNumber, SortOrder sortOrder, String state) {

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
