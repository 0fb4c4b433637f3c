package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1UserInfo;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.KubeConfigException;
import dev.kubesmith.kubeclient.util.credentials.ExecCredentialAuthentication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exec credential plugins against the testbed: tokens and client certificates, v1 and
 * v1beta1, KUBERNETES_EXEC_INFO with the cluster, caching to expirationTimestamp, one re-run
 * after a 401, failures that name the plugin but never show its output.
 */
class ExecPluginIT {
    static final String V1 = "client.authentication.k8s.io/v1";
    static final String V1BETA1 = "client.authentication.k8s.io/v1beta1";

    /**
     * The plugin: counts its runs, saves KUBERNETES_EXEC_INFO, prints credential-N.json for
     * run N if present, else credential.json, with @EXPIRY@ replaced by now + $(cat ttl) s.
     */
    static final String PLUGIN = String.join("\n",
            "#!/bin/sh",
            "dir=$(dirname \"$0\")",
            "n=$(cat \"$dir/runs\" 2>/dev/null || echo 0)",
            "n=$((n + 1))",
            "echo $n > \"$dir/runs\"",
            "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$dir/exec-info.json\"",
            "if [ -f \"$dir/fail\" ]; then echo \"plugin broke: $(cat \"$dir/fail\")\" >&2; "
                    + "cat \"$dir/credential.json\"; exit 3; fi",
            "f=\"$dir/credential.json\"",
            "if [ -f \"$dir/credential-$n.json\" ]; then f=\"$dir/credential-$n.json\"; fi",
            "exp=''",
            "if [ -f \"$dir/ttl\" ]; then exp=$(date -u -d \"+$(cat \"$dir/ttl\") seconds\" "
                    + "+%Y-%m-%dT%H:%M:%SZ); fi",
            "sed \"s/@EXPIRY@/$exp/\" \"$f\"",
            "");

    @TempDir
    Path dir;

    @BeforeEach
    void freshCache() {
        ExecCredentialAuthentication.clearCache();
    }

    static String tokenAdmin() throws Exception {
        return Cluster.config(Cluster.ADMIN_TOKEN).getAccessToken();
    }

    static String credential(String apiVersion, Map<String, String> status) {
        StringBuilder s = new StringBuilder("{\"apiVersion\":\"" + apiVersion
                + "\",\"kind\":\"ExecCredential\",\"status\":{");
        List<String> fields = new ArrayList<>();
        status.forEach((k, v) -> fields.add("\"" + k + "\":\"" + v.replace("\n", "\\n") + "\""));
        return s.append(String.join(",", fields)).append("}}").toString();
    }

