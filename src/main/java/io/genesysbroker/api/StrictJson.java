package io.genesysbroker.api;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** Reads a request body refusing properties its type does not declare, where the global mapper ignores them. */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
