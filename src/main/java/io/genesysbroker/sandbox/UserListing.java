package io.genesysbroker.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Answers GET /api/v2/users: the users of one state, or of the given ids, sorted by name, one page at a time. */
final class UserListing {

    private static final String PATH = "/api/v2/users";

    private static final int MAX_PAGE_SIZE = 500;

    private static final List<String> STATES = List.of("active", "inactive", "deleted", "any");

    private UserListing() {
    }

    static JsonObject answer(List<SandboxUser> directory, MultiMap query) {
        Paging paging = new Paging(Inputs.integer(query.get("pageSize"), "pageSize", 25, 1, MAX_PAGE_SIZE),
                Inputs.integer(query.get("pageNumber"), "pageNumber", 1, 1, Integer.MAX_VALUE));
        List<SandboxUser> matching = directory.stream()
                .filter(inState(query.get("state")))
                .filter(withIds(query.getAll("id")))
                .sorted(order(query.get("sortOrder")))
                .toList();

        JsonObject listing = new JsonObject().put("entities", entities(paging.slice(matching), query.getAll("expand")))
                .mergeIn(paging.describe(matching.size()));
        return withUris(listing, paging, matching.size(), filters(query));
    }

    private static Predicate<SandboxUser> inState(String state) {
        String wanted = state == null ? "active" : state.toLowerCase(Locale.ROOT);
        if (!STATES.contains(wanted)) {
            throw new InvalidValue("state", state, "must be one of " + STATES);
        }
        return user -> "any".equals(wanted) || wanted.equals(user.state());
    }

    private static Predicate<SandboxUser> withIds(List<String> ids) {
        return user -> ids.isEmpty() || ids.contains(user.id());
    }

    /** Genesys' own documentation spells the order both ways, so both are taken. */
    private static Comparator<SandboxUser> order(String sortOrder) {
        Comparator<SandboxUser> byName = SandboxUser.ordering("name");
        String order = sortOrder == null ? "asc" : sortOrder.toLowerCase(Locale.ROOT);
        return switch (order) {
            case "asc", "ascending" -> byName;
            case "desc", "descending" -> byName.reversed();
            default -> throw new InvalidValue("sortOrder", sortOrder, "must be ascending, descending, ASC or DESC");
        };
    }

    private static JsonArray entities(List<SandboxUser> page, List<String> expand) {
        JsonArray entities = new JsonArray();
        page.forEach(user -> entities.add(Expansions.expand(user, expand)));
        return entities;
    }

    /** The caller's filters, kept in every link so that following them pages through the same result. */
    private static String filters(MultiMap query) {
        StringBuilder filters = new StringBuilder();
        for (String name : List.of("sortOrder", "state", "id")) {
            query.getAll(name).forEach(value -> filters.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        return filters.toString();
    }

    private static JsonObject withUris(JsonObject listing, Paging paging, int total, String filters) {
        listing.put("firstUri", uri(paging.pageSize(), 1, filters))
                .put("selfUri", uri(paging.pageSize(), paging.pageNumber(), filters));
        if (!paging.isLast(total)) {
            listing.put("nextUri", uri(paging.pageSize(), paging.pageNumber() + 1, filters));
        }
        if (paging.pageNumber() > 1) {
            listing.put("previousUri", uri(paging.pageSize(), paging.pageNumber() - 1, filters));
        }
        return listing.put("lastUri", uri(paging.pageSize(), Math.max(1, paging.pageCount(total)), filters));
    }

    private static String uri(int pageSize, int pageNumber, String filters) {
        return PATH + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber + filters;
    }
}
