package io.genesysbroker.connection;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The known regions, looked up by id or by domain. */
final class RegionTable {

    private final Map<String, String> domainsById;

    RegionTable(Map<String, String> domainsById) {
        this.domainsById = new TreeMap<>(domainsById);
    }

    Optional<Region> find(String idOrDomain) {
        String key = idOrDomain.trim().toLowerCase();
        if (domainsById.containsKey(key)) {
            return Optional.of(new Region(key, domainsById.get(key)));
        }
        return domainsById.entrySet().stream()
                .filter(entry -> entry.getValue().equals(key))
                .map(entry -> new Region(entry.getKey(), entry.getValue()))
                .findFirst();
    }

    String ids() {
        return String.join(", ", domainsById.keySet());
    }
}
