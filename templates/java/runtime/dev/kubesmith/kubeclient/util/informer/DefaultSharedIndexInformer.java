package dev.kubesmith.kubeclient.util.informer;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.util.CallGenerator;
import dev.kubesmith.kubeclient.util.CallGeneratorParams;
import dev.kubesmith.kubeclient.util.Watch;
import dev.kubesmith.kubeclient.util.informer.cache.Cache;
import dev.kubesmith.kubeclient.util.informer.cache.Indexer;
import dev.kubesmith.kubeclient.util.watch.Backoff;
import dev.kubesmith.kubeclient.util.watch.Events;
import dev.kubesmith.kubeclient.util.watch.ObjectMetas;
import dev.kubesmith.kubeclient.util.watch.Pager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * List, then watch, into a {@link Cache}, and tell the handlers. The first sync is a
 * streaming list ({@code sendInitialEvents}: the initial objects arrive as events on the
 * watch, up to the bookmark that marks their end) when the server allows it, else a paged
 * LIST. The watch is a {@link Watch}: it resumes after dropped connections and API-server
 * restarts, relists on 410 (deletions found that way reach {@code onDelete} with
 * {@code deletedFinalStateUnknown}), and each of its requests carries a random
 * {@code timeoutSeconds} of 5 to 10 minutes, so a connection never stays silent forever.
 * Handlers run on one thread per informer, in event order; resyncs run there too.
 */
public class DefaultSharedIndexInformer<T> implements SharedIndexInformer<T> {
    private static final System.Logger LOG = System.getLogger("dev.kubesmith.kubeclient");

    private final ApiClient client;
    private final CallGenerator generator;
    private final Class<T> itemClass;
    private final Codec<T> codec;
    private final long defaultResync;
    private final Cache<T> cache = new Cache<>();
    private final List<ResourceEventHandler<T>> handlers = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher;
    private final ScheduledExecutorService resyncer;
    private final Backoff backoff = new Backoff();
    private volatile boolean streaming = true;
    private volatile boolean synced;
    private volatile boolean stopped;
    private volatile boolean started;
    private volatile String resourceVersion;
    private volatile Watch<T> watch;
    private Thread thread;

