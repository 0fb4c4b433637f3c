package dev.kubesmith.kubeclient.util.informer;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.util.CallGenerator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Creates informers, one per item type, and starts and stops them together. */
public class SharedInformerFactory {
    private final ApiClient client;
    private final Map<Class<?>, DefaultSharedIndexInformer<?>> informers = new LinkedHashMap<>();

    public SharedInformerFactory() {
        this(Configuration.getDefaultApiClient());
    }

    public SharedInformerFactory(ApiClient client) {
        this.client = client;
    }

    /** An informer without resync (the list type is client-java's; decoding needs only T). */
    public synchronized <T, L> SharedIndexInformer<T> sharedIndexInformerFor(
            CallGenerator generator, Class<T> itemClass, Class<L> listClass) {
        return sharedIndexInformerFor(generator, itemClass, listClass, 0);
    }

    public synchronized <T, L> SharedIndexInformer<T> sharedIndexInformerFor(
            CallGenerator generator, Class<T> itemClass, Class<L> listClass,
            long resyncPeriodInMillis) {
        DefaultSharedIndexInformer<T> informer = new DefaultSharedIndexInformer<>(client,
                generator, itemClass, resyncPeriodInMillis);
        informers.put(itemClass, informer);
        return informer;
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> SharedIndexInformer<T> getExistingSharedIndexInformer(
            Class<T> itemClass) {
        return (SharedIndexInformer<T>) informers.get(itemClass);
    }

    public synchronized void startAllRegisteredInformers() {
        informers.values().forEach(DefaultSharedIndexInformer::run);
    }

    public synchronized void stopAllRegisteredInformers() {
        informers.values().forEach(DefaultSharedIndexInformer::stop);
    }
}
