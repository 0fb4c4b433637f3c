package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.util.credentials.Authentication;
import dev.kubesmith.kubeclient.util.credentials.TokenFileAuthentication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManager;

/**
 * Builds an {@link ApiClient}: {@link #standard()} ($KUBECONFIG merged like kubectl, then
 * ~/.kube/config, then in-cluster, then http://localhost:8080), {@link #cluster()} (the
 * service-account files) or {@link #kubeconfig(KubeConfig)}, then setters, then
 * {@link #build()}.
 */
public class ClientBuilder {
    /**
     * Where the service-account files are; the system property
     * {@code dev.kubesmith.kubeclient.serviceAccountRoot} overrides it (tests, sidecars).
     */
    public static final String SERVICEACCOUNT_ROOT = "/var/run/secrets/kubernetes.io/serviceaccount";

    private String basePath = Config.DEFAULT_FALLBACK_HOST;
    private boolean verifyingSsl = true;
    private byte[] caCertPem;
    private KeyManager[] keyManagers;
    private String tlsServerName;
    private ProxySelector proxy;
    private Duration readTimeout = Duration.ZERO;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Authentication authentication;
    private RequestAuthenticator authenticator;
    private final Map<String, List<String>> defaultHeaders = new LinkedHashMap<>();

    /** $KUBECONFIG (merged) → ~/.kube/config → in-cluster → http://localhost:8080. */
    public static ClientBuilder standard() throws IOException {
        return standard(true);
    }

    /** As {@link #standard()}; kubeconfig changes are not written back, so the flag is unused. */
    public static ClientBuilder standard(boolean persistConfig) throws IOException {
        String env = System.getenv(Config.ENV_KUBECONFIG);
        if (env != null && !env.isBlank()) {
            List<Path> paths = KubeConfig.splitPathList(env);
            if (paths.stream().anyMatch(Files::exists)) {
                return kubeconfig(KubeConfig.loadKubeConfig(paths));
            }
        }
        Path home = Path.of(System.getProperty("user.home"), KubeConfig.KUBEDIR, KubeConfig.KUBECONFIG);
        if (Files.exists(home)) {
            return kubeconfig(KubeConfig.loadKubeConfig(home));
        }
        if (inCluster()) {
            return cluster();
        }
        return new ClientBuilder();
    }

    private static Path serviceAccountRoot() {
        return Path.of(System.getProperty("dev.kubesmith.kubeclient.serviceAccountRoot",
                SERVICEACCOUNT_ROOT));
    }

    private static boolean inCluster() {
        String host = System.getenv(Config.ENV_SERVICE_HOST);
        String port = System.getenv(Config.ENV_SERVICE_PORT);
        return host != null && !host.isEmpty() && port != null && !port.isEmpty()
                && Files.exists(serviceAccountRoot().resolve("token"));
    }

    /**
     * In-cluster: https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, the
     * service-account CA, and its token re-read every minute (bound tokens rotate).
     */
    public static ClientBuilder cluster() throws IOException {
        String host = System.getenv(Config.ENV_SERVICE_HOST);
        String port = System.getenv(Config.ENV_SERVICE_PORT);
        if (host == null || host.isEmpty() || port == null || port.isEmpty()) {
            throw new IOException("not in a cluster: " + Config.ENV_SERVICE_HOST + " and "
                    + Config.ENV_SERVICE_PORT + " must both be set");
        }
        Path root = serviceAccountRoot();
        Path token = root.resolve("token");
        if (!Files.isReadable(token)) {
            throw new IOException("not in a cluster: no service-account token at " + token);
        }
        ClientBuilder b = new ClientBuilder();
        b.basePath = "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        Path ca = root.resolve("ca.crt");
        if (Files.exists(ca)) {
            b.caCertPem = Files.readAllBytes(ca);
        }
        b.authenticator = new TokenFileAuthentication(token, Clock.systemUTC());
        b.proxy = EnvProxySelector.fromEnvironment();
        return b;
    }

