package dev.kubesmith.kubeclient.util.informer.cache;

import dev.kubesmith.kubeclient.util.watch.ObjectMetas;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The informer's {@link Indexer}: objects by key, indexes kept up to date on every change. */
public final class Cache<T> implements Indexer<T> {
    private final Map<String, T> items = new LinkedHashMap<>();
    private final Map<String, Function<T, List<String>>> indexers = new LinkedHashMap<>();
    /** index name → value → keys */
    private final Map<String, Map<String, Set<String>>> indices = new HashMap<>();

    public Cache() {
        Map<String, Function<T, List<String>>> namespace = new HashMap<>();
        namespace.put(NAMESPACE_INDEX, obj -> {
            String key = ObjectMetas.key(obj);
            int slash = key.indexOf('/');
            return slash < 0 ? List.of("") : List.of(key.substring(0, slash));
        });
        addIndexers(namespace);
    }

    /** Stores an object; returns the one it replaces, or null. */
    public synchronized T put(T obj) {
        String key = ObjectMetas.key(obj);
        T old = items.put(key, obj);
        if (old != null) {
            unindex(key, old);
        }
        addToIndices(key, obj);
        return old;
    }

    /** Removes the object with this key; returns it, or null. */
    public synchronized T remove(String key) {
        T old = items.remove(key);
        if (old != null) {
            unindex(key, old);
        }
        return old;
    }

    @Override
    public synchronized List<T> list() {
        return new ArrayList<>(items.values());
    }

    @Override
    public synchronized List<String> listKeys() {
        return new ArrayList<>(items.keySet());
    }

    @Override
    public synchronized T getByKey(String key) {
        return items.get(key);
    }

    @Override
    public synchronized T get(T obj) {
        return items.get(ObjectMetas.key(obj));
    }

    @Override
    public synchronized List<T> byIndex(String indexName, String indexedValue) {
        Map<String, Set<String>> index = indices.get(indexName);
        if (index == null) {
            throw new IllegalArgumentException("no index named " + indexName);
        }
        List<T> result = new ArrayList<>();
        for (String key : index.getOrDefault(indexedValue, Set.of())) {
            result.add(items.get(key));
        }
        return result;
    }

    @Override
    public synchronized List<T> index(String indexName, T obj) {
        Function<T, List<String>> f = indexers.get(indexName);
        if (f == null) {
            throw new IllegalArgumentException("no index named " + indexName);
        }
        Set<T> result = new java.util.LinkedHashSet<>();
        for (String value : f.apply(obj)) {
            result.addAll(byIndex(indexName, value));
        }
        return new ArrayList<>(result);
    }

    @Override
    public synchronized void addIndexers(Map<String, Function<T, List<String>>> more) {
        for (Map.Entry<String, Function<T, List<String>>> e : more.entrySet()) {
            if (indexers.containsKey(e.getKey())) {
                throw new IllegalArgumentException("an index named " + e.getKey() + " exists");
            }
            indexers.put(e.getKey(), e.getValue());
            Map<String, Set<String>> index = new HashMap<>();
            indices.put(e.getKey(), index);
            for (Map.Entry<String, T> item : items.entrySet()) {
                for (String value : e.getValue().apply(item.getValue())) {
                    index.computeIfAbsent(value, v -> new HashSet<>()).add(item.getKey());
                }
            }
        }
    }

    @Override
    public synchronized Map<String, Function<T, List<String>>> getIndexers() {
        return new LinkedHashMap<>(indexers);
    }

    private void addToIndices(String key, T obj) {
        for (Map.Entry<String, Function<T, List<String>>> e : indexers.entrySet()) {
            Map<String, Set<String>> index = indices.get(e.getKey());
            for (String value : e.getValue().apply(obj)) {
                index.computeIfAbsent(value, v -> new HashSet<>()).add(key);
            }
        }
    }

    private void unindex(String key, T obj) {
        for (Map.Entry<String, Function<T, List<String>>> e : indexers.entrySet()) {
            Map<String, Set<String>> index = indices.get(e.getKey());
            Collection<String> values = e.getValue().apply(obj);
            for (String value : values) {
                Set<String> keys = index.get(value);
                if (keys != null) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        index.remove(value);
                    }
                }
            }
        }
    }
}
