package dev.kubesmith.kubeclient.openapi;

import java.util.List;
import java.util.Map;

/** What {@code executeAsync} reports to; runs on the client's callback executor. */
public interface ApiCallback<T> {
    void onFailure(ApiException e, int statusCode, Map<String, List<String>> responseHeaders);

    void onSuccess(T result, int statusCode, Map<String, List<String>> responseHeaders);

    /** Request body progress; bodies are sent in one piece, so this is called once. */
    default void onUploadProgress(long bytesWritten, long contentLength, boolean done) {}

    /** Response body progress; called once, when the body was decoded. */
    default void onDownloadProgress(long bytesRead, long contentLength, boolean done) {}
}
