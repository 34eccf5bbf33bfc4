package io.genesysbroker.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.genesysbroker.upstream.GenesysUserSearch;
import io.genesysbroker.upstream.GenesysUserSearch.Criterion;

/**
 * A user search as callers send it. Free text is matched with Genesys' {@code CONTAINS} over the chosen fields (any
 * field may hold it); filters match exactly. Unknown properties are refused ({@link StrictJson}), so that a misspelt
 * filter is a 400 rather than a search that silently ignores it.
 */
@Schema(name = "UserSearch", description = "A user search: free text, exact filters, one page in one order")
// Each component keeps its schema and its constraints on lines of their own, which the formatter would join.
// @formatter:off
public record UserSearchBody(
        @Schema(description = "Text that one of the fields must contain, ignoring case", minLength = 1,
                maxLength = 200)
        @Size(min = 1, max = 200)
        String text,

        @Schema(description = "The fields searched for the text; all five when absent", maxItems = 5)
        @Size(max = 5)
        List<@Pattern(regexp = TEXT_FIELDS, message = TEXT_FIELDS_MESSAGE) String> fields,

        @Valid
        Filters filters,

        @Schema(description = "Users per page", minimum = "1", maximum = "100", defaultValue = "25")
        @Min(1)
        @Max(100)
        Integer pageSize,

        @Schema(description = "The page, from 1", minimum = "1", maximum = "10000", defaultValue = "1")
        @Min(1)
        @Max(10_000)
        Integer pageNumber,

        @Schema(description = "The field to order by", enumeration = { "name", "email", "department", "title" },
                defaultValue = "name")
        @Pattern(regexp = "name|email|department|title", message = "must be name, email, department or title")
        String sortBy,

        @Schema(description = "The direction of the order", enumeration = { "asc", "desc" }, defaultValue = "asc")
        @Pattern(regexp = "asc|desc", message = "must be asc or desc")
        String sortOrder,

        @Schema(description = "The parts of each user to expand into its expanded object")
        List<@Pattern(regexp = Expand.PATTERN, message = Expand.MESSAGE) String> expand) {
// @formatter:on

    private static final String TEXT_FIELDS = "name|email|username|department|title";
    private static final String TEXT_FIELDS_MESSAGE = "must be name, email, username, department or title";

    /** Exact filters; the state is {@code active} when absent, as in the listing. */
    @Schema(name = "UserSearchFilters", description = "Values users must have exactly")
    // @formatter:off
    public record Filters(
            @Schema(enumeration = { "active", "inactive", "deleted" }, defaultValue = "active")
            @Pattern(regexp = "active|inactive|deleted", message = "must be active, inactive or deleted")
            String state,

            @Schema(description = "A division id (a UUID)", pattern = UserResource.UUID)
            @Pattern(regexp = UserResource.UUID, message = "must be a division id (a UUID)")
            String divisionId,

            @Schema(minLength = 1, maxLength = 200)
            @Size(min = 1, max = 200)
            String department) {
    }
    // @formatter:on

    GenesysUserSearch toSearch() {
        String order = "desc".equals(sortOrder) ? "DESC" : "ASC";
        return new GenesysUserSearch(criteria(), sortBy == null ? "name" : sortBy, order,
                pageSize == null ? 25 : pageSize, pageNumber == null ? 1 : pageNumber,
                expand == null ? List.of() : List.copyOf(expand));
    }

    private List<Criterion> criteria() {
        Filters exact = filters == null ? new Filters(null, null, null) : filters;
        List<Criterion> criteria = new ArrayList<>();

        if (text != null) {
            List<String> searched = fields == null || fields.isEmpty() ? List.of(TEXT_FIELDS.split("\\|")) : fields;
            criteria.add(Criterion.required("CONTAINS", searched, text));
        }
        criteria.add(Criterion.required("EXACT", List.of("state"), exact.state() == null ? "active" : exact.state()));
        if (exact.divisionId() != null) {
            criteria.add(Criterion.required("EXACT", List.of("division.id"), exact.divisionId()));
        }
        if (exact.department() != null) {
            criteria.add(Criterion.required("EXACT", List.of("department"), exact.department()));
        }
        return List.copyOf(criteria);
    }
}
