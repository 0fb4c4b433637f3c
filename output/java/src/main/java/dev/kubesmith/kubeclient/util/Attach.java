package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.util.stream.ChannelConnection;
import dev.kubesmith.kubeclient.util.stream.Futures;
import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Attaches to a running container's main process (client-java's {@code Attach}). */
public class Attach {
    private final ApiClient client;

    public Attach() {
        this(Configuration.getDefaultApiClient());
    }

    public Attach(ApiClient client) {
        this.client = client;
    }

    /** @param container null for the pod's only container */
    public AttachResult attach(String namespace, String name, String container, boolean stdin,
            boolean tty) throws ApiException {
        return new AttachResult(new Exec.ExecProcess(WebSockets.open(client,
                Exec.podPath(client, namespace, name, "attach"), query(container, stdin, tty),
                Exec.PROTOCOLS, Map.of(), Map.of())));
    }

    /**
     * {@link #attach(String, String, String, boolean, boolean)} without blocking: completes
     * (on the client's callback executor) once the server accepted the WebSocket, or fails
     * with the ApiException {@code attach} would throw; cancelled before that, the
     * connection is closed when it opens.
     */
    public CompletableFuture<AttachResult> attachAsync(String namespace, String name,
            String container, boolean stdin, boolean tty) {
        return Futures.relay(WebSockets.openAsync(client, Exec.podPath(client, namespace, name,
                "attach"), query(container, stdin, tty), Exec.PROTOCOLS, Map.of(), Map.of()),
                client.getCallbackExecutor(), c -> new AttachResult(new Exec.ExecProcess(c)),
                ChannelConnection::close);
    }

    private static List<Pair> query(String container, boolean stdin, boolean tty) {
        List<Pair> query = new ArrayList<>();
        if (container != null) {
            query.add(new Pair("container", container));
        }
        query.add(new Pair("stdin", String.valueOf(stdin)));
        query.add(new Pair("stdout", "true"));
        query.add(new Pair("stderr", String.valueOf(!tty)));
        query.add(new Pair("tty", String.valueOf(tty)));
        return query;
    }

    public AttachResult attach(String namespace, String name, boolean stdin)
            throws ApiException {
        return attach(namespace, name, null, stdin, false);
    }

    /** The attached streams; {@link #getProcess()} gives exit status and stdin EOF. */
    public static class AttachResult implements Closeable {
        private final Exec.ExecProcess process;

        AttachResult(Exec.ExecProcess process) {
            this.process = process;
        }

        public OutputStream getStandardInputStream() {
            return process.getOutputStream();
        }

        public InputStream getStandardOutputStream() {
            return process.getInputStream();
        }

        public InputStream getErrorStream() {
            return process.getErrorStream();
        }

        public Exec.ExecProcess getProcess() {
            return process;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
