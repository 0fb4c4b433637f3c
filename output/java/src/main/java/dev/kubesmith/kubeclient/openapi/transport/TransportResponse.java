package dev.kubesmith.kubeclient.openapi.transport;

import java.io.Closeable;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** A response whose body is still on the wire; closing it releases the connection. */
public interface TransportResponse extends Closeable {
    int statusCode();

    /** Header names in lower case. */
    Map<String, List<String>> headers();

    InputStream body();

    default String header(String name) {
        List<String> values = headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
