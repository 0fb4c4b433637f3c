package dev.kubesmith.kubeclient.tests;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.AuthenticationV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1SelfSubjectReview;
import dev.kubesmith.kubeclient.openapi.models.V1UserInfo;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the exec-plugin, OIDC and token-file tests share: kubeconfigs derived from the
 * testbed's, a self-review ("who am I"), certificates signed by the testbed's CA (the pki
 * directory beside its kubeconfig, with openssl), and a log capture for secrecy checks.
 */
final class AuthFixtures {
    private AuthFixtures() {}

    static V1UserInfo whoami(ApiClient client) throws ApiException {
        return new AuthenticationV1Api(client).createSelfSubjectReview(new V1SelfSubjectReview())
                .execute().getStatus().getUserInfo();
    }

    /** The self-review through executeAsync. */
    static CompletableFuture<V1UserInfo> whoamiAsync(ApiClient client) throws ApiException {
        CompletableFuture<V1UserInfo> result = new CompletableFuture<>();
        new AuthenticationV1Api(client).createSelfSubjectReview(new V1SelfSubjectReview())
                .executeAsync(new dev.kubesmith.kubeclient.openapi.ApiCallback<V1SelfSubjectReview>() {
                    @Override
                    public void onFailure(ApiException e, int statusCode,
                            Map<String, List<String>> responseHeaders) {
                        result.completeExceptionally(e);
                    }

                    @Override
                    public void onSuccess(V1SelfSubjectReview review, int statusCode,
                            Map<String, List<String>> responseHeaders) {
                        result.complete(review.getStatus().getUserInfo());
                    }
                });
        return result;
    }

    static V1UserInfo await(CompletableFuture<V1UserInfo> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readYaml(Path path) throws IOException {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromReader(r);
        }
    }

    static void writeYaml(Path path, Object doc) throws IOException {
        Files.writeString(path, new Dump(DumpSettings.builder().build()).dumpToString(doc));
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * The testbed's kubeconfig plus a user {@code userName} with {@code user} and a context of
     * the same name (the current one), pointing at {@code server} (null: the testbed's).
     */
    @SuppressWarnings("unchecked")
    static Path kubeconfigWithUser(Path path, String userName, Map<String, Object> user, String server)
            throws IOException {
        Map<String, Object> doc = readYaml(Cluster.kubeconfig());
        List<Object> clusters = (List<Object>) doc.get("clusters");
        Map<String, Object> cluster = (Map<String, Object>) clusters.get(0);
        if (server != null) {
            ((Map<String, Object>) cluster.get("cluster")).put("server", server);
        }
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("name", userName);
        u.put("user", user);
        ((List<Object>) doc.get("users")).add(u);
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("cluster", cluster.get("name"));
        ctx.put("user", userName);
        ((List<Object>) doc.get("contexts")).add(Map.of("name", userName, "context", ctx));
        doc.put("current-context", userName);
        writeYaml(path, doc);
        return path;
    }

    /** The testbed CA's PEM. */
    static byte[] testbedCa() throws IOException {
        return Files.readAllBytes(Cluster.kubeconfig().getParent().resolve("pki/ca.crt"));
    }

    /** {cert PEM, key PEM} of a client certificate for user in group, signed by the testbed CA. */
    static String[] clientCertificate(Path dir, String user, String group) throws Exception {
        Path pki = Cluster.kubeconfig().getParent().resolve("pki");
        Path key = dir.resolve(user + ".key");
        Path csr = dir.resolve(user + ".csr");
        Path cert = dir.resolve(user + ".crt");
        Path ext = dir.resolve(user + ".ext");
        Files.writeString(ext, "extendedKeyUsage=clientAuth\nbasicConstraints=critical,CA:FALSE\n");
        run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", key.toString());
        run("openssl", "req", "-new", "-key", key.toString(), "-subj", "/O=" + group + "/CN=" + user,
                "-out", csr.toString());
        run("openssl", "x509", "-req", "-in", csr.toString(), "-CA", pki.resolve("ca.crt").toString(),
                "-CAkey", pki.resolve("ca.key").toString(), "-CAcreateserial", "-CAserial",
                dir.resolve("ca.srl").toString(), "-days", "1", "-extfile", ext.toString(),
                "-out", cert.toString());
        return new String[] {Files.readString(cert), Files.readString(key)};
    }

    static void run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", argv) + " failed: " + out);
        }
    }

    /** Every log record of the client's logger while it is installed (all levels). */
    static final class LogCapture extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger("dev.kubesmith.kubeclient");
        private final Level before = logger.getLevel();
        final List<String> lines = new ArrayList<>();

        LogCapture() {
            logger.setLevel(Level.ALL);
            logger.addHandler(this);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    line.append(' ').append(p);
                }
            }
            if (record.getThrown() != null) {
                line.append(' ').append(record.getThrown());
            }
            lines.add(line.toString());
        }

        synchronized String text() {
            return String.join("\n", lines);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setLevel(before);
        }
    }
}
