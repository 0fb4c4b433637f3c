package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.AuthenticationV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1SelfSubjectReview;
import dev.kubesmith.kubeclient.openapi.models.V1UserInfo;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.Config;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.KubeConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every identity of the testbed's kubeconfig, and the kubeconfig variants of each. */
class AuthTest {
    static V1UserInfo whoami(ApiClient client) throws ApiException {
        return new AuthenticationV1Api(client).createSelfSubjectReview(new V1SelfSubjectReview()).execute()
                .getStatus().getUserInfo();
    }

    @ParameterizedTest
    @CsvSource({"admin, kubesmith-admin, system:masters", "admin-token, kubesmith-token-admin, system:masters",
        "limited, kubesmith-limited, system:authenticated"})
    void eachContextHasItsIdentity(String context, String user, String group) throws Exception {
        V1UserInfo info = whoami(Cluster.client(context));
        assertEquals(user, info.getUsername());
        assertTrue(info.getGroups().contains(group), info.getGroups().toString());
    }

    @Test
    void defaultClientUsesTheCurrentContext() throws Exception {
        assertEquals(Cluster.ADMIN_USER, whoami(Config.defaultClient()).getUsername());
    }

    @Test
    void execContextGetsItsTokenFromThePlugin() throws Exception {
        V1UserInfo info = whoami(Cluster.client(Cluster.EXEC));
        assertEquals("kubesmith-exec-user", info.getUsername());
        assertTrue(info.getGroups().contains("kubesmith:exec-users"), info.getGroups().toString());
    }

