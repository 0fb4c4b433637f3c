package dev.kubesmith.kubeclient.openapi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one type as JSON with jackson-core's streaming API.
 *
 * <p>Every generated model has a {@code public static final Codec<Model> CODEC}; the leaf
 * codecs and the combinators for lists and maps are in {@link Codecs}.
 */
public interface Codec<T> {
    /** Reads a value; {@code p} is on the value's first token (or VALUE_NULL). */
    T read(JsonParser p) throws IOException;

    /** Writes a non-null value. */
    void write(JsonGenerator g, T value) throws IOException;
}
