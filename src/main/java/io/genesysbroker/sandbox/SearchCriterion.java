package io.genesysbroker.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** One criterion of a UserSearchRequest: a match of some fields against some values, or a group of criteria. */
record SearchCriterion(Type type, List<String> fields, List<String> values, Operator operator,
        List<SearchCriterion> group) {

    /** TERM matches a whole word of a field, as a search index would have split it. */
    private static final String WORD_BREAKS = "[^\\p{L}\\p{N}]+";

    /** The criterion types the sandbox understands; every one of them ignores case. */
    enum Type {
        EXACT,
        STARTS_WITH,
        CONTAINS,
        TERM,
        TERMS,
        REQUIRED_FIELDS,
        MATCH_ALL
    }

    enum Operator {
        AND,
        OR,
        NOT
    }

    static List<SearchCriterion> listFrom(JsonArray criteria) {
        List<SearchCriterion> parsed = new ArrayList<>();
        for (Object criterion : criteria == null ? new JsonArray() : criteria) {
            if (!(criterion instanceof JsonObject json)) {
                throw new InvalidValue("query", criterion, "must hold criteria objects");
            }
            parsed.add(from(json));
        }
        return parsed;
    }

    /** AND criteria must all match, NOT criteria must not, and OR criteria, where there are any, one at least. */
    static boolean allMatch(List<SearchCriterion> criteria, SandboxUser user) {
        boolean anyAlternative = false;
        boolean alternativeMatched = false;
        for (SearchCriterion criterion : criteria) {
            boolean matched = criterion.matches(user);
            switch (criterion.operator) {
                case AND -> {
                    if (!matched) {
                        return false;
                    }
                }
                case NOT -> {
                    if (matched) {
                        return false;
                    }
                }
                case OR -> {
                    anyAlternative = true;
                    alternativeMatched |= matched;
                }
            }
        }
        return !anyAlternative || alternativeMatched;
    }

    private static SearchCriterion from(JsonObject json) {
        List<SearchCriterion> group = listFrom(json.getJsonArray("group"));
        Type type = group.isEmpty() ? named(Type.class, "type", json.getValue("type")) : Type.MATCH_ALL;
        Operator operator = json.getValue("operator") == null ? Operator.AND
                : named(Operator.class, "operator", json.getValue("operator"));
        List<String> fields = strings(json.getJsonArray("fields"));
        fields.stream().filter(field -> !SandboxUser.hasField(field)).findFirst().ifPresent(field -> {
            throw new InvalidValue("fields", field, "is not a field the sandbox searches");
        });

        List<String> values = strings(json.getJsonArray("values"));
        if (json.getValue("value") != null) {
            values.add(json.getValue("value").toString());
        }
        return new SearchCriterion(type, fields, values, operator, group);
    }

    private boolean matches(SandboxUser user) {
        if (!group.isEmpty()) {
            return allMatch(group, user);
        }

        return switch (type) {
            case MATCH_ALL -> true;
            case REQUIRED_FIELDS -> fields.stream().noneMatch(field -> valueOf(user, field).isEmpty());
            default -> fields.stream().anyMatch(field -> values.stream()
                    .anyMatch(value -> textMatches(valueOf(user, field), value.toLowerCase(Locale.ROOT))));
        };
    }

    private boolean textMatches(String actual, String wanted) {
        return switch (type) {
            case EXACT -> actual.equals(wanted);
            case STARTS_WITH -> actual.startsWith(wanted);
            case CONTAINS -> actual.contains(wanted);
            default -> Arrays.asList(actual.split(WORD_BREAKS)).contains(wanted);
        };
    }

    private static String valueOf(SandboxUser user, String field) {
        String value = user.field(field);
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E named(Class<E> kind, String name, Object value) {
        return Arrays.stream(kind.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(name, value,
                        "must be one of " + Arrays.toString(kind.getEnumConstants())));
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> strings.add(String.valueOf(item)));
        }
        return strings;
    }
}
