package dev.kubesmith.kubeclient.util.informer;

/** An informer many handlers share: one list+watch, one cache. */
public interface SharedInformer<T> {
    /** Also replays onAdd for what the cache holds, when the informer already runs. */
    void addEventHandler(ResourceEventHandler<T> handler);

    /** The handler also gets onUpdate(obj, obj) for every object every resyncPeriod ms. */
    void addEventHandlerWithResyncPeriod(ResourceEventHandler<T> handler, long resyncPeriod);

    /** Starts listing and watching in a thread of its own; returns at once. */
    void run();

    void stop();

    /** Has the first list (or streaming list) been stored? */
    boolean hasSynced();

    /** The resourceVersion the cache is at. */
    String lastSyncResourceVersion();
}
