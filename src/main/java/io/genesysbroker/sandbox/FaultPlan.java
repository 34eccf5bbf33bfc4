package io.genesysbroker.sandbox;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.inject.Singleton;

/** The faults planned through the controls, taken in the order they were planned. */
@Singleton
class FaultPlan {

    private final Queue<Fault> pending = new ConcurrentLinkedQueue<>();

    int add(Fault fault) {
        pending.add(fault);
        return pending.size();
    }

    Optional<Fault> take(String path) {
        for (Fault fault : pending) {
            if (fault.appliesTo(path) && fault.claim()) {
                pending.removeIf(Fault::spent);
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    void clear() {
        pending.clear();
    }
}
