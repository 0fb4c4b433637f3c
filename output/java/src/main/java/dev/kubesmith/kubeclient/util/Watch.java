package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.openapi.models.V1StatusCause;
import dev.kubesmith.kubeclient.util.exception.WatchException;
import dev.kubesmith.kubeclient.util.stream.Futures;
import dev.kubesmith.kubeclient.util.watch.Backoff;
import dev.kubesmith.kubeclient.util.watch.Events;
import dev.kubesmith.kubeclient.util.watch.Lines;
import dev.kubesmith.kubeclient.util.watch.ObjectMetas;
import dev.kubesmith.kubeclient.util.watch.Pager;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A watch as client-java's {@code Watch}: iterate over {@link Response}s, then close. Unlike
 * client-java's it needs no read timeout and does not end when the connection does:
 *
 * <ul>
 *   <li>a dropped connection, an API-server restart or the server's own timeout resume the
 *       watch from the last resourceVersion seen (events and bookmarks);
 *   <li>410 Expired (an ERROR event or an HTTP 410) relists, at the last resourceVersion
 *       and then at the latest, and reports the differences against what was reported
 *       (ADDED, MODIFIED, DELETED with the last known state) before watching on;
 *   <li>429, 5xx and "resource version too large" back off (client-go's reflector backoff)
 *       and watch again.
 * </ul>
 *
 * <p>The watch ends when it is closed (from any thread), when the caller's
 * {@code timeoutSeconds} has passed, or on an ERROR event that is not one of the above (that
 * event is the last one returned, as in client-java). Bookmarks always advance the
 * resourceVersion; they are returned only when the call asked for them
 * ({@code allowWatchBookmarks(true)}). Requests carry {@code timeoutSeconds} of 5 to 10
 * minutes (random, as client-go's reflector) so a connection never idles forever.
 */
public class Watch<T> implements Watchable<T> {
    /** One event (client-java's fields): {@code type}, {@code object}, {@code status}. */
    public static class Response<T> {
        public String type;
        public T object;
        /** The Status of an ERROR event. */
        public V1Status status;
        private boolean relisted;

        public Response(String type, T object) {
            this.type = type;
            this.object = object;
        }

        public Response(String type, V1Status status) {
            this.type = type;
            this.status = status;
        }

        /** True for an event computed from a relist after 410 rather than sent by the server. */
        public boolean isFromRelist() {
            return relisted;
        }

        @Override
        public String toString() {
            return "Watch.Response{type=" + type + ", key="
                    + (object == null ? null : ObjectMetas.key(object)) + "}";
        }
    }

    private static final int PAGE_SIZE = 500;
    private static final Set<String> STREAM_PARAMS = Set.of("watch", "allowWatchBookmarks", "limit", "continue",
            "timeoutSeconds", "resourceVersion");
    private static final Set<String> INITIAL_ONLY = Set.of("sendInitialEvents",
            "resourceVersionMatch");

    private final Call call;
    private final Codec<T> codec;
    private final boolean returnBookmarks;
    private final long deadlineNanos; // Long.MAX_VALUE: none
    private final Map<String, T> known = new LinkedHashMap<>();
    private final ArrayDeque<Response<T>> pending = new ArrayDeque<>();
    private final Backoff backoff = new Backoff();
    private final Object sleeper = new Object();
    private volatile String resourceVersion;
    private boolean initial;
    private boolean resumed;
    private boolean ended;
    private long openedNanos;
    private volatile boolean closed;
    private volatile Lines stream;

    private Watch(Call call, Codec<T> codec, String resourceVersion) {
        this.call = call;
        this.codec = codec;
        this.returnBookmarks = "true".equals(queryValue(call, "allowWatchBookmarks"));
        String timeout = queryValue(call, "timeoutSeconds");
        long seconds = timeout == null ? 0 : Long.parseLong(timeout);
        this.deadlineNanos = seconds > 0 ? System.nanoTime() + seconds * 1_000_000_000L
                : Long.MAX_VALUE;
        this.resourceVersion = resourceVersion;
        this.initial = resourceVersion == null || resourceVersion.isEmpty()
                || "0".equals(resourceVersion);
    }

    /**
     * Starts a watch of the collection a list call points at
     * ({@code api.listNamespacedPod("ns").watch(true).buildCall(null)}). The first request is
     * sent here: a refused watch (403, 404, a bad selector) throws.
     *
     * @param watchType {@code Watch.Response<V1Pod>} (e.g. from {@link TypeToken}), or the
     *     item type itself
     */
    public static <T> Watch<T> createWatch(ApiClient client, Call call, Type watchType)
            throws ApiException {
        Codec<T> codec = Codecs.forType(itemType(watchType));
        Call bound = call.client() == client ? call : client.buildCall(call.method(), call.path(),
                call.query(), call.body(), call.contentType(), call.accepts(), call.returnType(),
                null);
        Watch<T> watch = new Watch<>(bound, codec, queryValue(call, "resourceVersion"));
        try {
            watch.open();
        } catch (ApiException e) {
            if (e.getCode() != 410) {
                throw e;
            }
            watch.recover(e); // a start at an expired resourceVersion: relist
        }
        return watch;
    }

    /** {@link #createWatch(ApiClient, Call, Type)} with the item class, e.g. V1Pod.class. */
    public static <T> Watch<T> createWatch(ApiClient client, Call call, Class<T> itemClass)
            throws ApiException {
        return createWatch(client, call, (Type) itemClass);
    }

    /**
     * {@link #createWatch(ApiClient, Call, Type)} on the client's callback executor: the
     * future completes with the open watch, or fails with the ApiException
     * {@code createWatch} throws. Cancelled before then, the watch is closed when it opens.
     * Iterate it, or hand it a consumer with {@link #forEachAsync}.
     */
    public static <T> CompletableFuture<Watch<T>> createWatchAsync(ApiClient client, Call call,
            Type watchType) {
        return Futures.supply(client.getCallbackExecutor(),
                () -> Watch.<T>createWatch(client, call, watchType), Watch::closeQuietly);
    }

    /** {@link #createWatchAsync(ApiClient, Call, Type)} with the item class. */
    public static <T> CompletableFuture<Watch<T>> createWatchAsync(ApiClient client, Call call,
            Class<T> itemClass) {
        return createWatchAsync(client, call, (Type) itemClass);
    }

    /**
     * Delivers every event to {@code action}, in order, on one task of the client's callback
     * executor (the same iteration as a {@code for} loop: resumes, relists and backoff
     * included). The future completes when the watch ends (its {@code timeoutSeconds}, a
     * final ERROR event, {@link #close()}), fails with the {@code WatchException} or the
     * exception {@code action} threw, and cancelling it closes the watch. The watch is
     * closed when the future completes. The task holds one executor thread while the watch
     * runs (the default executor grows as needed; a fixed-size one must allow for it).
     */
    public CompletableFuture<Void> forEachAsync(Consumer<? super Response<T>> action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        done.whenComplete((v, error) -> closeQuietly(this));
        call.client().getCallbackExecutor().execute(() -> {
            try {
                while (!done.isDone() && hasNext()) {
                    Response<T> event = next();
                    if (!done.isDone()) {
                        action.accept(event);
                    }
                }
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private static void closeQuietly(Watch<?> watch) {
        try {
            watch.close();
        } catch (IOException ignored) {
            // closing a watch only closes its response stream
        }
    }

    /**
     * A watch that continues a list the caller already holds (informers): it starts at
     * {@code resourceVersion} and knows {@code objects}, so a relist reports their deletion.
     * Nothing is sent until the first {@code hasNext()}.
     */
    public static <T> Watch<T> resume(Call call, Codec<T> codec, String resourceVersion,
            Iterable<T> objects) {
        Watch<T> watch = new Watch<>(call, codec, resourceVersion);
        for (T obj : objects) {
            watch.known.put(ObjectMetas.key(obj), obj);
        }
        return watch;
    }

    static Type itemType(Type watchType) {
        if (watchType instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) watchType;
            if (pt.getRawType() == Response.class) {
                return pt.getActualTypeArguments()[0];
            }
        }
        return watchType;
    }

    private static String queryValue(Call call, String name) {
        String value = null;
        for (Pair p : call.query()) {
            if (p.getName().equals(name)) {
                value = p.getValue();
            }
        }
        return value;
    }

    /** The last resourceVersion seen (an event, a bookmark or a relist). */
    public String getResourceVersion() {
        return resourceVersion;
    }

    // -- iteration --------------------------------------------------------------------------

    @Override
    public Iterator<Response<T>> iterator() {
        return this;
    }

    @Override
    public synchronized boolean hasNext() {
        while (pending.isEmpty()) {
            if (closed || ended) {
                return false;
            }
            if (stream == null) {
                if (System.nanoTime() > deadlineNanos - 1_000_000_000L) {
                    ended = true;
                    return false;
                }
                try {
                    open();
                } catch (ApiException e) {
                    recover(e);
                }
                continue;
            }
            readOne();
        }
        return true;
    }

    @Override
    public synchronized Response<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the watch has ended");
        }
        return pending.removeFirst();
    }

    /** Ends the watch from any thread; a blocked {@code hasNext()} returns false. */
    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        Lines current = stream;
        if (current != null) {
            current.close();
        }
    }

    // -- the protocol -----------------------------------------------------------------------

    private void open() throws ApiException {
        List<Pair> query = new ArrayList<>();
        for (Pair p : call.query()) {
            if (!STREAM_PARAMS.contains(p.getName())
                    && !(resumed && INITIAL_ONLY.contains(p.getName()))) {
                query.add(p);
            }
        }
        query.add(new Pair("watch", "true"));
        query.add(new Pair("allowWatchBookmarks", "true"));
        if (resourceVersion != null) {
            query.add(new Pair("resourceVersion", resourceVersion));
        }
        long seconds;
        if (deadlineNanos == Long.MAX_VALUE) {
            seconds = ThreadLocalRandom.current().nextLong(300, 600);
        } else {
            seconds = Math.max(1, (deadlineNanos - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
        }
        query.add(new Pair("timeoutSeconds", String.valueOf(seconds)));
        ApiClient client = call.client();
        Call request = client.buildCall("GET", call.path(), query, null, null,
                new String[] {"application/json"}, InputStream.class, null);
        openedNanos = System.nanoTime();
        ApiResponse<InputStream> response = client.execute(request, InputStream.class);
        resumed = true;
        stream = new Lines(response.getData());
        if (closed) {
            closeStream();
        }
    }

    private void readOne() {
        byte[] line;
        try {
            line = stream.next();
        } catch (IOException e) {
            // a dropped connection: resume from the last resourceVersion
            closeStream();
            if (!closed) {
                sleep(backoff.nextMillis());
            }
            return;
        }
        if (line == null) {
            boolean dropped = stream.truncated();
            closeStream();
            // a clean end (the server's timeout, a restart), or a connection dropped inside
            // an event (resumed as any dropped connection); a very short watch backs off
            if (dropped || System.nanoTime() - openedNanos < 1_000_000_000L) {
                sleep(backoff.nextMillis());
            }
            return;
        }
        if (isBlank(line)) {
            return;
        }
        Response<T> event = Events.decode(line, codec);
        if (Events.ERROR.equals(event.type)) {
            closeStream();
            V1Status status = event.status;
            int code = status == null || status.getCode() == null ? 500 : status.getCode();
            String reason = status == null ? null : status.getReason();
            if (code == 410 || "Expired".equals(reason) || "Gone".equals(reason)) {
                sleep(backoff.nextMillis());
                relist();
            } else if (code == 504 || code == 429 || code >= 500 && tooLarge(status)) {
                sleep(retryAfter(status, backoff.nextMillis()));
            } else {
                pending.add(event); // the last event, as client-java returns it
                ended = true;
            }
            return;
        }
        String rv = ObjectMetas.resourceVersion(event.object);
        if (!(initial && Events.ADDED.equals(event.type))) {
            // after a start at "" or "0" the synthetic ADDED events come in key order: their
            // resourceVersions are no position in the stream (client-go's reflector)
            initial = false;
            if (rv != null) {
                resourceVersion = rv;
            }
        }
        if (Events.BOOKMARK.equals(event.type)) {
            if (returnBookmarks) {
                pending.add(event);
            }
            return;
        }
        String key = ObjectMetas.key(event.object);
        if (Events.DELETED.equals(event.type)) {
            known.remove(key);
        } else {
            known.put(key, event.object);
        }
        pending.add(event);
    }

    /** After an error opening the watch: relist (410), back off and retry, or give up. */
    private void recover(ApiException e) {
        int code = e.getCode();
        if (code == 410) {
            sleep(backoff.nextMillis());
            try {
                relist();
            } catch (WatchException again) {
                if (!closed) {
                    throw again;
                }
            }
        } else if (code == 0 || code == 429 || code >= 500) {
            // connection refused or lost (an API-server restart), overload, server errors
            sleep(retryAfter(e.getStatus(), backoff.nextMillis()));
        } else {
            throw new WatchException("the watch of " + call.path() + " failed: " + e.getMessage(),
                    e);
        }
    }

    /** LIST at the last resourceVersion (then at the latest) and report the differences. */
    private void relist() {
        List<List<Pair>> attempts = new ArrayList<>();
        if (resourceVersion != null && !resourceVersion.isEmpty()) {
            attempts.add(List.of(new Pair("resourceVersion", resourceVersion),
                    new Pair("resourceVersionMatch", "NotOlderThan")));
        }
        attempts.add(List.of());
        Pager.Result<T> listed = null;
        while (listed == null && !closed) {
            for (int i = 0; i < attempts.size() && listed == null; i++) {
                try {
                    listed = Pager.list(call, attempts.get(i), codec, PAGE_SIZE);
                } catch (ApiException e) {
                    int code = e.getCode();
                    boolean last = i + 1 == attempts.size();
                    if (!last && (code == 410 || code == 504)) {
                        continue;
                    }
                    if (code == 0 || code == 429 || code >= 500) {
                        sleep(retryAfter(e.getStatus(), backoff.nextMillis()));
                        break; // start over: the server may be restarting
                    }
                    throw new WatchException("relisting " + call.path() + " after 410 failed: "
                            + e.getMessage(), e);
                }
            }
        }
        if (listed == null) {
            return; // closed
        }
        Set<String> seen = new HashSet<>();
        for (T item : listed.items()) {
            String key = ObjectMetas.key(item);
            seen.add(key);
            T old = known.put(key, item);
            String type = null;
            if (old == null) {
                type = Events.ADDED;
            } else if (!java.util.Objects.equals(ObjectMetas.resourceVersion(old),
                    ObjectMetas.resourceVersion(item))) {
                type = Events.MODIFIED;
            }
            if (type != null) {
                Response<T> event = new Response<>(type, item);
                event.relisted = true;
                pending.add(event);
            }
        }
        for (Iterator<Map.Entry<String, T>> it = known.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, T> entry = it.next();
            if (!seen.contains(entry.getKey())) {
                Response<T> event = new Response<>(Events.DELETED, entry.getValue());
                event.relisted = true;
                pending.add(event);
                it.remove();
            }
        }
        resourceVersion = listed.resourceVersion();
        initial = false;
    }

    private static boolean tooLarge(V1Status status) {
        if (status == null) {
            return false;
        }
        if (status.getDetails() != null && status.getDetails().getCauses() != null) {
            for (V1StatusCause cause : status.getDetails().getCauses()) {
                if ("ResourceVersionTooLarge".equals(cause.getReason())) {
                    return true;
                }
            }
        }
        return status.getMessage() != null
                && status.getMessage().contains("Too large resource version");
    }

    private static long retryAfter(V1Status status, long backoffMillis) {
        if (status != null && status.getDetails() != null
                && status.getDetails().getRetryAfterSeconds() != null) {
            return Math.max(backoffMillis, status.getDetails().getRetryAfterSeconds() * 1000L);
        }
        return backoffMillis;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void closeStream() {
        Lines current = stream;
        stream = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // the connection is gone either way
            }
        }
    }

    private void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        synchronized (sleeper) {
            while (!closed) {
                long left = (until - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                try {
                    sleeper.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                    return;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Watch{" + call.path() + ", resourceVersion=" + getResourceVersion() + "}";
    }
}
