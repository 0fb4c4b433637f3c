package dev.kubesmith.kubeclient.openapi;

import java.util.List;
import java.util.Map;

/** A decoded response with its status code and headers ({@code executeWithHttpInfo()}). */
public class ApiResponse<T> {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final T data;

    public ApiResponse(int statusCode, Map<String, List<String>> headers) {
        this(statusCode, headers, null);
    }

    public ApiResponse(int statusCode, Map<String, List<String>> headers, T data) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.data = data;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** Response headers, keys in lower case. */
    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    public T getData() {
        return data;
    }

    @Override
    public String toString() {
        return "ApiResponse{statusCode=" + statusCode + ", data=" + data + "}";
    }
}
