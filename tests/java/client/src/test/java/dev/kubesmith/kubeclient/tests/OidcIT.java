package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1UserInfo;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.credentials.OidcAuthentication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oidc auth-provider against a real OIDC setup, run by tests/java/test_java_auth.py: a
 * second kube-apiserver of the testbed whose AuthenticationConfiguration trusts an identity
 * provider (discovery, JWKS and a token endpoint over TLS, the Python test's). The provider
 * signs RS256 id-tokens for the subject "java" (groups "devs") and rotates the refresh token
 * on every grant, so the tests run in order, each starting from the refresh token the last
 * one saved. The environment carries the provider's URL and CA, the API server's URL and
 * id-tokens made for the tests (expired, forged, about to expire).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcIT {
    static String refreshToken = env("KUBESMITH_OIDC_REFRESH");

    @TempDir
    Path dir;

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set: run tests/java/test_java_auth.py");
        }
        return value;
    }

    @BeforeEach
    void freshProviders() {
        OidcAuthentication.clearCache();
    }

    /** A kubeconfig whose current user is oidc with this id-token, the CA by relative path. */
    Path kubeconfig(String idToken, boolean withCa) throws Exception {
        Files.copy(Path.of(env("KUBESMITH_OIDC_CA")), dir.resolve("idp-ca.crt"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("idp-issuer-url", env("KUBESMITH_OIDC_ISSUER"));
        config.put("client-id", "kubesmith");
        config.put("client-secret", "oidc-client-secret");
        config.put("id-token", idToken);
        config.put("refresh-token", refreshToken);
        if (withCa) {
            config.put("idp-certificate-authority", "idp-ca.crt");
        }
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("name", "oidc");
        provider.put("config", config);
        return AuthFixtures.kubeconfigWithUser(dir.resolve("kubeconfig"), "oidc-user",
                Map.of("auth-provider", provider), env("KUBESMITH_OIDC_SERVER"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> saved(Path kubeconfig) throws Exception {
        for (Object u : (List<Object>) AuthFixtures.readYaml(kubeconfig).get("users")) {
            Map<String, Object> user = (Map<String, Object>) u;
            if ("oidc-user".equals(user.get("name"))) {
                return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) user
                        .get("user")).get("auth-provider")).get("config");
            }
        }
        throw new AssertionError("oidc-user is gone from " + kubeconfig);
    }

    static ApiClient client(Path kubeconfig) throws Exception {
        return ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(kubeconfig)).build();
    }

    /** Takes the refresh token the provider rotated to (as saved) for the next test. */
    static void advance(Map<String, Object> saved) {
        assertNotEquals(refreshToken, saved.get("refresh-token"), "the refresh token was rotated");
        refreshToken = (String) saved.get("refresh-token");
    }

    @Test
    @Order(1)
    void anExpiredIdTokenIsRefreshedAndWrittenBackAtomically() throws Exception {
        String expired = env("KUBESMITH_OIDC_EXPIRED");
        Path path = kubeconfig(expired, true);
        ApiClient client = client(path);
        V1UserInfo info = AuthFixtures.whoami(client);
        assertEquals("oidc:java", info.getUsername());
        assertTrue(info.getGroups().contains("oidc:devs"), info.getGroups().toString());
        // authenticated, but RBAC grants oidc:java nothing
        ApiException forbidden = assertThrows(ApiException.class,
                () -> new CoreV1Api(client).listNamespace().execute());
        assertEquals(403, forbidden.getCode());
        Map<String, Object> saved = saved(path);
        assertNotEquals(expired, saved.get("id-token"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        // the rest of the file is unchanged: the other contexts still work from it
        KubeConfig reread = KubeConfig.loadKubeConfig(path);
        assertTrue(reread.setContext(Cluster.ADMIN));
        assertEquals(Cluster.ADMIN_USER,
                AuthFixtures.whoami(ClientBuilder.kubeconfig(reread).build()).getUsername());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".kubeconfig-")),
                    "no temporary file left behind");
        }
        // a client loaded from the saved file uses the new id-token without a grant
        OidcAuthentication.clearCache();
        ApiClient again = client(path);
        assertEquals("oidc:java", AuthFixtures.whoami(again).getUsername());
        assertEquals(0, ((OidcAuthentication) again.getAuthenticator()).refreshes());
        advance(saved);
    }

    @Test
    @Order(2)
    void aForgedIdTokenIsRefreshedAfterThe401() throws Exception {
        String forged = env("KUBESMITH_OIDC_FORGED");
        Path path = kubeconfig(forged, true);
        ApiClient client = client(path);
        assertEquals("oidc:java", AuthFixtures.whoami(client).getUsername());
        assertEquals(1, ((OidcAuthentication) client.getAuthenticator()).refreshes());
        Map<String, Object> saved = saved(path);
        assertNotEquals(forged, saved.get("id-token"));
        advance(saved);
    }

    @Test
    @Order(3)
    void concurrentAsyncCallsRefreshOnce() throws Exception {
        Path path = kubeconfig(env("KUBESMITH_OIDC_SOON"), true); // inside the 10 s margin
        ApiClient client = client(path);
        List<CompletableFuture<V1UserInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(AuthFixtures.whoamiAsync(client));
        }
        for (CompletableFuture<V1UserInfo> call : calls) {
            assertEquals("oidc:java", AuthFixtures.await(call).getUsername());
        }
        assertEquals(1, ((OidcAuthentication) client.getAuthenticator()).refreshes());
        advance(saved(path));
    }

    @Test
    @Order(4)
    void anUntrustedIdentityProviderIsRefused() throws Exception {
        Path path = kubeconfig(env("KUBESMITH_OIDC_EXPIRED"), false); // no CA: the JDK's roots
        ApiClient client = client(path);
        ApiException e = assertThrows(ApiException.class, () -> AuthFixtures.whoami(client));
        String message = e.getMessage();
        assertTrue(message.contains("oidc auth provider") && message.contains("cannot reach"), message);
        assertEquals(env("KUBESMITH_OIDC_EXPIRED"), saved(path).get("id-token"), "nothing saved");
        assertFalse(message.contains(refreshToken) || message.contains("oidc-client-secret"), message);
    }

    @Test
    @Order(5)
    void aRefusedRefreshNamesTheOAuthErrorButNoSecret() throws Exception {
        String kept = refreshToken;
        refreshToken = "stolen-refresh-token";
        try {
            Path path = kubeconfig(env("KUBESMITH_OIDC_EXPIRED"), true);
            ApiClient client = client(path);
            try (AuthFixtures.LogCapture log = new AuthFixtures.LogCapture()) {
                client.setDebugging(true);
                ApiException e = assertThrows(ApiException.class, () -> AuthFixtures.whoami(client));
                String text = e.getMessage() + " " + e.getCause() + " " + client + " "
                        + client.getAuthenticator() + " " + log.text();
                assertTrue(text.contains("HTTP 400 (invalid_grant)"), text);
                for (String secret : List.of("stolen-refresh-token", "oidc-client-secret",
                        env("KUBESMITH_OIDC_EXPIRED"))) {
                    assertFalse(text.contains(secret), "leaked: " + text);
                }
            }
        } finally {
            refreshToken = kept;
        }
    }
}
