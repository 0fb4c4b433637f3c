package dev.kubesmith.kubeclient.openapi.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** {@link Transport} over java.net.http (HTTP/1.1, or HTTP/2 with HTTP/1.1 fallback). */
public final class JdkTransport implements Transport {
    private final HttpClient client;

    /**
     * @param ssl the TLS context (trust, client certificate); null for the JDK default
     * @param sslParameters e.g. the SNI name from tls-server-name; null for the defaults
     * @param proxy null for the JDK's default (system properties)
     * @param connectTimeout null for no limit
     * @param version HTTP_2 (with HTTP/1.1 fallback) or HTTP_1_1
     */
    public JdkTransport(SSLContext ssl, SSLParameters sslParameters, ProxySelector proxy,
            Duration connectTimeout, HttpClient.Version version) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(version)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        if (sslParameters != null) {
            builder.sslParameters(sslParameters);
        }
        if (proxy != null) {
            builder.proxy(proxy);
        }
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.client = builder.build();
    }

    /** The JDK client underneath (for WebSockets and anything else java.net.http offers). */
    public HttpClient httpClient() {
        return client;
    }

    @Override
    public TransportResponse send(TransportRequest request, Cancellation cancel)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri());
        b.method(request.method(), request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.timeout() != null) {
            b.timeout(request.timeout());
        }
        boolean acceptEncoding = false;
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            acceptEncoding |= h.getKey().equalsIgnoreCase("accept-encoding");
            for (String v : h.getValue()) {
                b.header(h.getKey(), v);
            }
        }
        if (!acceptEncoding) {
            // as OkHttp does: the apiserver gzips large responses (lists), several times
            // fewer bytes to decrypt and to carry through java.net.http's buffers
            b.header("Accept-Encoding", "gzip");
        }
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        cancel.onCancel(() -> future.cancel(true));
        HttpResponse<InputStream> response;
        try {
            response = future.get();
        } catch (CancellationException e) {
            throw new InterruptedIOException("call cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
        InputStream raw = response.body();
        cancel.onCancel(() -> {
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing an aborted stream: nothing left to release
            }
        });
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        InputStream body = raw;
        if (!acceptEncoding && isGzip(headers.get("content-encoding"))) {
            // inflated here, so the caller sees the body as sent: the encoding and the
            // length of the compressed bytes no longer describe it
            body = new GzipBody(raw);
            headers.remove("content-encoding");
            headers.remove("content-length");
        }
        InputStream decoded = body;
        return new TransportResponse() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public Map<String, List<String>> headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return decoded;
            }

            @Override
            public void close() throws IOException {
                decoded.close();
            }
        };
    }

    private static boolean isGzip(List<String> encodings) {
        if (encodings == null || encodings.size() != 1) {
            return false;
        }
        return encodings.get(0).strip().equalsIgnoreCase("gzip");
    }
}
