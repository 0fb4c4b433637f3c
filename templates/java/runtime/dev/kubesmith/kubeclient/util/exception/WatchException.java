package dev.kubesmith.kubeclient.util.exception;

import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.models.V1Status;

/**
 * A watch could not go on: the server refused it (the {@link ApiException} cause carries
 * the code and Status), sent something that is not a watch event, or the connection failed
 * in a way a resume cannot mend. Thrown by the watch iterator, which cannot throw checked
 * exceptions (client-java throws a RuntimeException there too).
 */
public class WatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient V1Status status;

    public WatchException(String message, Throwable cause) {
        super(message, cause);
        this.code = cause instanceof ApiException ? ((ApiException) cause).getCode() : 0;
        this.status = null;
    }

    public WatchException(String message, int code, V1Status status) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** The HTTP code (an ERROR event's Status code), 0 when there was none. */
    public int getCode() {
        return code;
    }

    /** The Status of an ERROR event, or null. */
    public V1Status getStatus() {
        return status;
    }
}
