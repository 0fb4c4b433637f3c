package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.Config;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.KubeConfigException;
import dev.kubesmith.kubeclient.util.SSLUtils;
import dev.kubesmith.kubeclient.util.credentials.TokenFileAuthentication;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.X509KeyManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kubeconfig parsing: every identity kind, merging, relative paths, errors, secrecy. */
class KubeConfigTest {
    static final String TOKEN = "s3cr3t-t0ken-abcdef";
    static final String PASSWORD = "pa55-w0rd-xyz";

    @TempDir
    static Path dir;

    static Path[] rsa;
    static Path[] ec;

    @BeforeAll
    static void keys() throws Exception {
        rsa = Pki.keyAndCert(dir, "rsa-client", "rsa-pkcs1");
        ec = Pki.keyAndCert(dir, "ec-client", "ec-sec1");
    }

    static String b64(Path file) throws IOException {
        return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }

    static KubeConfig parse(String yaml) throws IOException {
        return KubeConfig.loadKubeConfig(new StringReader(yaml));
    }

    static String config(String cluster, String user) {
        return "apiVersion: v1\nkind: Config\ncurrent-context: ctx\n"
                + "clusters:\n- name: c\n  cluster:\n" + indent(cluster, 4)
                + "users:\n- name: u\n  user:\n" + indent(user, 4)
                + "contexts:\n- name: ctx\n  context: {cluster: c, user: u, namespace: team-a}\n";
    }

    static String indent(String block, int n) {
        StringBuilder sb = new StringBuilder();
        for (String line : block.split("\n")) {
            sb.append(" ".repeat(n)).append(line).append('\n');
        }
        return sb.toString();
    }

    static Map<String, List<String>> headers(ApiClient client) throws IOException {
        Map<String, List<String>> h = new HashMap<>();
        RequestAuthenticator auth = client.getAuthenticator();
        if (auth != null) {
            auth.authenticate(h);
        }
        return h;
    }

    @Test
    void serverNamespaceAndBearerToken() throws Exception {
        KubeConfig kc = parse(config("server: https://10.1.2.3:6443", "token: " + TOKEN));
        assertEquals("ctx", kc.getCurrentContext());
        assertEquals("team-a", kc.getNamespace());
        ApiClient client = ClientBuilder.kubeconfig(kc).build();
        assertEquals("https://10.1.2.3:6443", client.getBasePath());
        assertTrue(client.isVerifyingSsl());
        assertEquals(List.of("Bearer " + TOKEN), headers(client).get("Authorization"));
    }

    @Test
    void basicAuth() throws Exception {
        KubeConfig kc = parse(config("server: https://h:1", "username: ann\npassword: " + PASSWORD));
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                ("ann:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(expected), headers(Config.fromConfig(kc)).get("Authorization"));
    }

    @Test
    void tokenFileRelativeToTheKubeconfigIsReadAgainAfterAMinute() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("tokenfile"));
        Files.writeString(sub.resolve("token"), "first\n");
        Path file = sub.resolve("config");
        Files.writeString(file, config("server: https://h:1", "tokenFile: token"));
        KubeConfig kc = KubeConfig.loadKubeConfig(file);
        assertEquals("first", kc.getAccessToken());
        assertNotNull(kc.getRequestAuthenticator());