    /** Everything the current context of a kubeconfig says. */
    public static ClientBuilder kubeconfig(KubeConfig config) throws IOException {
        ClientBuilder b = new ClientBuilder();
        b.basePath = config.getServer();
        b.verifyingSsl = config.verifySSL();
        b.caCertPem = config.getCertificateAuthorityData();
        b.tlsServerName = config.getTlsServerName();
        String proxyUrl = config.getProxyUrl();
        if (proxyUrl != null) {
            b.proxy = proxy(proxyUrl, config);
        } else {
            b.proxy = EnvProxySelector.fromEnvironment(); // HTTPS_PROXY, NO_PROXY (client-go)
        }
        byte[] cert = config.getClientCertificateData();
        byte[] key = config.getClientKeyData();
        if ((cert == null) != (key == null)) {
            throw new KubeConfigException("kubeconfig " + config.getSources() + ": user of context \""
                    + config.getCurrentContext() + "\" has a client certificate without a key, or a "
                    + "key without a certificate");
        }
        if (cert != null) {
            try {
                b.keyManagers = SSLUtils.keyManagers(cert, key);
            } catch (GeneralSecurityException e) {
                throw new KubeConfigException("kubeconfig " + config.getSources() + ": user of context \""
                        + config.getCurrentContext() + "\": invalid client certificate or key: "
                        + e.getMessage(), e);
            }
        }
        b.authenticator = config.getRequestAuthenticator();
        b.defaultHeaders.putAll(config.getImpersonationHeaders());
        return b;
    }

    private static ProxySelector proxy(String url, KubeConfig config) throws KubeConfigException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new KubeConfigException("kubeconfig " + config.getSources() + ": proxy-url: not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new KubeConfigException("kubeconfig " + config.getSources() + ": proxy-url: only "
                    + "http(s) proxies are supported by java.net.http (got " + scheme + ")");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return ProxySelector.of(InetSocketAddress.createUnresolved(uri.getHost(), port));
    }

    public String getBasePath() {
        return basePath;
    }

    public ClientBuilder setBasePath(String basePath) {
        this.basePath = basePath;
        return this;
    }

    public boolean isVerifyingSsl() {
        return verifyingSsl;
    }

    public ClientBuilder setVerifyingSsl(boolean verifyingSsl) {
        this.verifyingSsl = verifyingSsl;
        return this;
    }

    /** PEM certificates to trust instead of the JDK's roots. */
    public ClientBuilder setCertificateAuthority(byte[] caCertPem) {
        this.caCertPem = caCertPem == null ? null : caCertPem.clone();
        return this;
    }

    public ClientBuilder setKeyManagers(KeyManager[] keyManagers) {
        this.keyManagers = keyManagers == null ? null : keyManagers.clone();
        return this;
    }

    public ClientBuilder setTlsServerName(String tlsServerName) {
        this.tlsServerName = tlsServerName;
        return this;
    }

    public ClientBuilder setProxy(ProxySelector proxy) {
        this.proxy = proxy;
        return this;
    }

    /** Time to wait for response headers; zero (the default) for no limit. */
    public ClientBuilder setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }

    public ClientBuilder setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }

    public ClientBuilder setAuthentication(Authentication authentication) {
        this.authentication = authentication;
        return this;
    }

    public ClientBuilder setRequestAuthenticator(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
        return this;
    }

    public ClientBuilder addDefaultHeader(String name, String value) {
        defaultHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    public ApiClient build() {
        ApiClient client = new ApiClient()
                .setBasePath(basePath)
                .setVerifyingSsl(verifyingSsl)
                .setCaCertPem(caCertPem)
                .setKeyManagers(keyManagers)
                .setTlsServerName(tlsServerName)
                .setProxy(proxy)
                .setReadTimeout(readTimeout == null ? 0 : (int) readTimeout.toMillis())
                .setConnectTimeout(connectTimeout == null ? 0 : (int) connectTimeout.toMillis());
        if (authenticator != null) {
            client.setAuthenticator(authenticator);
        }
        if (authentication != null) {
            authentication.provide(client);
        }
        defaultHeaders.forEach((k, values) -> values.forEach(v -> client.addDefaultHeader(k, v)));
        return client;
    }

    @Override
    public String toString() {
        return "ClientBuilder{basePath=" + basePath + ", verifyingSsl=" + verifyingSsl + "}";
    }
}
