package dev.kubesmith.kubeclient.util.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The Kubernetes channel protocol over one WebSocket: every binary message is a channel byte
 * and a payload. Inbound channels are {@link ChannelInputStream}s (bounded: the socket is
 * not read further while a channel holds more than {@link #HIGH_WATER} unread bytes);
 * outbound channels are {@link OutputStream}s whose writes wait for the frame to be sent.
 * The server's close frame is answered once everything before it was read, so no output
 * is lost and the API server does not wait for the client.
 */
public final class ChannelConnection implements AutoCloseable {
    /** Unread bytes per channel above which the socket is not read further. */
    static final int HIGH_WATER = 4 << 20;
    private static final int MAX_FRAME = 32 * 1024;
    /** client-go's keepalive: a ping every 5 s; no data or pong for 61 s ends the connection. */
    private static final long PING_SECONDS = 5;
    /** Seconds without data or pong after which the connection is taken as dead. */
    public static final String IDLE_PROPERTY = "dev.kubesmith.kubeclient.websocketIdleSeconds";
    private static final ScheduledExecutorService PINGER =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kubeclient-websocket-ping");
                t.setDaemon(true);
                return t;
            });
    /** v5: a message on this channel closes the channel named by its one payload byte. */
    private static final int CLOSE_CHANNEL = 255;

    private final Map<Integer, ChannelInputStream> inputs = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> hello;
    private final Map<Integer, Boolean> helloSeen = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> errorOf;
    private final Map<Integer, String> errorText = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object sendLock = new Object();
    private volatile WebSocket socket;
    private volatile IOException failure;
    private volatile int closeCode = -1;
    private boolean paused;
    private volatile long lastHeardNanos = System.nanoTime();
    private final long idleNanos = Long.getLong(IDLE_PROPERTY, 61L) * 1_000_000_000L;
    private ScheduledFuture<?> pinging;

    /**
     * @param hello channel → the port its first message must carry (port-forward)
     * @param errorOf error channel → data channel: text on the error channel makes reads of
     *     the data stream fail once the data before it was read (port-forward)
     */
    public ChannelConnection(Map<Integer, Integer> hello, Map<Integer, Integer> errorOf) {
        this.hello = Map.copyOf(hello);
        this.errorOf = Map.copyOf(errorOf);
    }

    public void started(WebSocket ws) {
        this.socket = ws;
        pinging = PINGER.scheduleWithFixedDelay(this::keepalive, PING_SECONDS, PING_SECONDS,
                TimeUnit.SECONDS);
    }

    /** A ping (a dead peer fails the write); silence beyond the idle limit ends the connection. */
    private void keepalive() {
        WebSocket ws = socket;
        if (isClosed() || ws == null) {
            pinging.cancel(false);
            return;
        }
        if (System.nanoTime() - lastHeardNanos > idleNanos) {
            finish(new IOException("no data or pong from the server for "
                    + idleNanos / 1_000_000_000L + " s"));
            ws.abort();
            return;
        }
        try {
            ws.sendPing(ByteBuffer.allocate(0)).whenComplete((r, e) -> {
                if (e != null) {
                    finish(new IOException("the connection failed: " + e.getMessage(), e));
                    ws.abort();
                }
            });
        } catch (IllegalStateException e) {
            // the last ping is still being sent: the next round tries again
        }
    }

    /** The subprotocol the server chose. */
    public String protocol() {
        return socket.getSubprotocol();
    }

    /** The text received so far on a linked error channel, or null. */
    public String errorText(int errorChannel) {
        String text = errorText.get(errorChannel);
        return text == null ? null : text.strip();
    }

    /** The stream of an inbound channel (created on first use, so no message is lost). */
    public synchronized ChannelInputStream input(int channel) {
        return inputs.computeIfAbsent(channel, c -> {
            ChannelInputStream in = new ChannelInputStream(this);
            if (closed.getCount() == 0) { // asked for after the end: nothing will arrive
                in.end(failure);
            }
            return in;
        });
    }

    /** An outbound channel: each write is sent as messages of at most 32 KiB. */
    public OutputStream output(int channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int n = Math.min(len, MAX_FRAME);
                    send(channel, b, off, n);
                    off += n;
                    len -= n;
                }
            }
        };
    }

    /** Sends one message on a channel and waits until it was written. */
    public void send(int channel, byte[] data, int off, int len) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(len + 1);
        frame.put((byte) channel).put(data, off, len).flip();
        synchronized (sendLock) { // java.net.http allows one outstanding send
            WebSocket ws = socket;
            if (ws.isOutputClosed()) {
                throw new IOException("the connection is closed");
            }
            try {
                ws.sendBinary(frame, true).get();
            } catch (ExecutionException e) {
                throw new IOException("sending failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while sending");
            }
        }
    }

    /** v5: half-closes an outbound channel (stdin sees EOF). */
    public void closeChannel(int channel) throws IOException {
        send(CLOSE_CHANNEL, new byte[] {(byte) channel}, 0, 1);
    }

    /** Waits for the server to close (or the connection to fail). */
    public boolean awaitClose(long timeout, TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }

    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Why the connection ended abnormally, or null. */
    public IOException failure() {
        return failure;
    }

    /** The close code the server sent, or -1. */
    public int closeCode() {
        return closeCode;
    }

    /** Closes the WebSocket (a normal close; streams not yet read keep what arrived). */
    @Override
    public void close() {
        WebSocket ws = socket;
        if (ws != null && !ws.isOutputClosed()) {
            synchronized (sendLock) {
                try {
                    ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    ws.abort();
                }
            }
        }
        if (ws != null) {
            ws.abort();
        }
        finish(null);
    }

    // -- inbound ----------------------------------------------------------------------------

    /** Called by a channel stream after a read: read on when the buffers drained. */
    void drained() {
        boolean resume = false;
        synchronized (this) {
            if (paused && !overfull()) {
                paused = false;
                resume = true;
            }
        }
        if (resume && socket != null) {
            socket.request(1);
        }
    }

    private boolean overfull() {
        for (ChannelInputStream in : inputs.values()) {
            if (in.buffered() > HIGH_WATER) {
                return true;
            }
        }
        return false;
    }

    private void dispatch(byte[] message) throws IOException {
        if (message.length == 0) {
            return;
        }
        int channel = message[0] & 0xff;
        int offset = 1;
        Integer port = hello.get(channel);
        if (port != null && helloSeen.putIfAbsent(channel, Boolean.TRUE) == null) {
            if (message.length < 3) {
                throw new ProtocolException("channel " + channel + " began without its port");
            }
            int got = (message[1] & 0xff) | (message[2] & 0xff) << 8;
            if (got != port) {
                throw new ProtocolException("channel " + channel + " is for port " + got
                        + ", expected " + port);
            }
            offset = 3;
        }
        if (message.length > offset) { // an empty payload is the server's hello: ignored
            input(channel).add(message, offset, message.length - offset);
            Integer data = errorOf.get(channel);
            if (data != null) { // before any later close: the data stream fails, not ends
                String text = errorText.merge(channel, new String(message, offset,
                        message.length - offset, java.nio.charset.StandardCharsets.UTF_8),
                        String::concat);
                input(data).failAfterData(new IOException(text.strip()));
            }
        }
    }

    private synchronized void finish(IOException error) {
        if (error != null && failure == null) {
            failure = error;
        }
        for (ChannelInputStream in : inputs.values()) {
            in.end(failure);
        }
        closed.countDown();
    }

    /** The listener to build the WebSocket with. */
    public WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private java.io.ByteArrayOutputStream partial;

            @Override
            public void onOpen(WebSocket ws) {
                socket = ws;
                ws.request(1);
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                lastHeardNanos = System.nanoTime();
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                if (!last || partial != null) {
                    if (partial == null) {
                        partial = new java.io.ByteArrayOutputStream();
                    }
                    partial.write(bytes, 0, bytes.length);
                    if (!last) {
                        ws.request(1);
                        return null;
                    }
                    bytes = partial.toByteArray();
                    partial = null;
                }
                try {
                    dispatch(bytes);
                } catch (IOException e) {
                    finish(e);
                    ws.abort();
                    return null;
                }
                boolean pause;
                synchronized (ChannelConnection.this) {
                    pause = overfull();
                    paused = pause;
                }
                if (!pause) {
                    ws.request(1);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
                lastHeardNanos = System.nanoTime();
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
                lastHeardNanos = System.nanoTime(); // the JDK answers with a pong itself
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                finish(new ProtocolException("a text message on a binary channel protocol"));
                ws.abort();
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closeCode = statusCode;
                // 1000 normal, 1005 none given; anything else (1006: the connection broke,
                // a frame cut short) is a failure the streams report after their data
                finish(statusCode == WebSocket.NORMAL_CLOSURE || statusCode == 1005 ? null
                        : new IOException("the WebSocket closed with code " + statusCode
                                + (reason == null || reason.isEmpty() ? "" : ": " + reason)));
                // answer the close: the API server waits for it before it lets go
                synchronized (sendLock) {
                    if (!ws.isOutputClosed()) {
                        return ws.sendClose(WebSocket.NORMAL_CLOSURE, "")
                                .handle((r, e) -> null);
                    }
                }
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                finish(error instanceof IOException ? (IOException) error
                        : new IOException("the WebSocket failed: " + error, error));
            }
        };
    }

    /** Bytes of one inbound channel, in order; EOF when the connection ends. */
    public static final class ChannelInputStream extends InputStream {
        private final ChannelConnection owner;
        private final java.util.ArrayDeque<byte[]> chunks = new java.util.ArrayDeque<>();
        private int position; // into the first chunk
        private long buffered;
        private boolean ended;
        private IOException error;
        private IOException raised; // an error the channel's owner reports after the data

        ChannelInputStream(ChannelConnection owner) {
            this.owner = owner;
        }

        synchronized void add(byte[] message, int off, int len) {
            chunks.add(java.util.Arrays.copyOfRange(message, off, off + len));
            buffered += len;
            notifyAll();
        }

        synchronized void end(IOException failure) {
            if (!ended) {
                ended = true;
                error = failure;
                notifyAll();
            }
        }

        /** Makes reads fail with this error once the data before it has been read. */
        public synchronized void failAfterData(IOException e) {
            raised = e;
            notifyAll();
        }

        synchronized long buffered() {
            return buffered;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            synchronized (this) {
                while (chunks.isEmpty() && !ended && raised == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted while reading");
                    }
                }
                if (chunks.isEmpty()) {
                    if (raised != null) {
                        throw raised;
                    }
                    if (error != null) {
                        throw new IOException("the connection failed: " + error.getMessage(),
                                error);
                    }
                    return -1;
                }
                byte[] first = chunks.peekFirst();
                n = Math.min(len, first.length - position);
                System.arraycopy(first, position, b, off, n);
                position += n;
                if (position == first.length) {
                    chunks.removeFirst();
                    position = 0;
                }
                buffered -= n;
            }
            owner.drained();
            return n;
        }

        @Override
        public synchronized int available() {
            return (int) Math.min(Integer.MAX_VALUE, buffered);
        }
    }
}
