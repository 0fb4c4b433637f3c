package dev.kubesmith.kubeclient.openapi;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.transport.JdkTransport;
import dev.kubesmith.kubeclient.openapi.transport.Tls;
import dev.kubesmith.kubeclient.openapi.transport.Transport;
import dev.kubesmith.kubeclient.openapi.transport.TransportRequest;
import dev.kubesmith.kubeclient.openapi.transport.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;

/**
 * Sends the calls the generated API classes build: base path, TLS, credentials, default
 * headers, retries (client-go's rules), streaming decode and typed errors.
 *
 * <p>Retries: a 429 or 5xx that carries an integer {@code Retry-After} is sent again after
 * that many seconds (the server says it is safe), at most {@link #getMaxRetries()} times; a
 * connection that was never established (refused, connect timeout, a TLS handshake that
 * failed for another reason than the server's certificate) is retried after 1 s for any verb,
 * as the server saw nothing of the request; a connection lost before the response is retried
 * after 1 s for GET only (idempotent).
 * Credentials never appear in {@code toString()}, exception messages or debug logs.
 */
public class ApiClient {
    private static final System.Logger LOG = System.getLogger("dev.kubesmith.kubeclient");
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);
    private static final int MAX_ERROR_BODY = 1 << 20;
    private static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(daemon());

    private String basePath = "http://localhost:8080";
    private boolean verifyingSsl = true;
    private byte[] caCertPem;
    private KeyManager[] keyManagers;
    private String tlsServerName;
    private ProxySelector proxy;
    private Duration readTimeout;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private RequestAuthenticator authenticator;
    private final Map<String, List<String>> defaultHeaders = new LinkedHashMap<>();
    private String userAgent = "kubesmith-java-client";
    private boolean debugging;
    private int maxRetries = 10;
    private Executor callbackExecutor = CALLBACKS;
    private HttpClient.Version httpVersion = HttpClient.Version.HTTP_1_1;
    private JSON json = new JSON();
    private Transport transport; // built on first use from the settings above
    private JdkTransport jdkTransport;

    public ApiClient() {}

    // -- settings ---------------------------------------------------------------------------

    public String getBasePath() {
        return basePath;
    }

    /** The server URL, e.g. {@code https://10.0.0.1:6443}; a trailing slash is dropped. */
    public ApiClient setBasePath(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1)
                : basePath;
        return this;
    }

    public boolean isVerifyingSsl() {
        return verifyingSsl;
    }

    /** False skips TLS verification: only when the kubeconfig says insecure-skip-tls-verify. */
    public synchronized ApiClient setVerifyingSsl(boolean verifyingSsl) {
        this.verifyingSsl = verifyingSsl;
        transport = null;
        return this;
    }

    /** PEM certificates to trust instead of the JDK's roots (the stream is read and closed). */
    public ApiClient setSslCaCert(InputStream sslCaCert) {
        try (InputStream in = sslCaCert) {
            return setCaCertPem(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA certificate", e);
        }
    }

    public synchronized ApiClient setCaCertPem(byte[] pem) {
        this.caCertPem = pem == null ? null : pem.clone();
        transport = null;
        return this;
    }

    /** The client certificate (see {@code util.SSLUtils.keyManagers}). */
    public synchronized ApiClient setKeyManagers(KeyManager[] managers) {
        this.keyManagers = managers == null ? null : managers.clone();
        transport = null;
        return this;
    }

    public String getTlsServerName() {
        return tlsServerName;
    }

    /** The name the server certificate must carry (kubeconfig tls-server-name); also SNI. */
    public synchronized ApiClient setTlsServerName(String name) {
        this.tlsServerName = name;
        transport = null;
        return this;
    }

    /** The HTTP proxy (kubeconfig proxy-url); null for the JDK's default. */
    public synchronized ApiClient setProxy(ProxySelector proxy) {
        this.proxy = proxy;
        transport = null;
        return this;
    }

    /** Milliseconds to wait for response headers; 0 for no limit (the default, as client-java). */
    public ApiClient setReadTimeout(int millis) {
        this.readTimeout = millis <= 0 ? null : Duration.ofMillis(millis);
        return this;
    }

    public int getReadTimeout() {
        return readTimeout == null ? 0 : (int) readTimeout.toMillis();
    }

    /** Milliseconds to wait for a connection; 0 for no limit. Default 10 s. */
    public synchronized ApiClient setConnectTimeout(int millis) {
        this.connectTimeout = millis <= 0 ? null : Duration.ofMillis(millis);
        transport = null;
        return this;
    }

    public int getConnectTimeout() {
        return connectTimeout == null ? 0 : (int) connectTimeout.toMillis();
    }

    public RequestAuthenticator getAuthenticator() {
        return authenticator;
    }

    /** Where each request's credentials come from (token, token file, basic, plugins). */
    public ApiClient setAuthenticator(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
        return this;
    }

    /** A bearer token (client-java's {@code setApiKey}); a "Bearer " prefix is accepted. */
    public ApiClient setApiKey(String token) {
        String value = token.startsWith("Bearer ") ? token : "Bearer " + token;
        return setAuthenticator(new StaticHeader(value));
    }

    /** HTTP basic authentication. */
    public ApiClient setUsernamePassword(String username, String password) {
        String pair = username + ":" + password;
        return setAuthenticator(new StaticHeader(
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    }

    /** A header sent with every request (impersonation headers are added this way). */
    public synchronized ApiClient addDefaultHeader(String name, String value) {
        defaultHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    public ApiClient setUserAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    public boolean isDebugging() {
        return debugging;
    }

    /**
     * Logs every request line and response status at INFO (System.Logger
     * "dev.kubesmith.kubeclient"; DEBUG otherwise). Headers and bodies are not logged.
     */
    public ApiClient setDebugging(boolean debugging) {
        this.debugging = debugging;
        return this;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public ApiClient setMaxRetries(int maxRetries) {
        this.maxRetries = Math.max(0, maxRetries);
        return this;
    }

    public HttpClient.Version getHttpVersion() {
        return httpVersion;
    }

    /**
     * HTTP/1.1 by default: the JDK's HTTP/2 client before Java 24 fails every open stream when
     * a GOAWAY arrives (JDK-8335181), and kube-apiserver sends one right after answering an
     * unauthenticated request with 401, so the 401 would be lost. HTTP_2 is fine on newer JDKs.
     */
    public synchronized ApiClient setHttpVersion(HttpClient.Version version) {
        this.httpVersion = version;
        transport = null;
        return this;
    }

    /** Where {@code executeAsync} runs calls and callbacks; a shared daemon pool by default. */
    public ApiClient setCallbackExecutor(Executor executor) {
        this.callbackExecutor = executor;
        return this;
    }

    /** Where {@code executeAsync} and the streaming helpers' async forms run their work. */
    public Executor getCallbackExecutor() {
        return callbackExecutor;
    }

    public JSON getJSON() {
        return json;
    }

    public ApiClient setJSON(JSON json) {
        this.json = json;
        return this;
    }

    /** The java.net.http client requests go through (client-java's {@code getHttpClient()}). */
    public HttpClient getHttpClient() {
        transport();
        return jdkTransport.httpClient();
    }

    /** Replaces how requests are sent (a different HTTP stack, a recording transport). */
    public synchronized ApiClient setTransport(Transport transport) {
        this.transport = transport;
        this.jdkTransport = null;
        return this;
    }

    private synchronized Transport transport() {
        if (transport == null) {
            try {
                SSLContext ssl = Tls.context(verifyingSsl, caCertPem, tlsServerName, keyManagers);
                SSLParameters params = null;
                if (tlsServerName != null) {
                    params = ssl.getDefaultSSLParameters();
                    params.setServerNames(List.of(new SNIHostName(tlsServerName)));
                }
                jdkTransport = new JdkTransport(ssl, params, proxy, connectTimeout, httpVersion);
                transport = jdkTransport;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
            }
        }
        return transport;
    }

    // -- what generated API classes call ----------------------------------------------------

    /** Prepares a request; nothing is sent until the call is executed. */
    public Call buildCall(String method, String path, List<Pair> query, Object body,
            String contentType, String[] accepts, Type returnType, ApiCallback<?> callback) {
        return new Call(this, method, path, query, body, contentType, accepts, returnType,
                callback);
    }

    /** Escapes a path segment (RFC 3986: spaces as %20). */
    public String escapeString(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Query pairs of one parameter: none for null, one per item of a collection. */
    public List<Pair> parameterToPair(String name, Object value) {
        if (value == null) {
            return Collections.emptyList();
        }
        if (value instanceof Collection) {
            List<Pair> pairs = new ArrayList<>();
            for (Object item : (Collection<?>) value) {
                if (item != null) {
                    pairs.add(new Pair(name, parameterToString(item)));
                }
            }
            return pairs;
        }
        return List.of(new Pair(name, parameterToString(value)));
    }

    public String parameterToString(Object value) {
        if (value instanceof OffsetDateTime) {
            return Codecs.formatTime((OffsetDateTime) value);
        }
        return String.valueOf(value);
    }

    /** Sends a call and decodes the response body as {@code returnType} (null: none). */
    public <T> ApiResponse<T> execute(Call call, Type returnType) throws ApiException {
        try {
            return send(call, returnType);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted: " + call, e, 0, null, null);
        }
    }

    /** Runs the call on the callback executor and reports to {@code callback}. */
    public <T> void executeAsync(Call call, Type returnType, ApiCallback<T> callback) {
        callbackExecutor.execute(() -> {
            ApiResponse<T> response;
            try {
                response = execute(call, returnType);
            } catch (ApiException e) {
                callback.onFailure(e, e.getCode(), e.getResponseHeaders());
                return;
            } catch (RuntimeException e) {
                callback.onFailure(new ApiException(e), 0, Collections.emptyMap());
                return;
            }
            callback.onSuccess(response.getData(), response.getStatusCode(), response.getHeaders());
        });
    }

    private <T> ApiResponse<T> send(Call call, Type returnType)
            throws ApiException, InterruptedException {
        byte[] body = encodeBody(call);
        URI uri = uri(call);
        int attempt = 0;
        boolean refreshed = false;
        while (true) {
            if (call.isCanceled()) {
                throw new ApiException("call cancelled: " + call, null, 0, null, null);
            }
            TransportRequest request = new TransportRequest(
                    call.method(), uri, headers(call, body), body, readTimeout);
            long started = System.nanoTime();
            TransportResponse response;
            try {
                log("--> " + request);
                response = transport().send(request, call.cancellation());
            } catch (IOException e) {
                boolean neverConnected = neverConnected(e);
                if (attempt < maxRetries && !call.isCanceled()
                        && (neverConnected || reconnectAllowed(call, e))) {
                    attempt++;
                    log("--> " + request + (neverConnected ? ": no connection (" : ": connection lost (")
                            + e.getClass().getSimpleName() + "); retrying");
                    Thread.sleep(RECONNECT_DELAY.toMillis());
                    continue;
                }
                throw new ApiException(request + " failed: " + e, e, 0, null, null);
            }
            int status = response.statusCode();
            log("<-- " + status + " " + request + " ("
                    + (System.nanoTime() - started) / 1_000_000 + " ms)");
            Warnings.surface(response.headers().get("warning"));
            try {
                if (status == 401 && !refreshed && authenticator != null
                        && authenticator.refreshAfterUnauthorized()) {
                    refreshed = true;
                    discard(response);
                    continue;
                }
                Duration delay = attempt < maxRetries ? retryAfter(response) : null;
                if (delay != null) {
                    attempt++;
                    discard(response);
                    log("<-- " + status + " " + request + ": retrying in " + delay.toSeconds() + " s");
                    Thread.sleep(delay.toMillis());
                    continue;
                }
                if (status < 200 || status > 299) {
                    String text = readLimited(response.body());
                    response.close();
                    throw new ApiException(null, null, status, response.headers(), text);
                }
                return decode(response, returnType);
            } catch (IOException e) {
                closeQuietly(response);
                if (e instanceof dev.kubesmith.kubeclient.openapi.json.JsonDecodeException) {
                    throw new ApiException("cannot decode the response of " + request + ": "
                            + e.getMessage(), e, status, response.headers(), null);
                }
                throw new ApiException(request + ": reading the response failed: " + e, e, status,
                        response.headers(), null);
            }
        }
    }

    /**
     * The URL of a call (base path, path, query): for exchanges {@link #execute} does not
     * make, such as a WebSocket upgrade (exec, attach, port-forward).
     */
    public URI buildUri(Call call) {
        return uri(call);
    }

    /**
     * The headers {@link #execute} would send for a call: default headers, Accept,
     * User-Agent and the credentials. For exchanges made elsewhere (a WebSocket upgrade
     * through the same TLS and authentication); the values hold secrets: never log them.
     */
    public Map<String, List<String>> buildHeaders(Call call) throws ApiException {
        return headers(call, null);
    }

    /**
     * java.net.http raises these while connecting or in the TLS handshake of a new connection,
     * before a byte of the request is written: the server saw nothing, so any verb may be sent
     * again. A rejected server certificate (or host name) will be rejected again: not retried.
     */
    private static boolean neverConnected(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
            return true;
        }
        return e instanceof SSLHandshakeException && !certificateRejected(e);
    }

    private static boolean certificateRejected(IOException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static boolean reconnectAllowed(Call call, IOException e) {
        // client-go: connection reset, EOF or a lost HTTP/2 connection, GET only
        return "GET".equals(call.method()) && !call.isCanceled()
                && !(e instanceof HttpTimeoutException) && !(e instanceof ConnectException)
                && !(e instanceof InterruptedIOException) && !certificateRejected(e);
    }

    /** client-go: 429 or 5xx with an integer-seconds Retry-After. */
    private static Duration retryAfter(TransportResponse response) {
        int status = response.statusCode();
        if (status != 429 && status < 500) {
            return null;
        }
        String value = response.header("retry-after");
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> ApiResponse<T> decode(TransportResponse response, Type returnType)
            throws IOException {
        int status = response.statusCode();
        Map<String, List<String>> headers = response.headers();
        if (returnType == null) {
            discard(response);
            return new ApiResponse<>(status, headers);
        }
        if (returnType == InputStream.class) {
            // the caller reads and closes the stream (logs, watches)
            return new ApiResponse<>(status, headers, (T) response.body());
        }
        try (InputStream raw = response.body()) {
            PushbackInputStream in = new PushbackInputStream(raw, 1);
            int first = in.read();
            if (first < 0) {
                return new ApiResponse<>(status, headers);
            }
            in.unread(first);
            String type = response.header("content-type");
            boolean jsonBody = type == null || type.contains("json");
            T data;
            if (returnType == String.class && !jsonBody) {
                data = (T) new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                data = json.deserialize(in, returnType);
            }
            return new ApiResponse<>(status, headers, data);
        }
    }

    private byte[] encodeBody(Call call) {
        Object body = call.body();
        if (body == null) {
            return null;
        }
        if (body instanceof V1Patch) {
            return ((V1Patch) body).getValue().getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof byte[]) {
            return ((byte[]) body).clone();
        }
        return json.serializeToBytes(body);
    }

    private static String contentType(Call call) {
        // a patch sent without PatchUtils: JSON Patch for an array, else strategic merge (as
        // the Python client does), or merge patch where the API method declares it
        if (call.body() instanceof V1Patch && !call.isContentTypeChosen()) {
            String guess = ((V1Patch) call.body()).defaultContentType();
            // custom resources refuse strategic merge (415): their calls declare merge patch
            if (V1Patch.PATCH_FORMAT_STRATEGIC_MERGE_PATCH.equals(guess)
                    && V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH.equals(call.contentType())) {
                return call.contentType();
            }
            return guess;
        }
        return call.contentType() != null ? call.contentType() : "application/json";
    }

    /** JSON when the operation offers it (the codecs read nothing else), as client-java does. */
    private static String accept(String[] accepts) {
        if (accepts.length == 0) {
            return "application/json";
        }
        for (String a : accepts) {
            if (a.equals("application/json") || a.endsWith("+json")) {
                return a;
            }
        }
        return String.join(", ", accepts);
    }

    private URI uri(Call call) {
        StringBuilder url = new StringBuilder(basePath).append(call.path());
        char sep = '?';
        for (Pair p : call.query()) {
            url.append(sep).append(escapeString(p.getName())).append('=')
                    .append(escapeString(p.getValue()));
            sep = '&';
        }
        return URI.create(url.toString());
    }

    private Map<String, List<String>> headers(Call call, byte[] body) throws ApiException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        synchronized (this) {
            defaultHeaders.forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        }
        headers.put("Accept", List.of(accept(call.accepts())));
        headers.put("User-Agent", List.of(userAgent));
        if (body != null) {
            headers.put("Content-Type", List.of(contentType(call)));
        }
        if (authenticator != null && !hasAuthorization(headers)) {
            try {
                authenticator.authenticate(headers);
            } catch (IOException e) {
                throw new ApiException("cannot get credentials for " + call + ": " + e.getMessage(),
                        e, 0, null, null);
            }
        }
        return headers;
    }

    private static boolean hasAuthorization(Map<String, List<String>> headers) {
        return headers.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("authorization"));
    }

    private static String readLimited(InputStream in) throws IOException {
        try (InputStream body = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = body.read(buf)) > 0 && out.size() < MAX_ERROR_BODY) {
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Drains a little of an unwanted body (so HTTP/1.1 can reuse the connection), closes it. */
    private static void discard(TransportResponse response) {
        try (InputStream in = response.body()) {
            in.readNBytes(2048);
        } catch (IOException ignored) {
            // the connection is dropped instead of reused
        }
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // already failing with a better error
        }
    }

    private void log(String line) {
        LOG.log(debugging ? System.Logger.Level.INFO : System.Logger.Level.DEBUG, line);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kubeclient-async-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "ApiClient{basePath=" + basePath + ", verifyingSsl=" + verifyingSsl + "}";
    }

    /** A fixed Authorization header (token or basic); the value never appears in toString. */
    private static final class StaticHeader implements RequestAuthenticator {
        private final String value;

        StaticHeader(String value) {
            this.value = value;
        }

        @Override
        public void authenticate(Map<String, List<String>> headers) {
            headers.put("Authorization", List.of(value));
        }

        @Override
        public String toString() {
            return "StaticHeader{<redacted>}";
        }
    }
}
