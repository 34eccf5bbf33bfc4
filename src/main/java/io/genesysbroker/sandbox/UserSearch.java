package io.genesysbroker.sandbox;

import java.util.Comparator;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Answers POST /api/v2/users/search: the users that match a UserSearchRequest, one page at a time. */
final class UserSearch {

    private static final int MAX_PAGE_SIZE = 100;

    private UserSearch() {
    }

    static JsonObject answer(List<SandboxUser> directory, JsonObject request) {
        Paging paging = new Paging(Inputs.integer(request, "pageSize", 25, 1, MAX_PAGE_SIZE),
                Inputs.integer(request, "pageNumber", 1, 1, Integer.MAX_VALUE));
        List<SearchCriterion> criteria = SearchCriterion.listFrom(request.getJsonArray("query"));
        List<SandboxUser> matching = directory.stream()
                .filter(user -> SearchCriterion.allMatch(criteria, user))
                .sorted(ordering(request))
                .toList();

        JsonArray results = new JsonArray();
        List<String> expand = request.getJsonArray("expand", new JsonArray()).stream().map(String::valueOf).toList();
        paging.slice(matching).forEach(user -> results.add(Expansions.expand(user, expand)));
        return paging.describe(matching.size())
                .put("results", results)
                .put("types", new JsonArray().add("users"));
    }

    /** SCORE keeps the directory's order (the sort is stable): every match is equally relevant here. */
    private static Comparator<SandboxUser> ordering(JsonObject request) {
        String sortOrder = request.getValue("sortOrder") == null ? "ASC" : Inputs.text(request, "sortOrder");
        String sortBy = request.getValue("sortBy") == null ? "name" : Inputs.text(request, "sortBy");
        if (!SandboxUser.hasField(sortBy)) {
            throw new InvalidValue("sortBy", sortBy, "is not a field the sandbox sorts by");
        }

        return switch (sortOrder) {
            case "ASC" -> SandboxUser.ordering(sortBy);
            case "DESC" -> SandboxUser.ordering(sortBy).reversed();
            case "SCORE" -> (one, other) -> 0;
            default -> throw new InvalidValue("sortOrder", sortOrder, "must be ASC, DESC or SCORE");
        };
    }
}
