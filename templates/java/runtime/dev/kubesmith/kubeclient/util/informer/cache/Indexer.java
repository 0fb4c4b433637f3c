package dev.kubesmith.kubeclient.util.informer.cache;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A thread-safe store of objects by {@code namespace/name}, with secondary indexes. */
public interface Indexer<T> {
    /** The index of objects by namespace, always present. */
    String NAMESPACE_INDEX = "namespace";

    List<T> list();

    List<String> listKeys();

    /** The object stored under {@code namespace/name} (or {@code name}), or null. */
    T getByKey(String key);

    T get(T obj);

    /** Objects whose index function gives {@code indexedValue}. */
    List<T> byIndex(String indexName, String indexedValue);

    /** Objects sharing an index value with {@code obj}. */
    List<T> index(String indexName, T obj);

    void addIndexers(Map<String, Function<T, List<String>>> indexers);

    Map<String, Function<T, List<String>>> getIndexers();
}
