package dev.kubesmith.kubeclient.openapi.transport;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request; the body is bytes so a retry can send it again.
 *
 * @param timeout time to wait for the response headers, or null for no limit
 */
public record TransportRequest(
        String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {
    @Override
    public String toString() {
        return method + " " + uri; // headers hold credentials: never printed
    }
}
