package io.genesysbroker.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the generated org's users. Each user is drawn from a random source seeded by its position alone, so the org
 * is the same on every start and a user keeps its data when the configured size changes.
 */
final class UserGenerator {

    private static final long SEED = 7_341L;

    private static final List<String> FIRST_NAMES = List.of("Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace",
            "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tara",
            "Umar", "Vera", "Wen", "Yusuf");

    private static final List<String> LAST_NAMES = List.of("Adams", "Berg", "Costa", "Diaz", "Eriksen", "Fischer",
            "Garcia", "Haddad", "Ito", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quist",
            "Rossi", "Silva", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Young");

    private static final List<String> DEPARTMENTS = List.of("Sales", "Support", "Billing", "Operations",
            "Engineering");

    private static final List<String> TITLES = List.of("Agent", "Senior Agent", "Team Lead", "Supervisor", "Analyst");

    static final List<Division> DIVISIONS = List.of(division("Home"), division("Sales"), division("Support"),
            division("Back Office"));

    private static final String DOMAIN = "@sandbox.example";

    private UserGenerator() {
    }

    static List<SandboxUser> generate(int count) {
        // the first tenth are team leads; most of the others report to one of them
        int leads = Math.max(1, count / 10);
        List<SandboxUser> users = new ArrayList<>(count);
        for (int position = 0; position < count; position++) {
            users.add(user(position, leads));
        }
        return List.copyOf(users);
    }

    private static SandboxUser user(int position, int leads) {
        SplittableRandom random = new SplittableRandom(SEED + position);
        String first = FIRST_NAMES.get(position % FIRST_NAMES.size());
        String last = LAST_NAMES.get(position / FIRST_NAMES.size() % LAST_NAMES.size());
        int round = position / (FIRST_NAMES.size() * LAST_NAMES.size());

        String localPart = (first + "." + last).toLowerCase() + (round == 0 ? "" : "." + round);
        String managerId = position >= leads && random.nextInt(10) < 8 ? userId(random.nextInt(leads)) : null;

        return new SandboxUser(userId(position), first + " " + last, localPart + DOMAIN, state(random),
                pick(random, DEPARTMENTS), pick(random, TITLES), pick(random, DIVISIONS), managerId,
                1 + random.nextInt(5));
    }

    /** About 85 % active, 10 % inactive and 5 % deleted, as in an org that has been in use for a while. */
    private static String state(SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 85) {
            return "active";
        }
        return draw < 95 ? "inactive" : "deleted";
    }

    private static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String userId(int position) {
        return Ids.fromName("sandbox-user-" + position);
    }

    private static Division division(String name) {
        return new Division(Ids.fromName("sandbox-division-" + name), name);
    }
}