    public DefaultSharedIndexInformer(ApiClient client, CallGenerator generator,
            Class<T> itemClass, long resyncPeriodMillis) {
        this.client = client;
        this.generator = generator;
        this.itemClass = itemClass;
        this.codec = Codecs.forClass(itemClass);
        this.defaultResync = resyncPeriodMillis;
        String name = itemClass.getSimpleName();
        this.dispatcher = Executors.newSingleThreadExecutor(r -> daemon(r, "kubeclient-informer-"
                + name + "-handlers"));
        this.resyncer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
                "kubeclient-informer-" + name + "-resync"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public Class<T> getItemClass() {
        return itemClass;
    }

    @Override
    public void addEventHandler(ResourceEventHandler<T> handler) {
        addEventHandlerWithResyncPeriod(handler, defaultResync);
    }

    @Override
    public void addEventHandlerWithResyncPeriod(ResourceEventHandler<T> handler,
            long resyncPeriod) {
        handlers.add(handler);
        if (started) { // a late handler learns what the cache already holds
            dispatcher.execute(() -> cache.list().forEach(obj -> safely(() -> handler.onAdd(obj))));
        }
        if (resyncPeriod > 0) {
            resyncer.scheduleAtFixedRate(() -> dispatcher.execute(() -> {
                if (synced) {
                    cache.list().forEach(obj -> safely(() -> handler.onUpdate(obj, obj)));
                }
            }), resyncPeriod, resyncPeriod, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void addIndexers(Map<String, Function<T, List<String>>> indexers) {
        cache.addIndexers(indexers);
    }

    @Override
    public Indexer<T> getIndexer() {
        return cache;
    }

    @Override
    public boolean hasSynced() {
        return synced;
    }

    @Override
    public String lastSyncResourceVersion() {
        Watch<T> w = watch;
        return w != null && w.getResourceVersion() != null ? w.getResourceVersion()
                : resourceVersion;
    }

    @Override
    public synchronized void run() {
        if (started) {
            return;
        }
        started = true;
        thread = daemon(this::loop, "kubeclient-informer-" + itemClass.getSimpleName());
        thread.start();
    }

    @Override
    public void stop() {
        stopped = true;
        Watch<T> w = watch;
        if (w != null) {
            try {
                w.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
        resyncer.shutdownNow();
        dispatcher.shutdown();
    }

    private void loop() {
        while (!stopped) {
            try {
                Watch<T> w = streaming ? streamingList() : null;
                if (w == null) {
                    w = pagedList();
                }
                watch = w;
                if (stopped) {
                    w.close();
                    return;
                }
                for (Watch.Response<T> event : w) {
                    apply(event);
                }
            } catch (ApiException | IOException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "informer for " + itemClass.getSimpleName()
                        + ": " + e.getMessage() + "; listing again");
            }
            if (!stopped) {
                try {
                    Thread.sleep(backoff.nextMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Call watchCall(String rv) throws ApiException {
        // no timeoutSeconds: the Watch puts a random 5-10 min on each request itself
        return generator.generate(new CallGeneratorParams(Boolean.TRUE, rv, null));
    }

    /** The initial objects as events up to the end bookmark; null if the server cannot. */
    private Watch<T> streamingList() throws ApiException, IOException {
        List<Pair> query = new ArrayList<>();
        Call base = watchCall(null);
        for (Pair p : base.query()) {
            if (!"resourceVersion".equals(p.getName())) {
                query.add(p);
            }
        }
        query.add(new Pair("sendInitialEvents", "true"));
        query.add(new Pair("resourceVersionMatch", "NotOlderThan"));
        query.add(new Pair("allowWatchBookmarks", "true"));
        Call call = client.buildCall("GET", base.path(), query, null, null, base.accepts(),
                base.returnType(), null);
        Watch<T> w;
        try {
            w = Watch.createWatch(client, call, itemClass);
        } catch (ApiException e) {
            if (e.getCode() >= 400 && e.getCode() < 500 && e.getCode() != 410) {
                streaming = false; // the WatchList feature is off: LIST and WATCH instead
                return null;
            }
            throw e;
        }
        watch = w;
        Map<String, T> initial = new LinkedHashMap<>();
        while (w.hasNext()) {
            Watch.Response<T> event = w.next();
            if (Events.BOOKMARK.equals(event.type)) {
                if ("true".equals(ObjectMetas.annotation(event.object, Events.INITIAL_EVENTS_END))) {
                    replace(new ArrayList<>(initial.values()));
                    resourceVersion = w.getResourceVersion();
                    return w;
                }
            } else if (Events.ERROR.equals(event.type)) {
                break;
            } else if (Events.DELETED.equals(event.type)) {
                initial.remove(ObjectMetas.key(event.object));
            } else {
                initial.put(ObjectMetas.key(event.object), event.object);
            }
        }
        w.close(); // ended before the bookmark: fall back to LIST and WATCH, as client-go
        streaming = false;
        return null;
    }

    private Watch<T> pagedList() throws ApiException {
        Call listCall = generator.generate(new CallGeneratorParams(Boolean.FALSE, null, null));
        Pager.Result<T> listed = Pager.list(listCall, List.of(), codec, 500);
        replace(listed.items());
        resourceVersion = listed.resourceVersion();
        return Watch.resume(watchCall(listed.resourceVersion()), codec,
                listed.resourceVersion(), listed.items());
    }

    /** The cache becomes {@code items}; handlers hear the differences. */
    private void replace(List<T> items) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = ObjectMetas.key(item);
            seen.add(key);
            T old = cache.put(item);
            if (old == null) {
                notify(h -> h.onAdd(item));
            } else if (!Objects.equals(ObjectMetas.resourceVersion(old),
                    ObjectMetas.resourceVersion(item))) {
                notify(h -> h.onUpdate(old, item));
            }
        }
        for (String key : cache.listKeys()) {
            if (!seen.contains(key)) {
                T old = cache.remove(key);
                notify(h -> h.onDelete(old, true));
            }
        }
        synced = true;
    }

    private void apply(Watch.Response<T> event) {
        T obj = event.object;
        switch (event.type) {
            case Events.ADDED:
            case Events.MODIFIED: {
                T old = cache.put(obj);
                if (old == null) {
                    notify(h -> h.onAdd(obj));
                } else {
                    notify(h -> h.onUpdate(old, obj));
                }
                break;
            }
            case Events.DELETED: {
                T old = cache.remove(ObjectMetas.key(obj));
                boolean unknown = event.isFromRelist();
                notify(h -> h.onDelete(old != null ? old : obj, unknown));
                break;
            }
            default: // bookmarks moved the resourceVersion; an ERROR ends the watch
                break;
        }
    }

    private void notify(java.util.function.Consumer<ResourceEventHandler<T>> call) {
        for (ResourceEventHandler<T> h : handlers) {
            dispatcher.execute(() -> safely(() -> call.accept(h)));
        }
    }

    private void safely(Runnable handlerCall) {
        try {
            handlerCall.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "an event handler of the "
                    + itemClass.getSimpleName() + " informer failed", e);
        }
    }
}
