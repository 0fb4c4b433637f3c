package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.util.stream.ChannelConnection;
import dev.kubesmith.kubeclient.util.stream.Futures;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens the channel WebSockets of exec, attach and port-forward over java.net.http, through
 * the ApiClient's own TLS settings (CA, client certificate, tls-server-name) and
 * credentials. Subprotocols are offered in preference order; the server's choice is read
 * from the handshake. A refusal before the upgrade becomes an {@link ApiException} with the
 * server's code and Status, as any other call.
 */
public final class WebSockets {
    /** Exec/attach through the API server (KEP-4006): stdin close frames, exit status. */
    public static final String V5_PROTOCOL = "v5.channel.k8s.io";
    public static final String V4_PROTOCOL = "v4.channel.k8s.io";
    private static final long HANDSHAKE_SECONDS = 60;
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> OWN_HEADERS = Set.of("accept", "connection", "upgrade",
            "host", "content-length");

    private WebSockets() {}

    /**
     * Opens a WebSocket to {@code path?query} offering {@code protocols}.
     *
     * @param hello the channels whose first message carries a 2-byte port (port-forward), or
     *     an empty map
     * @param errorOf error channel → the data channel it fails (port-forward), or empty
     */
    public static ChannelConnection open(ApiClient client, String path, List<Pair> query,
            List<String> protocols, Map<Integer, Integer> hello, Map<Integer, Integer> errorOf)
            throws ApiException {
        try {
            return openAsync(client, path, query, protocols, hello, errorOf).get();
        } catch (ExecutionException e) {
            throw (ApiException) e.getCause(); // openAsync fails only with ApiExceptions
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted opening a WebSocket to " + path, e, 0, null, null);
        }
    }

    /**
     * {@link #open} without blocking: the handshake runs in java.net.http, and the future
     * fails with the {@link ApiException} {@code open} would throw (the server's refusal, a
     * connection failure, no answer in 60 s).
     */
    public static CompletableFuture<ChannelConnection> openAsync(ApiClient client, String path,
            List<Pair> query, List<String> protocols, Map<Integer, Integer> hello,
            Map<Integer, Integer> errorOf) {
        Call call = client.buildCall("GET", path, query, null, null, new String[0], null, null);
        URI http;
        Map<String, List<String>> headers;
        try {
            http = client.buildUri(call);
            headers = client.buildHeaders(call);
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
        }
        String scheme = "https".equals(http.getScheme()) ? "wss" : "ws";
        URI uri = URI.create(scheme + http.toString().substring(http.getScheme().length()));
        WebSocket.Builder builder = client.getHttpClient().newWebSocketBuilder();
        headers.forEach((name, values) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        builder.subprotocols(protocols.get(0),
                protocols.subList(1, protocols.size()).toArray(new String[0]));
        ChannelConnection connection = new ChannelConnection(hello, errorOf);
        CompletableFuture<ChannelConnection> opened = new CompletableFuture<>();
        builder.buildAsync(uri, connection.listener())
                .orTimeout(HANDSHAKE_SECONDS, TimeUnit.SECONDS)
                .whenComplete((ws, error) -> {
                    if (error == null) {
                        try {
                            connection.started(ws);
                        } catch (RuntimeException e) { // the keepalive could not be scheduled
                            ws.abort();
                            opened.completeExceptionally(refusal(path, e));
                            return;
                        }
                        opened.complete(connection);
                    } else {
                        opened.completeExceptionally(refusal(path, Futures.unwrap(error)));
                    }
                });
        return opened;
    }

    private static ApiException refusal(String path, Throwable cause) {
        if (cause instanceof WebSocketHandshakeException) {
            HttpResponse<?> response = ((WebSocketHandshakeException) cause).getResponse();
            Object body = response.body();
            return new ApiException(response.statusCode(), response.headers().map(),
                    body instanceof String ? (String) body : null);
        }
        if (cause instanceof TimeoutException) {
            return new ApiException("the WebSocket to " + path + " was not accepted in "
                    + HANDSHAKE_SECONDS + " s", cause, 0, null, null);
        }
        return new ApiException("the WebSocket to " + path + " failed: " + cause, cause, 0,
                null, null);
    }
}
