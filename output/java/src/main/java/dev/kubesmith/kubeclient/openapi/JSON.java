package dev.kubesmith.kubeclient.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.JsonDecodeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * client-java's JSON facade over the streaming codecs: {@code serialize(Object)} and
 * {@code deserialize(String|InputStream, Type)} for models, lists and maps of them.
 */
public class JSON {
    /** One factory for every parser and generator (thread-safe). */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            // big lists and Secrets: no length limit on one string beyond Jackson's sane default
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build())
            .build();

    /** The wire JSON of a model (or any value with a codec); {@code null} gives "null". */
    public String serialize(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The wire JSON as UTF-8 bytes. */
    public byte[] serializeToBytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serialize(value, out);
        return out.toByteArray();
    }

    /** Writes the wire JSON of a value to a stream (left open). */
    public void serialize(Object value, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            ((Codec<Object>) Codecs.forClass(value.getClass())).write(g, value);
        }
    }

    /** Decodes a document; unknown fields are skipped. Throws {@link JsonDecodeException}. */
    public <T> T deserialize(String body, Type returnType) throws JsonDecodeException {
        try (JsonParser p = FACTORY.createParser(body)) {
            return read(p, returnType);
        } catch (JsonDecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonDecodeException("invalid JSON: " + e.getMessage(), e);
        }
    }

    /** Decodes a document streamed from {@code in} (not closed; not buffered into a String). */
    public <T> T deserialize(InputStream in, Type returnType) throws JsonDecodeException {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return read(p, returnType);
        } catch (JsonDecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonDecodeException("invalid JSON: " + e.getMessage(), e);
        }
    }

    private static <T> T read(JsonParser p, Type type) throws IOException {
        Codec<T> codec = Codecs.forType(type);
        if (p.nextToken() == null) {
            throw new JsonDecodeException("empty JSON document", null);
        }
        T value = codec.read(p);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new JsonDecodeException(
                    "unexpected " + trailing + " after the JSON document " + Codecs.where(p), null);
        }
        return value;
    }
}
