package dev.kubesmith.kubeclient.openapi.transport;

import java.io.IOException;

/**
 * How requests reach the server: one exchange, no retries, no auth (ApiClient does those).
 * The JDK's java.net.http is the one implementation; the interface keeps HTTP types out of
 * the rest of the client so another HTTP stack can be added as a module later.
 */
public interface Transport {
    /**
     * Sends a request and returns once the response headers arrived; the body is streamed.
     * {@code cancel} is registered with the exchange so {@code Call.cancel()} can abort it.
     */
    TransportResponse send(TransportRequest request, Cancellation cancel)
            throws IOException, InterruptedException;

    /** Lets another thread abort an exchange that is waiting for or reading a response. */
    interface Cancellation {
        /** Registers what aborts the exchange; runs it at once if already cancelled. */
        void onCancel(Runnable abort);

        boolean isCancelled();
    }
}
