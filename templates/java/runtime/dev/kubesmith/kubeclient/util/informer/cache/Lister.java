package dev.kubesmith.kubeclient.util.informer.cache;

import java.util.List;

/** Reads an informer's cache, optionally within one namespace (client-java's Lister). */
public class Lister<T> {
    private final Indexer<T> indexer;
    private final String namespace;

    public Lister(Indexer<T> indexer) {
        this(indexer, null);
    }

    public Lister(Indexer<T> indexer, String namespace) {
        this.indexer = indexer;
        this.namespace = namespace;
    }

    /** Every object (of the namespace, if this lister has one). */
    public List<T> list() {
        return namespace == null ? indexer.list()
                : indexer.byIndex(Indexer.NAMESPACE_INDEX, namespace);
    }

    /** The object with this name (in this lister's namespace), or null. */
    public T get(String name) {
        return indexer.getByKey(namespace == null || namespace.isEmpty() ? name
                : namespace + "/" + name);
    }

    public Lister<T> namespace(String namespace) {
        return new Lister<>(indexer, namespace);
    }
}
