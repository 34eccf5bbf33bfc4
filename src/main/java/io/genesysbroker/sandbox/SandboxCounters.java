package io.genesysbroker.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Singleton;

import io.vertx.core.json.JsonObject;

/** Counts what the sandbox was asked, so that tests and benchmarks can see what the broker spent. */
@Singleton
class SandboxCounters {

    private final LongAdder tokenRequests = new LongAdder();

    private final LongAdder apiRequests = new LongAdder();

    private final LongAdder rateLimited = new LongAdder();

    private final Map<String, LongAdder> paths = new ConcurrentHashMap<>();

    void countTokenRequest(String path) {
        tokenRequests.increment();
        countPath(path);
    }

    void countApiRequest(String pathTemplate) {
        apiRequests.increment();
        countPath(pathTemplate);
    }

    void countRateLimited() {
        rateLimited.increment();
    }

    void reset() {
        tokenRequests.reset();
        apiRequests.reset();
        rateLimited.reset();
        paths.clear();
    }

    JsonObject toJson() {
        JsonObject byPath = new JsonObject();
        paths.forEach((path, count) -> byPath.put(path, count.sum()));

        return new JsonObject()
                .put("tokenRequests", tokenRequests.sum())
                .put("apiRequests", apiRequests.sum())
                .put("rateLimited", rateLimited.sum())
                .put("paths", byPath);
    }

    private void countPath(String path) {
        paths.computeIfAbsent(path, ignored -> new LongAdder()).increment();
    }
}
