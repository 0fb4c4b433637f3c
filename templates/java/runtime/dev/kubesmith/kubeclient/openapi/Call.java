package dev.kubesmith.kubeclient.openapi;

import dev.kubesmith.kubeclient.openapi.transport.Transport;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * One prepared request (what {@code buildCall(...)} returns): method, expanded path, query
 * pairs, body and content type, and the client that sends it. Immutable except for
 * cancellation; {@link #withContentType} makes a copy (PatchUtils chooses the patch format).
 */
public final class Call {
    private final ApiClient client;
    private final String method;
    private final String path;
    private final List<Pair> query;
    private final Object body;
    private final String contentType;
    private final String[] accepts;
    private final Type returnType;
    private final ApiCallback<?> callback;
    private final boolean contentTypeChosen;
    private final State state = new State();

    Call(ApiClient client, String method, String path, List<Pair> query, Object body,
            String contentType, String[] accepts, Type returnType, ApiCallback<?> callback) {
        this(client, method, path, query, body, contentType, accepts, returnType, callback, false);
    }

    private Call(ApiClient client, String method, String path, List<Pair> query, Object body,
            String contentType, String[] accepts, Type returnType, ApiCallback<?> callback,
            boolean contentTypeChosen) {
        this.contentTypeChosen = contentTypeChosen;
        this.client = client;
        this.method = method;
        this.path = path;
        this.query = query == null ? List.of() : List.copyOf(query);
        this.body = body;
        this.contentType = contentType;
        this.accepts = accepts == null ? new String[0] : accepts.clone();
        this.returnType = returnType;
        this.callback = callback;
    }

    public ApiClient client() {
        return client;
    }

    public String method() {
        return method;
    }

    /** The path below the base path, parameters already expanded and escaped. */
    public String path() {
        return path;
    }

    public List<Pair> query() {
        return query;
    }

    public Object body() {
        return body;
    }

    /** The request content type, or null to let the client choose. */
    public String contentType() {
        return contentType;
    }

    public String[] accepts() {
        return accepts.clone();
    }

    /** The type the response decodes to (null: none), as the API method declared it. */
    public Type returnType() {
        return returnType;
    }

    public ApiCallback<?> callback() {
        return callback;
    }

    /** The same request with another content type (a patch format), chosen by the caller. */
    public Call withContentType(String newContentType) {
        return new Call(client, method, path, query, body, newContentType, accepts, returnType,
                callback, true);
    }

    /**
     * True when the content type was chosen by the caller ({@link #withContentType}); a patch
     * body's own default (JSON Patch for an array) applies only otherwise.
     */
    public boolean isContentTypeChosen() {
        return contentTypeChosen;
    }

    /** The same request with more query parameters (e.g. a watch's resourceVersion). */
    public Call withQuery(List<Pair> more) {
        List<Pair> all = new ArrayList<>(query);
        all.addAll(more);
        return new Call(client, method, path, all, body, contentType, accepts, returnType,
                callback, contentTypeChosen);
    }

    /** Sends the request and decodes the response as {@link #returnType()}. */
    public <T> ApiResponse<T> execute() throws ApiException {
        return client.execute(this, returnType);
    }

    /** Aborts the request: a waiting or streaming call ends with an ApiException. */
    public void cancel() {
        state.cancel();
    }

    public boolean isCanceled() {
        return state.isCancelled();
    }

    Transport.Cancellation cancellation() {
        return state;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    private static final class State implements Transport.Cancellation {
        private final List<Runnable> aborts = new ArrayList<>();
        private boolean cancelled;

        @Override
        public void onCancel(Runnable abort) {
            boolean now;
            synchronized (this) {
                now = cancelled;
                if (!now) {
                    aborts.add(abort);
                }
            }
            if (now) {
                abort.run();
            }
        }

        @Override
        public synchronized boolean isCancelled() {
            return cancelled;
        }

        void cancel() {
            List<Runnable> run;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                run = new ArrayList<>(aborts);
                aborts.clear();
            }
            run.forEach(Runnable::run);
        }
    }
}
