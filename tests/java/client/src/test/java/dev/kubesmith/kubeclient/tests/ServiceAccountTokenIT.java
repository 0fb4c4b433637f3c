package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.AuthenticationV1TokenRequest;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1ServiceAccount;
import dev.kubesmith.kubeclient.openapi.models.V1TokenRequestSpec;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.credentials.TokenFileAuthentication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-cluster configuration and token files with real bound service-account tokens:
 * tests/java/test_java_auth.py points KUBERNETES_SERVICE_HOST/PORT at the testbed, the test
 * lays out a service-account directory (token, ca.crt) and rotates the token as the kubelet
 * does (a new file renamed over the old).
 */
class ServiceAccountTokenIT {
    static ApiClient admin;
    static String namespace;

    @TempDir
    Path dir;

    @BeforeAll
    static void namespace() throws Exception {
        admin = Cluster.admin();
        namespace = Cluster.createNamespace(admin);
    }

    @AfterAll
    static void cleanup() throws Exception {
        Cluster.deleteNamespace(admin, namespace);
    }

    static String boundToken(String account) throws Exception {
        CoreV1Api core = new CoreV1Api(admin);
        core.createNamespacedServiceAccount(namespace,
                new V1ServiceAccount().metadata(new V1ObjectMeta().name(account))).execute();
        AuthenticationV1TokenRequest request = new AuthenticationV1TokenRequest()
                .spec(new V1TokenRequestSpec().expirationSeconds(3600L));
        return core.createNamespacedServiceAccountToken(account, namespace, request).execute()
                .getStatus().getToken();
    }

    static String user(String account) {
        return "system:serviceaccount:" + namespace + ":" + account;
    }

    /** Replaces the token file as the kubelet does: a new file renamed over it. */
    static void rotate(Path token, String value) throws Exception {
        Path next = token.resolveSibling("token.next");
        Files.writeString(next, value);
        Files.move(next, token, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void inClusterTokenIsReReadWhenTheServerRejectsTheOldOne() throws Exception {
        Path root = dir.resolve("serviceaccount");
        Files.createDirectories(root);
        Files.write(root.resolve("ca.crt"), AuthFixtures.testbedCa());
        Path token = root.resolve("token");
        String first = boundToken("first");
        Files.writeString(token, first);
        String before = System.getProperty("dev.kubesmith.kubeclient.serviceAccountRoot");
        System.setProperty("dev.kubesmith.kubeclient.serviceAccountRoot", root.toString());
        ApiClient client;
        try {
            client = ClientBuilder.cluster().build();
        } finally {
            if (before == null) {
                System.clearProperty("dev.kubesmith.kubeclient.serviceAccountRoot");
            } else {
                System.setProperty("dev.kubesmith.kubeclient.serviceAccountRoot", before);
            }
        }
        assertEquals("https://" + System.getenv("KUBERNETES_SERVICE_HOST") + ":"
                + System.getenv("KUBERNETES_SERVICE_PORT"), client.getBasePath());
        assertEquals(user("first"), AuthFixtures.whoami(client).getUsername());
        // the kubelet rotates the token; the old one dies with its service account
        rotate(token, boundToken("second"));
        new CoreV1Api(admin).deleteNamespacedServiceAccount("first", namespace).execute();
        Cluster.waitUntil("the first token to be rejected", () -> probe(first) == 401,
                Duration.ofSeconds(30));
        // within the minute the token is cached: the 401 makes the client read the file again
        assertEquals(user("second"), AuthFixtures.whoami(client).getUsername());
        assertEquals(user("second"), AuthFixtures.await(AuthFixtures.whoamiAsync(client)).getUsername());
    }

    /** The status of a self-review with this token alone (201, or the error's code). */
    static int probe(String token) {
        try {
            ApiClient c = ClientBuilder.kubeconfig(Cluster.config(Cluster.ADMIN)).build();
            c.setKeyManagers(null);
            c.setApiKey(token);
            AuthFixtures.whoami(c);
            return 201;
        } catch (dev.kubesmith.kubeclient.openapi.ApiException e) {
            return e.getCode();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aTokenFileIsReadAgainAfterAMinute() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, boundToken("minute-a"));
        MutableClock clock = new MutableClock();
        TokenFileAuthentication auth = new TokenFileAuthentication(token, clock);
        ApiClient client = ClientBuilder.kubeconfig(Cluster.config(Cluster.ADMIN)).build();
        client.setKeyManagers(null);
        client.setAuthenticator(auth);
        assertEquals(user("minute-a"), AuthFixtures.whoami(client).getUsername());
        rotate(token, boundToken("minute-b"));
        assertEquals(user("minute-a"), AuthFixtures.whoami(client).getUsername(), "cached");
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertEquals(user("minute-b"), AuthFixtures.whoami(client).getUsername());
        assertFalse(auth.toString().contains(Files.readString(token)));
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
