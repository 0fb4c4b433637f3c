package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.KubeConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kubeconfig exec credential plugins: environment, caching to the expiry, 401 refresh, errors. */
class ExecPluginTest {
    static final String SECRET = "plugin-t0ken-s3cret";

    @TempDir
    Path dir;

    /** A plugin script that counts its runs and prints an ExecCredential. */
    Path plugin(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho run >> \"" + dir.resolve(name + ".runs") + "\"\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    int runs(String name) throws IOException {
        Path f = dir.resolve(name + ".runs");
        return Files.exists(f) ? Files.readAllLines(f).size() : 0;
    }

    static String credential(String apiVersion, String token, String expiry) {
        return "cat <<EOF\n{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\""
                + token + "\"" + (expiry == null ? "" : ",\"expirationTimestamp\":\"" + expiry + "\"") + "}}\nEOF\n";
    }

    RequestAuthenticator authenticator(String exec) throws IOException {
        Path file = dir.resolve("config");
        Files.writeString(file, KubeConfigTest.config("server: https://10.0.0.1:6443\ntls-server-name: api",
                "exec:\n" + KubeConfigTest.indent(exec, 2)));
        return KubeConfig.loadKubeConfig(file).getRequestAuthenticator();
    }

    static String header(RequestAuthenticator auth) throws IOException {
        Map<String, List<String>> h = new HashMap<>();
        auth.authenticate(h);
        return h.get("Authorization").get(0);
    }

    @Test
    void tokenWithoutExpiryIsKeptAndA401RunsThePluginAgain() throws Exception {
        plugin("p", credential("client.authentication.k8s.io/v1", SECRET, null));
        RequestAuthenticator auth = authenticator("apiVersion: client.authentication.k8s.io/v1\n"
                + "command: ./p\ninteractiveMode: Never");
        assertEquals("Bearer " + SECRET, header(auth));
        assertEquals("Bearer " + SECRET, header(auth));
        assertEquals(1, runs("p"), "relative command resolved against the kubeconfig; run once");
        assertFalse(auth.refreshAfterUnauthorized(), "same token: the 401 stands");
        assertEquals(2, runs("p"));
        assertFalse(auth.toString().contains(SECRET));
    }

    @Test
    void anExpiredTokenRunsThePluginAgain() throws Exception {
        plugin("old", credential("client.authentication.k8s.io/v1beta1", SECRET, "2000-01-01T00:00:00Z"));
        RequestAuthenticator auth = authenticator("apiVersion: client.authentication.k8s.io/v1beta1\n"
                + "command: " + dir.resolve("old"));
        header(auth);
        header(auth);
        assertEquals(2, runs("old"));
        plugin("new", credential("client.authentication.k8s.io/v1beta1", SECRET, "2999-01-01T00:00:00Z"));
        RequestAuthenticator fresh = authenticator("apiVersion: client.authentication.k8s.io/v1beta1\n"
                + "command: " + dir.resolve("new"));
        header(fresh);
        header(fresh);
        assertEquals(1, runs("new"));
    }

    @Test
    void argsEnvAndExecInfoReachThePlugin() throws Exception {
        Path info = dir.resolve("info.json");
        plugin("env", "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"" + info + "\"\n"
                + credential("client.authentication.k8s.io/v1", "$GREETING-$1", null));
        RequestAuthenticator auth = authenticator("apiVersion: client.authentication.k8s.io/v1\n"
                + "command: " + dir.resolve("env") + "\nargs: [world]\nenv: [{name: GREETING, value: hello}]\n"
                + "interactiveMode: IfAvailable\nprovideClusterInfo: true");
        assertEquals("Bearer hello-world", header(auth));
        String json = Files.readString(info);
        assertTrue(json.startsWith("{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                + "\"spec\":{\"interactive\":false,\"cluster\":{\"server\":\"https://10.0.0.1:6443\","
                + "\"tls-server-name\":\"api\""), json);
    }

    @Test
    void failuresNameThePlaceAndNeverTheOutput() throws Exception {
        plugin("fails", "echo " + SECRET + "\nexit 3\n");
        IOException failed = assertThrows(IOException.class, () -> header(authenticator(
                "apiVersion: client.authentication.k8s.io/v1\ncommand: " + dir.resolve("fails")
                        + "\ninteractiveMode: Never")));
        assertTrue(failed.getMessage().contains("users[0].user.exec: the credential plugin"), failed.getMessage());
        assertTrue(failed.getMessage().contains("exited with status 3"), failed.getMessage());
        assertFalse(failed.getMessage().contains(SECRET));

        plugin("wrong", credential("client.authentication.k8s.io/v1beta1", SECRET, null));
        IOException version = assertThrows(IOException.class, () -> header(authenticator(
                "apiVersion: client.authentication.k8s.io/v1\ncommand: " + dir.resolve("wrong")
                        + "\ninteractiveMode: Never")));
        assertTrue(version.getMessage().contains("answered apiVersion client.authentication.k8s.io/v1beta1"),
                version.getMessage());
        assertFalse(version.getMessage().contains(SECRET));

        IOException missing = assertThrows(IOException.class, () -> header(authenticator(
                "apiVersion: client.authentication.k8s.io/v1\ncommand: " + dir.resolve("nope")
                        + "\ninteractiveMode: Never")));
        assertTrue(missing.getMessage().contains("cannot run the credential plugin"), missing.getMessage());

        KubeConfigException mode = assertThrows(KubeConfigException.class, () -> authenticator(
                "apiVersion: client.authentication.k8s.io/v1\ncommand: x"));
        assertTrue(mode.getMessage().contains("users[0].user.exec.interactiveMode: required"), mode.getMessage());
        KubeConfigException alpha = assertThrows(KubeConfigException.class, () -> authenticator(
                "apiVersion: client.authentication.k8s.io/v1alpha1\ncommand: x"));
        assertTrue(alpha.getMessage().contains("users[0].user.exec.apiVersion"), alpha.getMessage());
    }
}