        MutableClock clock = new MutableClock();
        TokenFileAuthentication auth = new TokenFileAuthentication(sub.resolve("token"), clock);
        Map<String, List<String>> h = new HashMap<>();
        auth.authenticate(h);
        assertEquals(List.of("Bearer first"), h.get("Authorization"));
        Files.writeString(sub.resolve("token"), "second\n");
        auth.authenticate(h);
        assertEquals(List.of("Bearer first"), h.get("Authorization"), "cached for a minute");
        clock.now = clock.now.plusSeconds(61);
        auth.authenticate(h);
        assertEquals(List.of("Bearer second"), h.get("Authorization"));
        Files.writeString(sub.resolve("token"), "third\n");
        assertTrue(auth.refreshAfterUnauthorized(), "a 401 re-reads the file at once");
        auth.authenticate(h);
        assertEquals(List.of("Bearer third"), h.get("Authorization"));
        assertFalse(auth.toString().contains("third"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-pkcs1", "rsa-pkcs8", "ec-sec1", "ec-pkcs8"})
    void clientKeysInEveryPemForm(String kind) throws Exception {
        Path[] pair = Pki.keyAndCert(dir, "k-" + kind, kind);
        String header = Pki.header(pair[0]);
        assertTrue(header.contains(kind.startsWith("ec-sec1") ? "EC PRIVATE KEY"
                : kind.endsWith("pkcs1") ? "RSA PRIVATE KEY" : "-----BEGIN PRIVATE KEY"), header);
        PrivateKey key = SSLUtils.privateKey(Files.readAllBytes(pair[0]));
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(pair[1]));
        String alg = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        Signature sign = Signature.getInstance(alg);
        sign.initSign(key);
        sign.update(new byte[] {1, 2, 3});
        byte[] signature = sign.sign();
        Signature verify = Signature.getInstance(alg);
        verify.initVerify(cert.getPublicKey());
        verify.update(new byte[] {1, 2, 3});
        assertTrue(verify.verify(signature), "the key parsed is the certificate's key");
        KeyManager[] managers = SSLUtils.keyManagers(Files.readAllBytes(pair[1]), Files.readAllBytes(pair[0]));
        X509KeyManager km = (X509KeyManager) managers[0];
        assertEquals(cert, km.getCertificateChain("client")[0]);
    }

    @Test
    void clientCertificateAsDataAndAsRelativeFile() throws Exception {
        KubeConfig data = parse(config("server: https://h:1",
                "client-certificate-data: " + b64(rsa[1]) + "\nclient-key-data: " + b64(rsa[0])));
        assertArrayEquals(Files.readAllBytes(rsa[1]), data.getClientCertificateData());
        assertArrayEquals(Files.readAllBytes(rsa[0]), data.getClientKeyData());
        assertNotNull(ClientBuilder.kubeconfig(data).build());

        Path file = dir.resolve("certs-config");
        Files.writeString(file, config("server: https://h:1",
                "client-certificate: " + ec[1].getFileName() + "\nclient-key: " + ec[0].getFileName()));
        KubeConfig files = KubeConfig.loadKubeConfig(file);
        assertArrayEquals(Files.readAllBytes(ec[0]), files.getClientKeyData());
        assertNull(files.getRequestAuthenticator(), "certificates only: no Authorization header");
        assertNotNull(ClientBuilder.kubeconfig(files).build());
    }

    @Test
    void dataBeatsFile() throws Exception {
        KubeConfig kc = parse(config("server: https://h:1\ncertificate-authority: /nonexistent/ca.crt\n"
                + "certificate-authority-data: " + b64(rsa[1]), "token: x"));
        assertArrayEquals(Files.readAllBytes(rsa[1]), kc.getCertificateAuthorityData());
    }

    @Test
    void tlsSettings() throws Exception {
        KubeConfig kc = parse(config("server: https://10.0.0.1:6443\ntls-server-name: kubernetes\n"
                + "certificate-authority: " + rsa[1] + "\nproxy-url: http://proxy.example:3128", "token: x"));
        assertEquals("kubernetes", kc.getTlsServerName());
        assertEquals("http://proxy.example:3128", kc.getProxyUrl());
        ApiClient client = ClientBuilder.kubeconfig(kc).build();
        assertEquals("kubernetes", client.getTlsServerName());
        assertTrue(client.getHttpClient().proxy().isPresent());

        KubeConfig insecure = parse(config("server: https://h:1\ninsecure-skip-tls-verify: true", "token: x"));
        assertFalse(insecure.verifySSL());
        assertFalse(ClientBuilder.kubeconfig(insecure).build().isVerifyingSsl());
    }

    @Test
    void impersonation() throws Exception {
        KubeConfig kc = parse(config("server: https://h:1", "token: x\nas: jane\nas-uid: u-1\n"
                + "as-groups: [devs, ops]\nas-user-extra: {scopes: [view, edit]}"));
        Map<String, List<String>> h = kc.getImpersonationHeaders();
        assertEquals(List.of("jane"), h.get("Impersonate-User"));
        assertEquals(List.of("u-1"), h.get("Impersonate-Uid"));
        assertEquals(List.of("devs", "ops"), h.get("Impersonate-Group"));
        assertEquals(List.of("view", "edit"), h.get("Impersonate-Extra-scopes"));
    }

    @Test
    void severalFilesMergeLikeKubectl() throws Exception {
        Path a = Files.createDirectories(dir.resolve("merge-a")).resolve("config");
        Path b = Files.createDirectories(dir.resolve("merge-b")).resolve("config");
        Files.writeString(b.resolveSibling("token"), "from-b\n");
        Files.writeString(a, "clusters:\n- name: shared\n  cluster: {server: 'https://a:1'}\n"
                + "users:\n- name: ua\n  user: {token: ta}\n"
                + "contexts:\n- name: first\n  context: {cluster: shared, user: ua}\n");
        Files.writeString(b, "current-context: second\n"
                + "clusters:\n- name: shared\n  cluster: {server: 'https://b:1'}\n"
                + "- name: only-b\n  cluster: {server: 'https://b:2'}\n"
                + "users:\n- name: ub\n  user: {tokenFile: token}\n"
                + "contexts:\n- name: second\n  context: {cluster: only-b, user: ub}\n"
                + "- name: third\n  context: {cluster: shared, user: ub}\n");
        Path empty = dir.resolve("empty-config");
        Files.writeString(empty, "");
        KubeConfig kc = KubeConfig.loadKubeConfig(List.of(dir.resolve("missing"), empty, a, b, a));
        assertEquals("second", kc.getCurrentContext(), "first non-empty current-context");
        assertEquals("https://b:2", kc.getServer());
        assertEquals("from-b", kc.getAccessToken(), "relative to the file naming it");
        assertTrue(kc.setContext("third"));
        assertEquals("https://a:1", kc.getServer(), "the first file defining a name wins");
        assertFalse(kc.setContext("nope"));
        assertEquals(List.of("first", "second", "third"), kc.getContexts());
        assertEquals(List.of(a, b), KubeConfig.splitPathList(a + java.io.File.pathSeparator
                + java.io.File.pathSeparator + b));

        KubeConfigException none = assertThrows(KubeConfigException.class,
                () -> KubeConfig.loadKubeConfig(List.of(dir.resolve("missing"))));
        assertTrue(none.getMessage().contains("none of the kubeconfig files exists"), none.getMessage());
    }

    static String errorOf(String yaml) {
        return assertThrows(KubeConfigException.class, () -> {
            Path file = Files.createTempFile(dir, "bad", ".yaml");
            Files.writeString(file, yaml);
            KubeConfig kc = KubeConfig.loadKubeConfig(file);
            ClientBuilder.kubeconfig(kc).build();
        }).getMessage();
    }

    @Test
    void badKubeconfigsNameTheFileAndThePlace() {
        String syntax = errorOf("clusters:\n- name: c\n  cluster: {server: [\n");
        assertTrue(syntax.matches("(?s)kubeconfig .*bad.*\\.yaml: invalid YAML: .*line \\d+.*"), syntax);

        String notList = errorOf("contexts: {a: b}\n");
        assertTrue(notList.contains(".yaml: contexts: expected a list"), notList);

        String noName = errorOf("users:\n- user: {token: x}\n");
        assertTrue(noName.contains("users[0].name: expected a non-empty string"), noName);

        String wrongType = errorOf(config("server: https://h:1", "token: [1, 2]"));
        assertTrue(wrongType.contains("users[0].user.token: expected a string"), wrongType);

        String dangling = errorOf(config("server: https://h:1", "token: x")
                .replace("cluster: c,", "cluster: gone,"));
        assertTrue(dangling.contains("contexts[0].context.cluster: no cluster named \"gone\""), dangling);

        String badData = errorOf(config("server: https://h:1\ncertificate-authority-data: '%%%'", "token: x"));
        assertTrue(badData.contains("clusters[0].cluster.certificate-authority-data: not valid base64"), badData);

        String missingFile = errorOf(config("server: https://h:1", "client-certificate: nope.crt\nclient-key: nope.key"));
        assertTrue(missingFile.contains("users[0].user.client-certificate: cannot read"), missingFile);

        String insecureCa = errorOf(config("server: https://h:1\ninsecure-skip-tls-verify: true\n"
                + "certificate-authority: /x/ca.crt", "token: x"));
        assertTrue(insecureCa.contains("insecure flag is not allowed"), insecureCa);

        String both = errorOf(config("server: https://h:1", "token: " + TOKEN + "\nusername: a\npassword: " + PASSWORD));
        assertTrue(both.contains("username/password or bearer token may be set, but not both"), both);
        assertFalse(both.contains(TOKEN) || both.contains(PASSWORD), "no credential in the error");

        String noServer = errorOf(config("insecure-skip-tls-verify: true", "token: x"));
        assertTrue(noServer.contains("clusters[0].cluster.server: missing"), noServer);

        String unknownContext = errorOf(config("server: https://h:1", "token: x")
                .replace("current-context: ctx", "current-context: other"));
        assertTrue(unknownContext.contains("current-context \"other\" is not among the contexts"), unknownContext);

        String badKey = errorOf(config("server: https://h:1", "client-certificate-data: "
                + Base64.getEncoder().encodeToString("x".getBytes(StandardCharsets.UTF_8))
                + "\nclient-key-data: " + Base64.getEncoder().encodeToString("y".getBytes(StandardCharsets.UTF_8))));
        assertTrue(badKey.contains("invalid client certificate or key"), badKey);
    }

    @Test
    void credentialsNeverInStringsOrErrors() throws Exception {
        KubeConfig kc = parse(config("server: https://h:1", "token: " + TOKEN));
        ApiClient client = ClientBuilder.kubeconfig(kc).build();
        client.setDebugging(true);
        for (Object o : new Object[] {kc, client, client.getAuthenticator(), ClientBuilder.kubeconfig(kc)}) {
            assertFalse(String.valueOf(o).contains(TOKEN), o.getClass().getName());
        }
        KubeConfig basic = parse(config("server: https://h:1", "username: ann\npassword: " + PASSWORD));
        ApiClient basicClient = ClientBuilder.kubeconfig(basic).build();
        assertFalse(String.valueOf(basicClient.getAuthenticator()).contains(PASSWORD));
        assertFalse(basic.toString().contains(PASSWORD));
        KubeConfig certs = parse(config("server: https://h:1",
                "client-certificate-data: " + b64(rsa[1]) + "\nclient-key-data: " + b64(rsa[0])));
        String key = Files.readString(rsa[0]);
        String line = key.lines().skip(1).findFirst().orElseThrow();
        assertFalse(ClientBuilder.kubeconfig(certs).build().toString().contains(line));
        assertFalse(certs.toString().contains(b64(rsa[0])));
    }

    @Test
    void authProvidersAreRejectedClearly() {
        String provider = errorOf(config("server: https://h:1", "auth-provider: {name: oidc}"));
        assertTrue(provider.contains("users[0].user.auth-provider"), provider);
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
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
