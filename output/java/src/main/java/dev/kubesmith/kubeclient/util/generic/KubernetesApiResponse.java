package dev.kubesmith.kubeclient.util.generic;

import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import java.util.List;
import java.util.Map;

/**
 * What a {@link GenericKubernetesApi} call answered (client-java's class): the object on
 * success, else the server's {@link V1Status} and HTTP code. {@code throwsApiException()}
 * turns a failure into an {@link ApiException}, so {@code api.get(ns, name)
 * .throwsApiException().getObject()} reads like a typed call.
 */
public class KubernetesApiResponse<T> {
    private final T object;
    private final V1Status status;
    private final int httpStatusCode;
    private final Map<String, List<String>> headers;
    private final ApiException exception;

    public KubernetesApiResponse(T object) {
        this(object, null, 200, Map.of(), null);
    }

    public KubernetesApiResponse(V1Status status, int httpStatusCode) {
        this(null, status, httpStatusCode, Map.of(), null);
    }

    KubernetesApiResponse(T object, V1Status status, int httpStatusCode,
            Map<String, List<String>> headers, ApiException exception) {
        this.object = object;
        this.status = status;
        this.httpStatusCode = httpStatusCode;
        this.headers = headers == null ? Map.of() : headers;
        this.exception = exception;
    }

    /** The object the server answered; null on failure. */
    public T getObject() {
        return object;
    }

    /** The Status of a failure (or of a delete that answered one); null otherwise. */
    public V1Status getStatus() {
        return status;
    }

    public int getHttpStatusCode() {
        return httpStatusCode;
    }

    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    public boolean isSuccess() {
        return httpStatusCode >= 200 && httpStatusCode < 300;
    }

    /** This response when it succeeded; else the failure as an {@link ApiException}. */
    public KubernetesApiResponse<T> throwsApiException() throws ApiException {
        if (isSuccess()) {
            return this;
        }
        if (exception != null) {
            throw exception;
        }
        String message = status != null && status.getMessage() != null ? status.getMessage()
                : "HTTP " + httpStatusCode;
        throw new ApiException(httpStatusCode, message);
    }

    /** Calls {@code handler} with the failure (if any); returns this response. */
    public KubernetesApiResponse<T> onFailure(ErrorStatusHandler handler) throws ApiException {
        if (!isSuccess()) {
            handler.handle(httpStatusCode, status);
        }
        return this;
    }

    /** What {@link #onFailure} calls. */
    @FunctionalInterface
    public interface ErrorStatusHandler {
        void handle(int code, V1Status errorStatus) throws ApiException;
    }

    @Override
    public String toString() {
        return "KubernetesApiResponse{httpStatusCode=" + httpStatusCode + ", object="
                + (object == null ? null : object.getClass().getSimpleName())
                + (status != null ? ", reason=" + status.getReason() : "") + "}";
    }
}
