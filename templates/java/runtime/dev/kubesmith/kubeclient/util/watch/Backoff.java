package dev.kubesmith.kubeclient.util.watch;

import java.util.concurrent.ThreadLocalRandom;

/**
 * client-go's reflector backoff: 800 ms, doubling, full jitter, at most 30 s; back to the
 * start after 2 minutes without a failure.
 */
public final class Backoff {
    private static final long INITIAL_MS = 800;
    private static final long CAP_MS = 30_000;
    private static final long RESET_NS = 120_000_000_000L;

    private long currentMs;
    private long lastNs = Long.MIN_VALUE;

    /** The next pause in milliseconds. */
    public synchronized long nextMillis() {
        long now = System.nanoTime();
        if (currentMs == 0 || lastNs == Long.MIN_VALUE || now - lastNs > RESET_NS) {
            currentMs = INITIAL_MS;
        } else {
            currentMs = Math.min(currentMs * 2, CAP_MS);
        }
        lastNs = now;
        double jitter = 1 + ThreadLocalRandom.current().nextDouble();
        return Math.min((long) (currentMs * jitter), CAP_MS);
    }
}
