package dev.kubesmith.kubeclient.util;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.models.ModelRegistry;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 documents to typed models and back. The class of a document comes from its
 * {@code apiVersion} and {@code kind} through the generated {@code ModelRegistry} (no
 * classpath scan); {@link #addModelMap} adds custom resources. A YAML document is turned
 * into JSON tokens and read by the model's codec, so YAML and JSON decode the same way.
 */
public final class Yaml {
    private static final Map<String, Class<?>> EXTRA = new ConcurrentHashMap<>();

    private Yaml() {}

    /** Registers a class for a kind the generated registry does not know (a CRD). */
    public static void addModelMap(String apiVersion, String kind, Class<?> type) {
        EXTRA.put(apiVersion + "/" + kind, type);
    }

    /** The model class of apiVersion/kind, or null. */
    public static Class<?> modelClass(String apiVersion, String kind) {
        Class<?> extra = EXTRA.get(apiVersion + "/" + kind);
        return extra != null ? extra : ModelRegistry.modelClass(apiVersion, kind);
    }

    public static Object load(String content) throws IOException {
        return load(new StringReader(content));
    }

    public static Object load(File file) throws IOException {
        try (Reader r = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            return typed(single(r, file.toString()), file.toString(), 0);
        }
    }

    /** One document as the model of its apiVersion/kind. */
    public static Object load(Reader reader) throws IOException {
        return typed(single(reader, "<yaml>"), "<yaml>", 0);
    }

    public static <T> T loadAs(String content, Class<T> type) throws IOException {
        return loadAs(new StringReader(content), type);
    }

    public static <T> T loadAs(File file, Class<T> type) throws IOException {
        try (Reader r = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            return convert(single(r, file.toString()), type, file.toString(), 0);
        }
    }

    public static <T> T loadAs(Reader reader, Class<T> type) throws IOException {
        return convert(single(reader, "<yaml>"), type, "<yaml>", 0);
    }

    /** Every document of a multi-document stream, typed; empty documents are skipped. */
    public static List<Object> loadAll(String content) throws IOException {
        return loadAll(new StringReader(content));
    }

    public static List<Object> loadAll(File file) throws IOException {
        try (Reader r = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            return loadAll(r, file.toString());
        }
    }

    public static List<Object> loadAll(Reader reader) throws IOException {
        return loadAll(reader, "<yaml>");
    }

    private static List<Object> loadAll(Reader reader, String source) throws IOException {
        List<Object> out = new ArrayList<>();
        int index = 0;
        try {
            for (Object doc : new Load(settings(source)).loadAllFromReader(reader)) {
                if (doc != null) {
                    out.add(typed(doc, source, index));
                }
                index++;
            }
        } catch (YamlEngineException e) {
            throw new IOException(source + ": invalid YAML: " + e.getMessage(), e);
        }
        return out;
    }

    /** Block-style YAML of a model (its wire form; absent fields left out). */
    public static String dump(Object value) {
        return dumper().dumpToString(toTree(value));
    }

    public static String dumpAll(Iterator<? extends Object> values) {
        List<Object> trees = new ArrayList<>();
        values.forEachRemaining(v -> trees.add(toTree(v)));
        return dumper().dumpAllToString(trees.iterator());
    }

    private static Dump dumper() {
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema()).build());
    }

    private static Object toTree(Object value) {
        try (JsonParser p = JSON.FACTORY.createParser(new JSON().serializeToBytes(value))) {
            p.nextToken();
            return Codecs.ANY.read(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LoadSettings settings(String source) {
        return LoadSettings.builder().setSchema(new CoreSchema()).setLabel(source).build();
    }

    private static Object single(Reader reader, String source) throws IOException {
        try {
            return new Load(settings(source)).loadFromReader(reader);
        } catch (YamlEngineException e) {
            throw new IOException(source + ": invalid YAML: " + e.getMessage(), e);
        }
    }

    private static Object typed(Object doc, String source, int index) throws IOException {
        if (!(doc instanceof Map)) {
            throw new IOException(place(source, index) + ": expected a mapping with apiVersion and kind");
        }
        Map<?, ?> map = (Map<?, ?>) doc;
        Object apiVersion = map.get("apiVersion");
        Object kind = map.get("kind");
        if (!(apiVersion instanceof String) || !(kind instanceof String)) {
            throw new IOException(place(source, index) + ": apiVersion and kind are required");
        }
        Class<?> type = modelClass((String) apiVersion, (String) kind);
        if (type == null) {
            throw new IOException(place(source, index) + ": unknown apiVersion/kind " + apiVersion
                    + "/" + kind + " (Yaml.addModelMap registers custom resources)");
        }
        return convert(doc, type, source, index);
    }

    private static <T> T convert(Object tree, Class<T> type, String source, int index)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.FACTORY.createGenerator(bytes)) {
            Codecs.ANY.write(g, tree);
        }
        Codec<T> codec = Codecs.forClass(type);
        try (JsonParser p = JSON.FACTORY.createParser(bytes.toByteArray())) {
            p.nextToken();
            return codec.read(p);
        } catch (IOException e) {
            throw new IOException(place(source, index) + ": " + e.getMessage(), e);
        }
    }

    private static String place(String source, int index) {
        return source + " (document " + (index + 1) + ")";
    }
}
