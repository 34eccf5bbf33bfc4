package io.genesysbroker.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

/** The users of the generated org, fixed for the life of the application. */
@Singleton
class UserDirectory {

    private final List<SandboxUser> users;

    private final Map<String, SandboxUser> byId;

    UserDirectory(SandboxConfig config) {
        users = UserGenerator.generate(config.users());
        byId = users.stream().collect(Collectors.toUnmodifiableMap(SandboxUser::id, Function.identity()));
    }

    List<SandboxUser> all() {
        return users;
    }

    Optional<SandboxUser> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
