package dev.kubesmith.kubeclient.util;

import java.time.Duration;
import java.util.function.Supplier;

/** Polling until a condition holds (client-java's class). */
public final class Wait {
    private Wait() {}

    /**
     * Checks {@code condition} at once and then every {@code interval} until it is true
     * (returns true) or {@code timeout} has passed (returns false). An exception from the
     * condition ends the wait and is thrown.
     */
    public static boolean poll(Duration interval, Duration timeout, Supplier<Boolean> condition) {
        return poll(Duration.ZERO, interval, timeout, condition);
    }

    /** As {@link #poll(Duration, Duration, Supplier)}, first waiting {@code initialDelay}. */
    public static boolean poll(Duration initialDelay, Duration interval, Duration timeout,
            Supplier<Boolean> condition) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval must be positive: " + interval);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            sleep(initialDelay, deadline);
            while (true) {
                if (Boolean.TRUE.equals(condition.get())) {
                    return true;
                }
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                sleep(interval, deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sleeps {@code d}, but not past the deadline (the last check happens at the deadline). */
    private static void sleep(Duration d, long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        long nanos = Math.min(d.toNanos(), Math.max(0, left));
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }
}
