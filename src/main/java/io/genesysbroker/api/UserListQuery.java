package io.genesysbroker.api;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import io.genesysbroker.upstream.UserListRequest;
import io.genesysbroker.upstream.UserListRequest.SortOrder;

/**
 * The query of a user listing. Values arrive as text and are checked by pattern, so that a bad value is answered 400
 * naming the parameter instead of the 404 that a failed conversion would give.
 */
public class UserListQuery {

    static final String STATES = "active|inactive|deleted|any";
    static final String STATES_MESSAGE = "must be active, inactive, deleted or any";

    /** Users per page, 1 to 100. */
    @QueryParam("pageSize")
    @DefaultValue("25")
    @Pattern(regexp = "[1-9][0-9]?|100", message = "must be a whole number from 1 to 100")
    String pageSize;

    /** The page, from 1. */
    @QueryParam("pageNumber")
    @DefaultValue("1")
    @Pattern(regexp = "[1-9][0-9]{0,5}", message = "must be a whole number from 1 to 999999")
    String pageNumber;

    /** Order by name: {@code asc} or {@code desc}; Genesys' default when absent. */
    @QueryParam("sortOrder")
    @Pattern(regexp = "asc|desc", message = "must be asc or desc")
    String sortOrder;

    /** Which users: {@code active}, {@code inactive}, {@code deleted} or {@code any}. */
    @QueryParam("state")
    @DefaultValue("active")
    @Pattern(regexp = STATES, message = STATES_MESSAGE)
    String state;

    /** Parts of each user to expand; repeat the parameter for several. */
    @QueryParam("expand")
    List<@Pattern(regexp = Expand.PATTERN, message = Expand.MESSAGE) String> expand;

    UserListRequest toRequest() {
        SortOrder order = sortOrder == null ? null
                : "asc".equals(sortOrder) ? SortOrder.ASCENDING : SortOrder.DESCENDING;
        return new UserListRequest(Integer.parseInt(pageSize), Integer.parseInt(pageNumber), order, state,
                expand == null ? List.of() : List.copyOf(expand));
    }
}