    Path plugin(String credentialJson) throws Exception {
        Path script = dir.resolve("plugin.sh");
        Files.writeString(script, PLUGIN);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("credential.json"), credentialJson);
        return script;
    }

    int runs() throws Exception {
        Path runs = dir.resolve("runs");
        return Files.exists(runs) ? Integer.parseInt(Files.readString(runs).strip()) : 0;
    }

    Path kubeconfig(String apiVersion, Path command) throws Exception {
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("apiVersion", apiVersion);
        exec.put("command", command.toString());
        exec.put("provideClusterInfo", true);
        if (V1.equals(apiVersion)) {
            exec.put("interactiveMode", "Never");
        }
        return AuthFixtures.kubeconfigWithUser(dir.resolve("kubeconfig"), "plugin",
                Map.of("exec", exec), null);
    }

    static ApiClient client(Path kubeconfig) throws Exception {
        return ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(kubeconfig)).build();
    }

    @Test
    void theTestbedExecContextAuthenticates() throws Exception {
        ApiClient client = Cluster.client(Cluster.EXEC);
        assertEquals("kubesmith-exec-user", AuthFixtures.whoami(client).getUsername());
        assertEquals("kubesmith-exec-user", AuthFixtures.await(AuthFixtures.whoamiAsync(client))
                .getUsername());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTokenIsCachedAndSharedByClientsAndTheClusterIsProvided() throws Exception {
        Path path = kubeconfig(V1, plugin(credential(V1, Map.of("token", tokenAdmin()))));
        ApiClient first = client(path);
        ApiClient second = client(path);
        assertEquals(Cluster.TOKEN_ADMIN_USER, AuthFixtures.whoami(first).getUsername());
        assertEquals(Cluster.TOKEN_ADMIN_USER, AuthFixtures.whoami(second).getUsername());
        new CoreV1Api(second).listNamespace().execute();
        assertEquals(1, runs(), "one run for both clients and all requests");
        Map<String, Object> info = (Map<String, Object>) new dev.kubesmith.kubeclient.openapi.JSON()
                .deserialize(Files.readString(dir.resolve("exec-info.json")), Object.class);
        assertEquals(V1, info.get("apiVersion"));
        assertEquals("ExecCredential", info.get("kind"));
        Map<String, Object> spec = (Map<String, Object>) info.get("spec");
        assertEquals(Boolean.FALSE, spec.get("interactive"));
        Map<String, Object> cluster = (Map<String, Object>) spec.get("cluster");
        assertEquals(Cluster.config(Cluster.ADMIN).getServer(), cluster.get("server"));
        assertEquals(new String(AuthFixtures.testbedCa(), StandardCharsets.UTF_8),
                new String(Base64.getDecoder().decode((String) cluster.get("certificate-authority-data")),
                        StandardCharsets.UTF_8));
    }

    @Test
    void aClientCertificateFromAV1beta1Plugin() throws Exception {
        String[] pair = AuthFixtures.clientCertificate(dir, "exec-cert-user", "exec-cert-group");
        Path path = kubeconfig(V1BETA1, plugin(credential(V1BETA1,
                Map.of("clientCertificateData", pair[0], "clientKeyData", pair[1]))));
        ApiClient client = client(path);
        V1UserInfo info = AuthFixtures.whoami(client);
        assertEquals("exec-cert-user", info.getUsername());
        assertTrue(info.getGroups().contains("exec-cert-group"), info.getGroups().toString());
        // executeAsync, three at once: the same certificate, no further run
        List<CompletableFuture<V1UserInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(AuthFixtures.whoamiAsync(client));
        }
        for (CompletableFuture<V1UserInfo> call : calls) {
            assertEquals("exec-cert-user", AuthFixtures.await(call).getUsername());
        }
        assertEquals(1, runs());
        String keyLine = pair[1].strip().split("\n")[1];
        assertFalse(client.toString().contains(keyLine));
        assertFalse(client.getAuthenticator().toString().contains(keyLine));
    }

    @Test
    void aRotatedCertificateReplacesTheConnections() throws Exception {
        // run 1: a certificate of a user; after its expiry, run 2: a certificate of another
        String[] first = AuthFixtures.clientCertificate(dir, "exec-first", "g");
        String[] second = AuthFixtures.clientCertificate(dir, "exec-second", "g");
        Path script = plugin(credential(V1, Map.of("clientCertificateData", second[0],
                "clientKeyData", second[1])));
        Files.writeString(dir.resolve("credential-1.json"), credential(V1, Map.of(
                "clientCertificateData", first[0], "clientKeyData", first[1],
                "expirationTimestamp", "@EXPIRY@")));
        Files.writeString(dir.resolve("ttl"), "2");
        ApiClient client = client(kubeconfig(V1, script));
        assertEquals("exec-first", AuthFixtures.whoami(client).getUsername());
        Thread.sleep(2500);
        assertEquals("exec-second", AuthFixtures.whoami(client).getUsername());
        assertEquals(2, runs());
    }

    @Test
    void shortLivedTokensAreRenewedOncePerExpiry() throws Exception {
        Path script = plugin(credential(V1, Map.of("token", tokenAdmin(),
                "expirationTimestamp", "@EXPIRY@")));
        Files.writeString(dir.resolve("ttl"), "2");
        ApiClient client = client(kubeconfig(V1, script));
        CoreV1Api core = new CoreV1Api(client);
        core.listNamespace().limit(1).execute(); // the first run, and a warm connection
        int before = runs();
        int requests = 0;
        long started = System.nanoTime();
        long end = started + 6_000_000_000L;
        while (System.nanoTime() < end) {
            core.listNamespace().limit(1).execute();
            requests++;
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // a credential lives 1-2 s (expiry has one-second resolution)
        int runs = runs() - before;
        assertTrue(runs >= seconds / 2 - 1 && runs <= seconds + 2,
                "plugin runs: " + runs + " in " + seconds + " s");
        assertTrue(requests >= 3 * runs, requests + " requests, " + runs + " runs");
    }

    @Test
    void aRejectedTokenRerunsThePluginOnce() throws Exception {
        Path script = plugin(credential(V1, Map.of("token", tokenAdmin())));
        Files.writeString(dir.resolve("credential-1.json"), credential(V1, Map.of("token", "revoked-token")));
        ApiClient client = client(kubeconfig(V1, script));
        assertEquals(Cluster.TOKEN_ADMIN_USER, AuthFixtures.whoami(client).getUsername());
        assertEquals(2, runs());
        AuthFixtures.whoami(client);
        assertEquals(2, runs());
    }

    @Test
    void aRejectedTokenRerunsThePluginOnceAsync() throws Exception {
        Path script = plugin(credential(V1, Map.of("token", tokenAdmin())));
        Files.writeString(dir.resolve("credential-1.json"), credential(V1, Map.of("token", "revoked-token")));
        ApiClient client = client(kubeconfig(V1, script));
        assertEquals(Cluster.TOKEN_ADMIN_USER, AuthFixtures.await(AuthFixtures.whoamiAsync(client))
                .getUsername());
        assertEquals(2, runs());
    }

    @Test
    void credentialsStayOutOfLogsToStringAndErrors() throws Exception {
        String good = tokenAdmin();
        String[] pair = AuthFixtures.clientCertificate(dir, "secrecy-user", "g");
        Path script = plugin(credential(V1, Map.of("token", good)));
        Files.writeString(dir.resolve("credential-1.json"), credential(V1, Map.of("token", "first-rejected-token")));
        Files.writeString(dir.resolve("credential-2.json"), credential(V1, Map.of("token", good,
                "clientCertificateData", pair[0], "clientKeyData", pair[1])));
        Path path = kubeconfig(V1, script);
        KubeConfig config = KubeConfig.loadKubeConfig(path);
        ClientBuilder builder = ClientBuilder.kubeconfig(config);
        ApiClient client = builder.build();
        StringBuilder seen = new StringBuilder();
        try (AuthFixtures.LogCapture log = new AuthFixtures.LogCapture()) {
            client.setDebugging(true);
            AuthFixtures.whoami(client); // a 401, a re-run, the retry
            AuthFixtures.await(AuthFixtures.whoamiAsync(client));
            ApiException notFound = assertThrows(ApiException.class,
                    () -> new CoreV1Api(client).readNamespace("no-such-namespace-" + dir.getFileName()).execute());
            seen.append(notFound.getMessage()).append(notFound.getResponseBody()).append(notFound);
            seen.append(log.text());
        }
        assertEquals(2, runs());
        seen.append(client).append(client.getAuthenticator()).append(config).append(builder);
        String text = seen.toString();
        for (String secret : List.of(good, "first-rejected-token", pair[1].strip().split("\n")[1])) {
            assertFalse(text.contains(secret), "a credential leaked into: " + text);
        }
        assertTrue(text.contains("401"), "the debug log shows the 401: " + text);
    }

    @Test
    void aTokenTheServerKeepsRejectingGivesThe401() throws Exception {
        Path script = plugin(credential(V1, Map.of("token", "never-valid-token")));
        ApiClient client = client(kubeconfig(V1, script));
        ApiException e = assertThrows(ApiException.class, () -> AuthFixtures.whoami(client));
        assertEquals(401, e.getCode());
        assertEquals(2, runs(), "one re-run, then the 401 goes to the caller");
        assertFalse(e.getMessage().contains("never-valid-token"));
    }

    @Test
    void aFailingPluginNamesItsExitCodeAndStderrButNotItsOutput() throws Exception {
        String secret = "output-token-" + Cluster.unique("s");
        Path script = plugin(credential(V1, Map.of("token", secret)));
        Files.writeString(dir.resolve("fail"), "no network");
        ApiClient client = client(kubeconfig(V1, script));
        ApiException e = assertThrows(ApiException.class, () -> AuthFixtures.whoami(client));
        String message = e.getMessage() + " " + e.getCause();
        assertTrue(message.contains("exited with status 3"), message);
        assertTrue(message.contains("plugin broke: no network"), message);
        assertTrue(message.contains("users[") && message.contains("].user.exec"), message);
        assertFalse(message.contains(secret), message);
    }

    @Test
    void aMissingPluginShowsTheInstallHint() throws Exception {
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("apiVersion", V1);
        exec.put("command", "kubesmith-no-such-plugin");
        exec.put("interactiveMode", "Never");
        exec.put("installHint", "install it with: make plugin");
        Path path = AuthFixtures.kubeconfigWithUser(dir.resolve("kubeconfig"), "plugin",
                Map.of("exec", exec), null);
        ApiClient client = client(path);
        ApiException e = assertThrows(ApiException.class, () -> AuthFixtures.whoami(client));
        String message = e.getMessage();
        assertTrue(message.contains("cannot run the credential plugin kubesmith-no-such-plugin: not found"), message);
        assertTrue(message.contains("install it with: make plugin"), message);
    }

    @Test
    void invalidExecSectionsAreRefusedWithTheirPlace() throws Exception {
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("apiVersion", V1);
        exec.put("command", "plugin");
        Path path = AuthFixtures.kubeconfigWithUser(dir.resolve("kubeconfig"), "plugin",
                Map.of("exec", exec), null);
        KubeConfigException e = assertThrows(KubeConfigException.class,
                () -> ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(path)));
        assertTrue(e.getMessage().contains(".user.exec.interactiveMode: required for " + V1),
                e.getMessage());
        assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
        exec.put("apiVersion", "client.authentication.k8s.io/v1alpha1");
        AuthFixtures.kubeconfigWithUser(dir.resolve("kubeconfig"), "plugin", Map.of("exec", exec), null);
        e = assertThrows(KubeConfigException.class,
                () -> ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(path)));
        assertTrue(e.getMessage().contains("v1alpha1 was removed"), e.getMessage());
    }

    @Test
    void interactiveModeAlwaysNeedsATerminal() throws Exception {
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("apiVersion", V1);
        exec.put("command", plugin(credential(V1, Map.of("token", tokenAdmin()))).toString());
        exec.put("interactiveMode", "Always");
        Path path = AuthFixtures.kubeconfigWithUser(dir.resolve("kubeconfig"), "plugin",
                Map.of("exec", exec), null);
        ApiClient client = client(path);
        ApiException e = assertThrows(ApiException.class, () -> AuthFixtures.whoami(client));
        assertTrue(e.getMessage().contains(".user.exec.interactiveMode: Always, but standard input is not a terminal"), e.getMessage());
        assertEquals(0, runs());
    }
}
