package io.genesysbroker.api;

import java.util.Set;

/**
 * The parts of a user callers may ask Genesys to expand: those Genesys documents for users that describe the user
 * itself. Each names the property of the Genesys user that holds it, which the broker passes on unchanged.
 */
final class Expand {

    static final Set<String> NAMES = Set.of(
            "presence", "routingStatus", "outOfOffice", "geolocation", "station", "authorization", "team", "groups",
            "locations", "skills", "languages", "dateLastLogin");

    static final String PATTERN = "presence|routingStatus|outOfOffice|geolocation|station|authorization|team|groups"
            + "|locations|skills|languages|dateLastLogin";

    static final String MESSAGE = "must be presence, routingStatus, outOfOffice, geolocation, station, authorization,"
            + " team, groups, locations, skills, languages or dateLastLogin";

    private Expand() {
    }
}
