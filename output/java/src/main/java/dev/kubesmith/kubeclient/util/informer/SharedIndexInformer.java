package dev.kubesmith.kubeclient.util.informer;

import dev.kubesmith.kubeclient.util.informer.cache.Indexer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A {@link SharedInformer} whose cache is an {@link Indexer}. */
public interface SharedIndexInformer<T> extends SharedInformer<T> {
    void addIndexers(Map<String, Function<T, List<String>>> indexers);

    Indexer<T> getIndexer();
}
