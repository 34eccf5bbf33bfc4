package io.genesysbroker.sandbox;

import java.util.List;

import io.vertx.core.json.JsonObject;

/** A requested page of a result: its size and its number, counted from 1. */
record Paging(int pageSize, int pageNumber) {

    <T> List<T> slice(List<T> all) {
        long from = (long) (pageNumber - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    int pageCount(int total) {
        return (total + pageSize - 1) / pageSize;
    }

    boolean isLast(int total) {
        return pageNumber >= pageCount(total);
    }

    /** The paging fields that Genesys' listings and search answers share. */
    JsonObject describe(int total) {
        return new JsonObject()
                .put("pageSize", pageSize)
                .put("pageNumber", pageNumber)
                .put("total", total)
                .put("pageCount", pageCount(total));
    }
}