    /** The testbed kubeconfig as a tree, one context kept, its user and cluster editable. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> tree() throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Cluster.kubeconfig()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> entry(Map<String, Object> tree, String section, String name) {
        for (Object item : (List<Object>) tree.get(section)) {
            Map<String, Object> m = (Map<String, Object>) item;
            if (name.equals(m.get("name"))) {
                return (Map<String, Object>) m.get(section.substring(0, section.length() - 1));
            }
        }
        throw new AssertionError("no " + name + " in " + section);
    }

    static ApiClient fromTree(Map<String, Object> tree, Path dir, String context) throws IOException {
        Path file = dir.resolve("config-" + context);
        Files.writeString(file, new Dump(DumpSettings.builder().build()).dumpToString(tree));
        KubeConfig kc = KubeConfig.loadKubeConfig(file);
        assertTrue(kc.setContext(context));
        return ClientBuilder.kubeconfig(kc).build();
    }

    static String clusterOf(Map<String, Object> tree, String context) {
        return (String) entry(tree, "contexts", context).get("cluster");
    }

    static String userOf(Map<String, Object> tree, String context) {
        return (String) entry(tree, "contexts", context).get("user");
    }

    @Test
    void tokenFileRelativeToTheKubeconfig(@TempDir Path dir) throws Exception {
        Map<String, Object> tree = tree();
        Map<String, Object> user = entry(tree, "users", userOf(tree, Cluster.ADMIN_TOKEN));
        Files.writeString(dir.resolve("token"), user.remove("token") + "\n");
        user.put("tokenFile", "token");
        assertEquals(Cluster.TOKEN_ADMIN_USER, whoami(fromTree(tree, dir, Cluster.ADMIN_TOKEN)).getUsername());
    }

    @Test
    void clientCertificateAndCaAsFiles(@TempDir Path dir) throws Exception {
        Map<String, Object> tree = tree();
        Map<String, Object> user = entry(tree, "users", userOf(tree, Cluster.ADMIN));
        Map<String, Object> cluster = entry(tree, "clusters", clusterOf(tree, Cluster.ADMIN));
        Files.write(dir.resolve("client.crt"), Base64.getDecoder().decode((String) user.remove("client-certificate-data")));
        Files.write(dir.resolve("client.key"), Base64.getDecoder().decode((String) user.remove("client-key-data")));
        Files.write(dir.resolve("ca.crt"), Base64.getDecoder().decode((String) cluster.remove("certificate-authority-data")));
        user.put("client-certificate", "client.crt");
        user.put("client-key", dir.resolve("client.key").toString());
        cluster.put("certificate-authority", "ca.crt");
        assertEquals(Cluster.ADMIN_USER, whoami(fromTree(tree, dir, Cluster.ADMIN)).getUsername());
    }

    @Test
    void insecureSkipTlsVerifyAndTheDefaultTrustRejectsTheTestbed(@TempDir Path dir) throws Exception {
        Map<String, Object> tree = tree();
        Map<String, Object> cluster = entry(tree, "clusters", clusterOf(tree, Cluster.ADMIN_TOKEN));
        cluster.remove("certificate-authority-data");
        ApiClient untrusted = fromTree(tree, dir, Cluster.ADMIN_TOKEN);
        ApiException e = assertThrows(ApiException.class, () -> whoami(untrusted));
        assertEquals(0, e.getCode());
        assertTrue(e.getMessage().contains("SSLHandshakeException"), e.getMessage());
        cluster.put("insecure-skip-tls-verify", true);
        assertEquals(Cluster.TOKEN_ADMIN_USER, whoami(fromTree(tree, dir, Cluster.ADMIN_TOKEN)).getUsername());
    }

    @Test
    void tlsServerNameIsTheNameVerified(@TempDir Path dir) throws Exception {
        Map<String, Object> tree = tree();
        Map<String, Object> cluster = entry(tree, "clusters", clusterOf(tree, Cluster.ADMIN_TOKEN));
        cluster.put("tls-server-name", "localhost");
        assertEquals(Cluster.TOKEN_ADMIN_USER, whoami(fromTree(tree, dir, Cluster.ADMIN_TOKEN)).getUsername());
        cluster.put("tls-server-name", "not-the-apiserver.example");
        ApiException e = assertThrows(ApiException.class, () -> whoami(fromTree(tree, dir, Cluster.ADMIN_TOKEN)));
        assertTrue(e.getMessage().contains("not valid for \"not-the-apiserver.example\""), e.getMessage());
    }

    @Test
    void impersonation(@TempDir Path dir) throws Exception {
        Map<String, Object> tree = tree();
        Map<String, Object> user = entry(tree, "users", userOf(tree, Cluster.ADMIN));
        user.put("as", "jane");
        user.put("as-groups", List.of("devs", "ops"));
        user.put("as-user-extra", Map.of("scopes", List.of("view")));
        V1UserInfo info = whoami(fromTree(tree, dir, Cluster.ADMIN));
        assertEquals("jane", info.getUsername());
        assertTrue(info.getGroups().containsAll(List.of("devs", "ops")), info.getGroups().toString());
        assertEquals(List.of("view"), info.getExtra().get("scopes"));
    }

    @Test
    void noCredentialInLogsErrorsOrStrings(@TempDir Path dir) throws Exception {
        Map<String, Object> tree = tree();
        List<String> secrets = new ArrayList<>();
        for (String ctx : List.of(Cluster.ADMIN, Cluster.ADMIN_TOKEN, Cluster.LIMITED)) {
            Map<String, Object> user = entry(tree, "users", userOf(tree, ctx));
            if (user.get("token") != null) {
                secrets.add((String) user.get("token"));
            }
            if (user.get("client-key-data") != null) {
                String pem = new String(Base64.getDecoder().decode((String) user.get("client-key-data")),
                        StandardCharsets.US_ASCII);
                secrets.add(pem.lines().skip(1).findFirst().orElseThrow());
                secrets.add((String) user.get("client-key-data"));
            }
        }
        assertTrue(secrets.size() >= 3);
        List<String> logged = new ArrayList<>();
        Logger logger = Logger.getLogger("dev.kubesmith.kubeclient");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage() + " " + r.getThrown());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        List<String> seen = new ArrayList<>();
        try {
            for (String ctx : List.of(Cluster.ADMIN, Cluster.ADMIN_TOKEN, Cluster.LIMITED)) {
                ApiClient client = Cluster.client(ctx);
                client.setDebugging(true);
                seen.add(client.toString());
                seen.add(String.valueOf(client.getAuthenticator()));
                seen.add(Cluster.config(ctx).toString());
                try {
                    new CoreV1Api(client).listNamespacedSecret("kube-system").execute();
                } catch (ApiException e) {
                    seen.add(e.getMessage());
                    seen.add(String.valueOf(e.getResponseHeaders()));
                }
            }
            Map<String, Object> broken = tree();
            entry(broken, "users", userOf(broken, Cluster.ADMIN_TOKEN)).put("username", "x");
            seen.add(assertThrows(KubeConfigException.class, () -> fromTree(broken, dir, Cluster.ADMIN_TOKEN))
                    .getMessage());
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("--> GET")), "debug logging is on: " + logged);
        seen.addAll(logged);
        for (String text : seen) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), "a credential leaked into: " + text);
            }
        }
    }
}
