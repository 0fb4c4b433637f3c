package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.util.credentials.AccessTokenAuthentication;
import dev.kubesmith.kubeclient.util.credentials.UsernamePasswordAuthentication;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** client-java's shortcuts for building a client. */
public final class Config {
    public static final String SERVICEACCOUNT_ROOT = ClientBuilder.SERVICEACCOUNT_ROOT;
    public static final String SERVICEACCOUNT_CA_PATH = SERVICEACCOUNT_ROOT + "/ca.crt";
    public static final String SERVICEACCOUNT_TOKEN_PATH = SERVICEACCOUNT_ROOT + "/token";
    public static final String SERVICEACCOUNT_NAMESPACE_PATH = SERVICEACCOUNT_ROOT + "/namespace";
    public static final String ENV_KUBECONFIG = "KUBECONFIG";
    public static final String ENV_SERVICE_HOST = "KUBERNETES_SERVICE_HOST";
    public static final String ENV_SERVICE_PORT = "KUBERNETES_SERVICE_PORT";
    public static final String DEFAULT_FALLBACK_HOST = "http://localhost:8080";

    private Config() {}

    /** $KUBECONFIG (merged like kubectl) → ~/.kube/config → in-cluster → localhost:8080. */
    public static ApiClient defaultClient() throws IOException {
        return ClientBuilder.standard().build();
    }

    /** From the service-account files of the pod this runs in. */
    public static ApiClient fromCluster() throws IOException {
        return ClientBuilder.cluster().build();
    }

    public static ApiClient fromConfig(String fileName) throws IOException {
        return fromConfig(KubeConfig.loadKubeConfig(Path.of(fileName)));
    }

    public static ApiClient fromConfig(Reader reader) throws IOException {
        return fromConfig(KubeConfig.loadKubeConfig(reader));
    }

    public static ApiClient fromConfig(InputStream stream) throws IOException {
        return fromConfig(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    public static ApiClient fromConfig(KubeConfig config) throws IOException {
        return ClientBuilder.kubeconfig(config).build();
    }

    public static ApiClient fromUrl(String url) {
        return fromUrl(url, true);
    }

    public static ApiClient fromUrl(String url, boolean validateSSL) {
        return new ClientBuilder().setBasePath(url).setVerifyingSsl(validateSSL).build();
    }

    public static ApiClient fromUserPassword(String url, String user, String password) {
        return fromUserPassword(url, user, password, true);
    }

    public static ApiClient fromUserPassword(String url, String user, String password,
            boolean validateSSL) {
        return new ClientBuilder().setBasePath(url).setVerifyingSsl(validateSSL)
                .setAuthentication(new UsernamePasswordAuthentication(user, password)).build();
    }

    public static ApiClient fromToken(String url, String token) {
        return fromToken(url, token, true);
    }

    public static ApiClient fromToken(String url, String token, boolean validateSSL) {
        return new ClientBuilder().setBasePath(url).setVerifyingSsl(validateSSL)
                .setAuthentication(new AccessTokenAuthentication(token)).build();
    }
}
