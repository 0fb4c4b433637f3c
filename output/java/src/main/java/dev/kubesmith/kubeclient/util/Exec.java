package dev.kubesmith.kubeclient.util;

import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.openapi.models.V1StatusCause;
import dev.kubesmith.kubeclient.util.stream.ChannelConnection;
import dev.kubesmith.kubeclient.util.stream.Futures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command in a container (client-java's {@code Exec}) over a WebSocket, offering
 * {@code v5.channel.k8s.io} then {@code v4.channel.k8s.io}. The result is a {@link Process}:
 * stdin, stdout and stderr as streams, {@code waitFor()}, and {@code exitValue()} from the
 * server's Status ({@code exit 3} gives 3, read from the {@code ExitCode} cause). Closing
 * {@code getOutputStream()} sends end-of-file to the command (v5 only: v4 has no way to).
 */
public class Exec {
    static final int STDIN = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;
    static final int STATUS = 3;
    static final int RESIZE = 4;
    static final List<String> PROTOCOLS = List.of(WebSockets.V5_PROTOCOL, WebSockets.V4_PROTOCOL);

    private final ApiClient client;

    public Exec() {
        this(Configuration.getDefaultApiClient());
    }

    public Exec(ApiClient client) {
        this.client = client;
    }

    public ApiClient getApiClient() {
        return client;
    }

    public Process exec(String namespace, String name, String[] command, boolean stdin)
            throws ApiException, IOException {
        return exec(namespace, name, command, null, stdin, false);
    }

    public Process exec(String namespace, String name, String[] command, boolean stdin,
            boolean tty) throws ApiException, IOException {
        return exec(namespace, name, command, null, stdin, tty);
    }

    public Process exec(V1Pod pod, String[] command, boolean stdin)
            throws ApiException, IOException {
        return exec(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), command,
                null, stdin, false);
    }

    public Process exec(V1Pod pod, String[] command, String container, boolean stdin,
            boolean tty) throws ApiException, IOException {
        return exec(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), command,
                container, stdin, tty);
    }

    /** @param container null for the pod's only container */
    public Process exec(String namespace, String name, String[] command, String container,
            boolean stdin, boolean tty) throws ApiException, IOException {
        return newExecutionBuilder(namespace, name, command).setContainer(container)
                .setStdin(stdin).setTty(tty).execute();
    }

    /**
     * {@link #exec(String, String, String[], String, boolean, boolean)} without blocking
     * (see {@link ExecutionBuilder#executeAsync()}).
     */
    public CompletableFuture<ExecProcess> execAsync(String namespace, String name,
            String[] command, String container, boolean stdin, boolean tty) {
        return newExecutionBuilder(namespace, name, command).setContainer(container)
                .setStdin(stdin).setTty(tty).executeAsync();
    }

    public ExecutionBuilder newExecutionBuilder(String namespace, String name,
            String[] command) {
        return new ExecutionBuilder(namespace, name, command);
    }

    /** Every option of an exec (client-java's builder). */
    public final class ExecutionBuilder {
        private final String namespace;
        private final String name;
        private final String[] command;
        private String container;
        private boolean stdin;
        private boolean stdout = true;
        private boolean stderr = true;
        private boolean tty;

        ExecutionBuilder(String namespace, String name, String[] command) {
            this.namespace = namespace;
            this.name = name;
            this.command = command.clone();
        }

        public ExecutionBuilder setContainer(String container) {
            this.container = container;
            return this;
        }

        public ExecutionBuilder setStdin(boolean stdin) {
            this.stdin = stdin;
            return this;
        }

        public ExecutionBuilder setStdout(boolean stdout) {
            this.stdout = stdout;
            return this;
        }

        public ExecutionBuilder setStderr(boolean stderr) {
            this.stderr = stderr;
            return this;
        }

        public ExecutionBuilder setTty(boolean tty) {
            this.tty = tty;
            return this;
        }

        public ExecProcess execute() throws ApiException {
            return new ExecProcess(WebSockets.open(client, podPath(client, namespace, name,
                    "exec"), query(), PROTOCOLS, Map.of(), Map.of()));
        }

        /**
         * {@link #execute()} without blocking: the future completes (on the client's callback
         * executor) with the running process once the server accepted the WebSocket, or fails
         * with the ApiException {@code execute()} would throw. Cancelling it before then
         * closes the connection when it opens. {@code onExit()} of the process completes
         * when the command has ended.
         */
        public CompletableFuture<ExecProcess> executeAsync() {
            return Futures.relay(WebSockets.openAsync(client, podPath(client, namespace, name,
                    "exec"), query(), PROTOCOLS, Map.of(), Map.of()),
                    client.getCallbackExecutor(), ExecProcess::new, ChannelConnection::close);
        }

        private List<Pair> query() {
            List<Pair> query = new ArrayList<>();
            for (String arg : command) {
                query.add(new Pair("command", arg));
            }
            if (container != null) {
                query.add(new Pair("container", container));
            }
            query.add(new Pair("stdin", String.valueOf(stdin)));
            query.add(new Pair("stdout", String.valueOf(stdout)));
            // with a tty the kubelet merges stderr into stdout
            query.add(new Pair("stderr", String.valueOf(stderr && !tty)));
            query.add(new Pair("tty", String.valueOf(tty)));
            return query;
        }
    }

    static String podPath(ApiClient client, String namespace, String name, String subresource) {
        return "/api/v1/namespaces/" + client.escapeString(namespace) + "/pods/"
                + client.escapeString(name) + "/" + subresource;
    }

    /**
     * A command running in a container. {@code exitValue()}: the command's exit code; -1 when
     * the server reported another failure ({@link #getStatus()}) or the connection broke.
     */
    public static class ExecProcess extends Process {
        private final ChannelConnection connection;
        private final OutputStream stdin;
        private volatile V1Status status;
        private volatile int exitCode = Integer.MIN_VALUE;
        private final CompletableFuture<Process> exited = new CompletableFuture<>();

        ExecProcess(ChannelConnection connection) {
            this.connection = connection;
            this.stdin = new StdinStream(connection);
            Thread reader = new Thread(this::readStatus, "kubeclient-exec-status");
            reader.setDaemon(true);
            reader.start();
        }

        private void readStatus() {
            byte[] body;
            try (InputStream in = connection.input(STATUS)) {
                body = in.readAllBytes();
            } catch (IOException e) {
                body = new byte[0];
            }
            try {
                connection.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            V1Status decoded = null;
            if (body.length > 0) {
                try (JsonParser p = JSON.FACTORY.createParser(body)) {
                    p.nextToken();
                    decoded = V1Status.CODEC.read(p);
                } catch (IOException e) {
                    // pre-v4 servers send plain text: there is no exit code to read
                    decoded = new V1Status().status("Failure")
                            .message(new String(body, StandardCharsets.UTF_8));
                }
            }
            status = decoded;
            synchronized (this) {
                exitCode = exitCodeOf(decoded);
                notifyAll();
            }
            exited.complete(this);
        }

        static int exitCodeOf(V1Status status) {
            if (status == null) {
                return -1;
            }
            if ("Success".equals(status.getStatus())) {
                return 0;
            }
            if (status.getDetails() != null && status.getDetails().getCauses() != null) {
                for (V1StatusCause cause : status.getDetails().getCauses()) {
                    if ("ExitCode".equals(cause.getReason())) {
                        try {
                            return Integer.parseInt(cause.getMessage().strip());
                        } catch (NumberFormatException | NullPointerException e) {
                            return -1;
                        }
                    }
                }
            }
            return -1;
        }

        /** The subprotocol the server chose (v5 or v4). */
        public String getProtocol() {
            return connection.protocol();
        }

        /** The server's final Status (null until the process ended, or when none came). */
        public V1Status getStatus() {
            return status;
        }

        @Override
        public OutputStream getOutputStream() {
            return stdin;
        }

        @Override
        public InputStream getInputStream() {
            return connection.input(STDOUT);
        }

        @Override
        public InputStream getErrorStream() {
            return connection.input(STDERR);
        }

        /** Channel 4: write {@code {"Width":W,"Height":H}} messages (tty only). */
        public OutputStream getResizeStream() {
            return connection.output(RESIZE);
        }

        /** Tells the tty its new size. */
        public void resize(int width, int height) throws IOException {
            byte[] json = ("{\"Width\":" + width + ",\"Height\":" + height + "}")
                    .getBytes(StandardCharsets.UTF_8);
            connection.send(RESIZE, json, 0, json.length);
        }

        @Override
        public synchronized int waitFor() throws InterruptedException {
            while (exitCode == Integer.MIN_VALUE) {
                wait();
            }
            return exitCode;
        }

        @Override
        public synchronized boolean waitFor(long timeout, TimeUnit unit)
                throws InterruptedException {
            long until = System.nanoTime() + unit.toNanos(timeout);
            while (exitCode == Integer.MIN_VALUE) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /**
         * Completes when the command has ended and its status was read ({@code exitValue()}
         * is then set), on the thread that read it; no thread waits for it meanwhile.
         */
        @Override
        public CompletableFuture<Process> onExit() {
            return exited.copy();
        }

        @Override
        public synchronized int exitValue() {
            if (exitCode == Integer.MIN_VALUE) {
                throw new IllegalThreadStateException("the process has not exited");
            }
            return exitCode;
        }

        @Override
        public boolean isAlive() {
            return exitCode == Integer.MIN_VALUE;
        }

        /** Closes the connection; the command may keep running in the container. */
        @Override
        public void destroy() {
            connection.close();
        }
    }

    /** stdin: closing it sends v5's close frame for channel 0 (end of file). */
    private static final class StdinStream extends OutputStream {
        private final ChannelConnection connection;
        private final OutputStream out;
        private boolean closed;

        StdinStream(ChannelConnection connection) {
            this.connection = connection;
            this.out = connection.output(STDIN);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stdin is closed");
            }
            out.write(b, off, len);
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (WebSockets.V5_PROTOCOL.equals(connection.protocol()) && !connection.isClosed()) {
                connection.closeChannel(STDIN);
            }
        }
    }
}
